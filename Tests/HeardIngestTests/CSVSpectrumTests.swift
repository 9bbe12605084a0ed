import Foundation
import Testing
@testable import HeardCore
@testable import HeardIngest

/// The csv-spectrum conformance suite: each `csvs/X.csv` must read as `json/X.json`.
@Suite("csv-spectrum conformance")
struct CSVSpectrumTests {
    static let folder = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Fixtures/csv-spectrum")

    static var cases: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.appending(path: "csvs").path)) ?? []
        return files.filter { $0.hasSuffix(".csv") }.map { String($0.dropLast(4)) }.sorted()
    }

    @Test("the suite is present")
    func present() {
        #expect(Self.cases.count >= 11)
    }

    @Test("reads exactly as the expected JSON", arguments: cases)
    func conformance(name: String) throws {
        let csv = try Data(contentsOf: Self.folder.appending(path: "csvs/\(name).csv"))
        let json = try Data(contentsOf: Self.folder.appending(path: "json/\(name).json"))
        let expected = try JSONSerialization.jsonObject(with: json) as! [[String: String]]
        let tables = try CSVReader().read(Array(csv), source: SourceLocation(file: name), diagnostics: DiagnosticCollector())
        let table = try #require(tables.first)
        let actual = table.rows.map { row in
            Dictionary(uniqueKeysWithValues: table.header.enumerated().map { ($0.element, row[$0.offset]) })
        }
        #expect(actual == expected)
    }
}
