import Foundation
import Testing
@testable import HeardCore
@testable import HeardIngest

/// Files written by real writers (Excel's CSV dialects, openpyxl, xlsxwriter, LibreOffice), each with the
/// table it must read as. See `Tests/Fixtures/writers/make_fixtures.py` for how they were made.
@Suite("Files written by real writers")
struct WriterFixtureTests {
    static let folder = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Fixtures/writers")

    static var cases: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { !$0.hasSuffix(".json") && !$0.hasSuffix(".py") }.sorted()
    }

    @Test("there is a fixture from every writer")
    func present() {
        for writer in ["excel-", "openpyxl-", "xlsxwriter-", "libreoffice-", "google-"] {
            #expect(Self.cases.contains { $0.hasPrefix(writer) }, "no fixture from \(writer)")
        }
    }

    @Test("reads exactly as expected, sheet by sheet", arguments: cases)
    func reads(name: String) throws {
        let bytes = Array(try Data(contentsOf: Self.folder.appending(path: name)))
        let base = name.split(separator: ".").dropLast().joined(separator: ".")
        let expectedData = try Data(contentsOf: Self.folder.appending(path: "\(base).expected.json"))
        let expected = try JSONSerialization.jsonObject(with: expectedData) as! [String: [[String: String]]]
        let tables = try Ingester().read(bytes, source: SourceLocation(file: name), diagnostics: DiagnosticCollector())
        #expect(tables.count == expected.count)
        for table in tables {
            let rows = table.rows.map { row in
                Dictionary(uniqueKeysWithValues: table.header.enumerated().map { ($0.element, row[$0.offset]) })
            }
            #expect(rows == expected[table.source.sheet ?? ""], "sheet \(table.source.sheet ?? "(csv)")")
        }
    }
}
