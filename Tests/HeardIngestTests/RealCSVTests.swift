import Foundation
import Testing
@testable import HeardCore
@testable import HeardIngest

/// `../shared/eval/real/csv/`: the W3C CSV on the Web tests whose input needs no metadata file, and csvkit's
/// edge cases. What is out of scope, and why, is listed in `outOfScope` (and in the README).
@Suite("Real CSV cases (../shared/eval/real/csv)", .enabled(if: RealCorpus.isPresent))
struct RealCSVTests {
    func read(_ path: String, collector: DiagnosticCollector = DiagnosticCollector()) throws -> (Table, Int?) {
        let sheets = try Ingester().readSheets(try RealCorpus.bytes("csv/\(path)"), source: SourceLocation(file: path),
                                               diagnostics: collector)
        let sheet = try #require(sheets.first)
        return (try #require(sheet.table), sheet.headerRow)
    }

    func objects(_ table: Table) -> [[String: String]] {
        table.rows.map { row in
            var object: [String: String] = [:]
            for (index, name) in table.header.enumerated() where !row[index].isEmpty { object[name] = row[index] }
            return object
        }
    }

    /// W3C tests (csv2json, no metadata, no provenance) Heard's reader must pass: input -> expected JSON.
    static let w3c: [(input: String, expected: String)] = [
        ("test001.csv", "test001.json"), ("test002.csv", "test002.json"), ("test005.csv", "test005.json"),
        ("test006.csv", "test006.json"), ("test007.csv", "test007.json"), ("test008.csv", "test008.json"),
        ("test009.csv", "test009.json"), ("test010.csv", "test010.json"), ("countries.csv", "test028.json"),
        ("countries.csv", "test029.json"),
    ]

    /// W3C inputs out of scope, and why. Heard is not a CSVW processor: it reads no metadata files, and it keeps
    /// cell text exactly as written.
    static let outOfScope: [String: String] = [
        "test003.csv": "CSVW trims spaces around values by default; Heard keeps cell text exactly (the normaliser trims)",
        "test019.csv": "header=false comes from a metadata file; Heard takes the first row of words as the header",
        "test020.csv": "metadata file (column titles, trim)", "test021.csv": "metadata file (column titles, trim)",
        "test022.csv": "metadata file (trimmed column titles)", "test056.csv": "metadata file",
        "test262.csv": "metadata file", "test051.csv": "commentPrefix '#' comes from a metadata file",
        "test052.csv": "commentPrefix '#': a survey answer may start with '#', so Heard reads such lines as rows",
        "test055.csv": "skipBlankRows=false from metadata; Heard skips rows with no cell (nothing is lost)",
        "tree-ops.csv": "its tests need user metadata", "tree-ops.tsv": "its tests need user metadata",
    ]

    @Test("W3C CSVW cases read as their expected JSON", arguments: w3c.map { "\($0.input) -> \($0.expected)" })
    func w3cCase(name: String) throws {
        let parts = name.components(separatedBy: " -> ")
        let data = try Data(contentsOf: RealCorpus.root.appending(path: "csv/w3c-csvw/\(parts[1])"))
        let json = try JSONSerialization.jsonObject(with: data)
        let expected: [[String: String]]
        if let minimal = json as? [[String: String]] {
            expected = minimal
        } else {
            let tables = try #require((json as? [String: Any])?["tables"] as? [[String: Any]])
            let rows = try #require(tables.first?["row"] as? [[String: Any]])
            expected = rows.compactMap { ($0["describes"] as? [[String: String]])?.first }
        }
        let (table, headerRow) = try read("w3c-csvw/\(parts[0])")
        #expect(headerRow == 1)
        #expect(objects(table) == expected)
    }

    @Test("every W3C input is either a case above or listed as out of scope, and each is read without error")
    func w3cAccounted() throws {
        let inputs = RealCorpus.files(in: "csv/w3c-csvw", extensions: ["csv", "tsv"]).map { String($0.split(separator: "/").last!) }
        for input in inputs {
            let inScope = Self.w3c.contains { $0.input == input }
            #expect(inScope || Self.outOfScope[input] != nil || input == "test091.csv", "\(input) not accounted for")
            _ = try read("w3c-csvw/\(input)")
        }
    }

    @Test("ragged rows (W3C test091): short rows keep their cells, the missing ones blank")
    func ragged() throws {
        let (table, _) = try read("w3c-csvw/test091.csv")
        #expect(table.header == ["col1", "col2", "col3"])
        #expect(objects(table) == [["col1": "1", "col2": "2", "col3": "3"], ["col1": "1", "col2": "2"], ["col1": "1"]])
    }

    @Test("csvkit's edge cases: encodings, line ends, NUL bytes, ragged rows, blank lines, no header")
    func csvkit() throws {
        let expected: [String: [[String]]] = [
            "dummy.tsv": [["1", "2", "3"]],
            "mac_newlines.csv": [["1", "2", "3"], ["Once upon\ra time", "5", "6"]],
            "null_byte.csv": [["\u{0}", "2", "3"]],
            "optional_quote_characters.csv": [["1", "2", "3"]],
            "test_latin1.csv": [["1", "2", "3"], ["4", "5", "©"]],
            "test_utf8.csv": [["1", "2", "3"], ["4", "5", "ʤ"]],
            "test_utf8_bom.csv": [["1", "2", "3"], ["4", "5", "ʤ"]],
            "test_utf16_big.csv": [["1", "2", "3"], ["4", "5", "ʤ"]],
            "test_utf16_little.csv": [["1", "2", "3"], ["4", "5", "ʤ"]],
            "test_locale.csv": [["1,7", "200.000.000", ""]],
            "test_skip_lines.csv": [["1", "2", "3"]],
            "test_extra_header.csv": [["1", "2", "3"]],
            "blanks.csv": [["", "NA", "N/A", "NONE", "NULL", "."]],
            "test_empty_columns_long_row.csv": [],
            "test_empty_columns_short_row.csv": [],
            "bad.csv": [["1", "27", "", "I'm too long!"], ["", "I'm too short!"], ["0", "mixed types.... uh oh", "17"]],
        ]
        for (file, rows) in expected {
            let (table, _) = try read("csvkit/\(file)")
            #expect(table.rows.map(\.cells) == rows, "\(file): \(table.rows.map(\.cells))")
        }
        #expect(try read("csvkit/bad.csv").0.header == ["column_a", "column_b", "column_c", "Column D"])
        #expect(try read("csvkit/test_skip_lines.csv").0.rows.first?.sourceRow == 5)
        #expect(try read("csvkit/test_extra_header.csv").0.header == ["a", "b", "c", "d"])
        let header = try read("csvkit/test_header_newline.csv").0.header
        #expect(header == ["\t\n\u{0B}\u{0C}\r start \t\n\u{0B}\u{0C}\r end \t\n\u{0B}\u{0C}\r", "b", "c"])
        // A first row of values is data: the columns are named by letter and nothing is taken as a header.
        let (noHeader, headerRow) = try read("csvkit/no_header_row.csv")
        #expect(headerRow == nil)
        #expect(noHeader.header == ["Column A", "Column B", "Column C"])
        #expect(noHeader.rows.map(\.cells) == [["1", "2", "3"]])
        // A file with nothing in it is refused, not read as an empty survey.
        #expect(throws: Diagnostic.self) { try read("csvkit/empty.csv") }
    }

    @Test("every csvkit file but the empty one is read, every non-empty field kept")
    func csvkitAll() throws {
        for path in RealCorpus.files(in: "csv/csvkit", extensions: ["csv", "tsv"]) where !path.hasSuffix("/empty.csv") {
            let (table, _) = try read(String(path.dropFirst(4)))
            #expect(!table.header.isEmpty, "\(path)")
        }
        let (converted, _) = try read("csvkit/testxlsx_converted.csv")
        #expect(converted.rows.count == 5)
        #expect(converted.rows[1][7] == "Extra data beyond headers will be trimmed")
    }
}
