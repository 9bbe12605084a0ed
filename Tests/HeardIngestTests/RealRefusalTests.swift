import Foundation
import Testing
@testable import HeardCore
@testable import HeardIngest

/// `../shared/eval/real/xlsx-refuse/`: encrypted workbooks, old .xls, OpenDocument and damaged files from other
/// readers' test suites. Each is refused with a message that names the problem and what to do; the
/// macro-enabled `.xlsm` is an ordinary workbook and is read.
@Suite("Real files to refuse (../shared/eval/real/xlsx-refuse)", .enabled(if: RealCorpus.isPresent))
struct RealRefusalTests {
    /// What each kind of file's message must name, by the file name's prefix.
    static let expected: [String: [String]] = [
        "encrypted": ["password"], "xls": ["97-2003", ".xlsx"], "ods": ["OpenDocument", ".xlsx"],
        "corrupt": ["workbook"],
    ]

    static var files: [String] {
        RealCorpus.files(in: "xlsx-refuse", extensions: ["xls", "xlsx", "xlsm", "ods"])
    }

    func read(_ path: String) throws(Diagnostic) -> [Table] {
        let bytes = (try? RealCorpus.bytes(path)) ?? []
        return try Ingester().read(bytes, source: SourceLocation(file: path), diagnostics: DiagnosticCollector())
    }

    @Test("the folder holds refusals of every kind and the .xlsm")
    func present() {
        #expect(Self.files.count >= 13)
        for kind in Self.expected.keys { #expect(Self.files.contains { $0.contains("/\(kind)__") }, "\(kind)") }
    }

    @Test("each file but the .xlsm is refused, naming the file, the problem and what to do", arguments: files)
    func refused(path: String) throws {
        let kind = path.split(separator: "/").last!.split(separator: "_").first.map(String.init) ?? ""
        guard kind != "xlsm" else {
            // Its worksheets are empty: read, with nothing in them, not refused.
            #expect(try read(path).count >= 1)
            return
        }
        do {
            let tables = try read(path)
            Issue.record("\(path) was read (\(tables.count) tables) instead of refused")
        } catch {
            #expect(error.severity == .error)
            #expect(error.location?.file == path)
            for words in Self.expected[kind] ?? [] {
                #expect(error.message.contains(words), "\(path): \(error.message)")
            }
            // Says what to do: save, export, remove the password, download again.
            #expect(["save", "export", "remove", "download"].contains { error.message.lowercased().contains($0) }, "\(error.message)")
        }
    }
}
