import Foundation
import HeardCore
import HeardPrivacy

/// One export read and processed, ready to be committed: the unit of work `carryOut` prepares one file ahead, so
/// the next export is parsed, screened, redacted and tagged while the current one is written to the store.
/// Each carries its own diagnostics, replayed in file order, so the report reads the same however work overlaps.
struct PreparedExport: Sendable {
    enum Work: Sendable {
        /// The file could not be read, or its bytes are not the ones the plan hashed (it is being written now).
        case unreadable(String)
        case processed(ExportProcessor.Result)
        case failed(Diagnostic)
    }

    var item: RunPlan.Item
    var work: Work
    var diagnostics: [Diagnostic]

    /// Reads and processes the file a plan item names, checking it is still the content the plan saw.
    static func prepare(_ item: RunPlan.Item, url: URL, processor: ExportProcessor, foundAt: String) -> PreparedExport {
        let bytes: [UInt8]
        do { bytes = try FileSystem.read(url) } catch {
            return PreparedExport(item: item, work: .unreadable("cannot be read (permissions, or a file still being copied)"),
                                  diagnostics: [])
        }
        guard Digest.sha256Hex(bytes) == item.sha256 else {
            return PreparedExport(item: item, work: .unreadable("changed while Heard was reading it; read on the next run"),
                                  diagnostics: [])
        }
        let collector = DiagnosticCollector()
        let work: Work
        do {
            work = .processed(try processor.process(bytes, source: SourceLocation(file: item.path), foundAt: foundAt,
                                                    diagnostics: collector))
        } catch {
            work = .failed(error)
        }
        return PreparedExport(item: item, work: work, diagnostics: collector.drain())
    }
}
