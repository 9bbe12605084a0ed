import Foundation
import Testing
@testable import HeardCore
@testable import HeardIngest
@testable import HeardPipeline
import HeardTestSupport

/// `heard bench --responses N` reports each stage's comments per second: the count must be the comments the
/// workspace really holds, read back the way `heard run` reads them.
@Suite("The real-shaped bench workspace")
struct BenchWorkspaceTests {
    @Test("the comments the bench counts are the non-blank comment cells of the rows it wrote")
    func commentCount() throws {
        let root = TemporaryFolder.path("heard-bench-test")
        defer { try? FileManager.default.removeItem(at: root) }
        let layout = try BenchWorkspace.build(responses: 300, single: true, in: Workspace(root: root))
        let path = try #require(layout.exports.first?.path)
        let bytes = Array(try Data(contentsOf: root.appending(path: path)))
        let table = try #require(try CSVReader().read(bytes, source: SourceLocation(file: path),
                                                      diagnostics: DiagnosticCollector()).first)
        // The first row after the header is SurveyMonkey's second header row ("Open-Ended Response").
        let rows = table.rows.dropFirst()
        #expect(rows.count == 300)
        let counted = rows.map { row in
            RealisticSurvey.commentColumns.filter { !row[$0].trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }.count
        }.reduce(0, +)
        #expect(layout.comments == counted)
        #expect(counted > 300 && counted < 900)
    }
}
