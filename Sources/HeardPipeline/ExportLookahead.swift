import Dispatch
import Foundation
import HeardCore
import HeardPrivacy
import HeardStore

/// One export read and processed, ready to be stored: the unit of work `ingestExports` prepares one file ahead,
/// so the next export is parsed, screened, redacted and tagged while the current one is written to the store.
/// Each carries its own diagnostics, replayed in file order, so the report reads the same however work overlaps.
struct PreparedExport: Sendable {
    enum Work: Sendable {
        case unreadable
        /// Identical bytes and derivation to what the store holds: nothing to do.
        case unchanged
        case processed(ExportProcessor.Result)
        case failed(Diagnostic)
    }

    var url: URL
    var path: String
    var sha256: String
    var work: Work
    var diagnostics: [Diagnostic]

    /// Reads and, unless the store already holds exactly this, processes one export.
    static func prepare(url: URL, path: String, processor: ExportProcessor, isCurrent: @Sendable (String) -> Bool,
                        foundAt: String) -> PreparedExport {
        let bytes: [UInt8]
        do { bytes = try FileSystem.read(url) } catch {
            return PreparedExport(url: url, path: path, sha256: "", work: .unreadable, diagnostics: [])
        }
        let sha = Digest.sha256Hex(bytes)
        if isCurrent(sha) { return PreparedExport(url: url, path: path, sha256: sha, work: .unchanged, diagnostics: []) }
        let collector = DiagnosticCollector()
        let work: Work
        do {
            work = .processed(try processor.process(bytes, source: SourceLocation(file: path), foundAt: foundAt,
                                                    diagnostics: collector))
        } catch {
            work = .failed(error)
        }
        return PreparedExport(url: url, path: path, sha256: sha, work: work, diagnostics: collector.drain())
    }
}

/// A value being computed on another thread.
final class Pending<Value: Sendable>: @unchecked Sendable {
    private var value: Value?
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async {
            self.value = work()
            self.done.signal()
        }
    }

    /// Waits for the value; call once.
    func wait() -> Value {
        done.wait()
        return value!
    }
}
