import Testing
@testable import HeardCore
@testable import HeardIngest

/// Reads CSV text through the real reader and returns the table.
func readCSV(_ bytes: [UInt8], collector: DiagnosticCollector = DiagnosticCollector()) throws -> Table {
    let tables = try CSVReader().read(bytes, source: SourceLocation(file: "test.csv"), diagnostics: collector)
    return try #require(tables.first)
}

func readCSV(_ text: String, collector: DiagnosticCollector = DiagnosticCollector()) throws -> Table {
    try readCSV(Array(text.utf8), collector: collector)
}

@Suite("CSV reading")
struct CSVReaderTests {
    @Test("reads a quoted newline, a doubled quote and a comma inside quotes")
    func quoting() throws {
        let table = try readCSV("a,b,c\r\n\"line one\nline two\",\"she said \"\"hi\"\"\",\"x, y\"\r\n")
        #expect(table.header == ["a", "b", "c"])
        #expect(table.rows.first?.cells == ["line one\nline two", "she said \"hi\"", "x, y"])
    }

    @Test("LF, CRLF and lone CR records, with or without a final newline, read the same",
          arguments: ["h1,h2\nx,y\nz,w", "h1,h2\r\nx,y\r\nz,w\r\n", "h1,h2\rx,y\rz,w\r"])
    func lineEndings(text: String) throws {
        let table = try readCSV(text)
        #expect(table.rows.map(\.cells) == [["x", "y"], ["z", "w"]])
    }

    @Test("blank lines are skipped but still count as spreadsheet rows")
    func blankLines() throws {
        let table = try readCSV("h1,h2\n\nx,y\n\n\nz,w\n")
        #expect(table.rows.map(\.sourceRow) == [3, 6])
    }

    @Test("cell text is kept exactly, spaces included")
    func noTrimming() throws {
        let table = try readCSV("h\n  yes  \n")
        #expect(table.rows[0].cells == ["  yes  "])
    }

    @Test("ragged rows are kept: a long row's extra cells get a generated key, said once per file")
    func raggedRows() throws {
        let collector = DiagnosticCollector()
        let table = try readCSV("a,b,c\n1,2\n1,2,3,4\n5,6,7,8,9\n1\n", collector: collector)
        #expect(table.rows.map(\.cells) == [["1", "2"], ["1", "2", "3", "4"], ["5", "6", "7", "8", "9"], ["1"]])
        #expect(table.header == ["a", "b", "c", "Column D", "Column E"])
        let warnings = collector.diagnostics.filter { $0.severity == .warning }
        #expect(warnings.count == 1)
        #expect(warnings.first?.location?.row == 3 && warnings.first?.location?.column == 4)
        let notes = collector.diagnostics.filter { $0.message.contains("fewer cells") }
        #expect(notes.count == 1 && notes.first?.location?.row == 2)
    }

    @Test("blank and repeated headers are made unique and reported")
    func headers() throws {
        let collector = DiagnosticCollector()
        let table = try readCSV("Comment,,Comment,Comment\n1,2,3,4\n", collector: collector)
        #expect(table.header == ["Comment", "Column B", "Comment (2)", "Comment (3)"])
        #expect(table.originalHeader == ["Comment", "", "Comment", "Comment"])
        // One note for the blank heading, one for the repeats: said once per file, not per column.
        #expect(collector.diagnostics.count == 2)
    }

    @Test("a file ending inside quotes is refused as half-saved, with a location")
    func truncated() {
        #expect(throws: Diagnostic.self) { try readCSV("a,b\n\"unfinished,2\n") }
    }

    @Test("an empty file is refused")
    func empty() {
        #expect(throws: Diagnostic.self) { try readCSV("") }
        #expect(throws: Diagnostic.self) { try readCSV("\n\n") }
    }

    @Test("semicolon and tab delimiters are sniffed", arguments: [
        ("name;age\n\"a;b\";3\nc;4\n", ["a;b", "3"]),
        ("name\tage\na,b\t3\nc\t4\n", ["a,b", "3"]),
        ("name,age\n\"x;y\",3\n", ["x;y", "3"]),
    ])
    func delimiters(text: String, firstRow: [String]) throws {
        #expect(try readCSV(text).rows[0].cells == firstRow)
    }
}

@Suite("Text encodings")
struct EncodingTests {
    @Test("UTF-8 with a BOM loses the BOM")
    func utf8BOM() throws {
        let table = try readCSV([0xEF, 0xBB, 0xBF] + Array("Name,Age\nZoë,12\n".utf8))
        #expect(table.header == ["Name", "Age"])
        #expect(table.rows[0].cells == ["Zoë", "12"])
    }

    @Test("UTF-16 LE and BE with a BOM (Excel's Unicode Text) read as tab-separated", arguments: [false, true])
    func utf16(bigEndian: Bool) throws {
        let text = "Name\tComment\nZoë\tI’m happy\n"
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in text.utf16 {
            let pair = [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            bytes += bigEndian ? pair.reversed() : pair
        }
        let table = try readCSV(bytes)
        #expect(table.header == ["Name", "Comment"])
        #expect(table.rows[0].cells == ["Zoë", "I’m happy"])
    }

    @Test("bytes that are not UTF-8 are read as Windows-1252, curly quotes and pound signs included")
    func windows1252() throws {
        // "It’s £5 – “ok”" in Windows-1252
        let bytes: [UInt8] = Array("h\n".utf8) + [0x49, 0x74, 0x92, 0x73, 0x20, 0xA3, 0x35, 0x20, 0x96, 0x20, 0x93,
                                                 0x6F, 0x6B, 0x94, 0x0A]
        let table = try readCSV(bytes)
        #expect(table.rows[0].cells == ["It\u{2019}s £5 \u{2013} \u{201C}ok\u{201D}"])
    }
}

@Suite("UTF-8 validation")
struct UTF8ValidationTests {
    /// The standard library's decoder is the reference.
    static func reference(_ bytes: [UInt8]) -> Bool {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }

    @Test("agrees with the standard decoder on edge cases", arguments: [
        [], [0x41], [0xC2, 0xA3], [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
        [0xF0, 0x9F, 0x98, 0x80], [0xE2, 0x82], [0x80], [0xFF], Array("plain ASCII text, long enough".utf8) + [0xC3],
    ] as [[UInt8]])
    func edges(bytes: [UInt8]) {
        #expect(TextDecoding.isValidUTF8(bytes) == Self.reference(bytes))
    }

    @Test("agrees with the standard decoder on thousands of mutated texts")
    func mutated() {
        var generator = SystemRandomNumberGenerator()
        let seed = Array("Zoë said “I’m fine” — 😀 ok; Łódź, 東京, naïve café\n".utf8)
        for _ in 0..<5_000 {
            var bytes = seed
            for _ in 0..<Int.random(in: 0...3, using: &generator) {
                bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
            }
            let cut = Int.random(in: 0...bytes.count, using: &generator)
            let sample = Array(bytes.prefix(cut))
            #expect(TextDecoding.isValidUTF8(sample) == Self.reference(sample), "\(sample)")
        }
    }
}

@Suite("Refusals")
struct RefusalTests {
    func refusal(_ bytes: [UInt8], name: String) -> Diagnostic? {
        do {
            _ = try Ingester().read(bytes, source: SourceLocation(file: name), diagnostics: DiagnosticCollector())
            return nil
        } catch {
            return error
        }
    }

    @Test("legacy .xls, encrypted workbooks and binary junk are refused with what to do")
    func refusals() {
        let ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]
        #expect(refusal(ole, name: "old.xls")?.message.contains("97-2003 (.xls)") == true)
        #expect(refusal(ole, name: "old.xls")?.message.contains("(.xlsx)") == true)
        #expect(refusal(ole, name: "locked.xlsx")?.message.contains("password") == true)
        #expect(refusal([0x00, 0x01, 0x02, 0xFF, 0x00], name: "junk.csv")?.message.contains("not a spreadsheet") == true)
        #expect(refusal([0x00, 0x01], name: "junk.csv")?.location?.file == "junk.csv")
    }
}
