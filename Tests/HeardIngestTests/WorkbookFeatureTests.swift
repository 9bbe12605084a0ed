import Testing
@testable import HeardCore
@testable import HeardIngest

/// Builds a workbook from hand-written parts, the way other producers write them: no styles, no shared
/// strings, prefixes, Strict namespaces, hidden sheets and chartsheets.
struct HandWrittenWorkbook {
    struct Sheet {
        var name: String
        var xml: String
        var state: String? = nil
        var chart = false
    }

    var sheets: [Sheet]
    var sharedStrings: String? = nil
    var styles: String? = nil
    var workbookProperties = ""
    var namespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    var relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    var bytes: [UInt8] {
        var zip = ZipWriter()
        zip.add("_rels/.rels", Array(("<Relationships><Relationship Id=\"rId1\" Type=\"\(relationships)/officeDocument\" "
                                      + "Target=\"xl/workbook.xml\"/></Relationships>").utf8))
        var rels = ""
        var entries = ""
        for (index, sheet) in sheets.enumerated() {
            let kind = sheet.chart ? "chartsheet" : "worksheet"
            let path = sheet.chart ? "chartsheets/sheet\(index + 1).xml" : "worksheets/sheet\(index + 1).xml"
            rels += "<Relationship Id=\"rId\(index + 1)\" Type=\"\(relationships)/\(kind)\" Target=\"\(path)\"/>"
            entries += "<sheet name=\"\(sheet.name)\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\""
                + (sheet.state.map { " state=\"\($0)\"" } ?? "") + "/>"
            zip.add("xl/\(path)", Array(sheet.xml.utf8))
        }
        if let sharedStrings {
            rels += "<Relationship Id=\"rS\" Type=\"\(relationships)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
            zip.add("xl/sharedStrings.xml", Array("<sst xmlns=\"\(namespace)\">\(sharedStrings)</sst>".utf8))
        }
        if let styles {
            rels += "<Relationship Id=\"rT\" Type=\"\(relationships)/styles\" Target=\"styles.xml\"/>"
            zip.add("xl/styles.xml", Array("<styleSheet xmlns=\"\(namespace)\">\(styles)</styleSheet>".utf8))
        }
        zip.add("xl/_rels/workbook.xml.rels", Array("<Relationships>\(rels)</Relationships>".utf8))
        zip.add("xl/workbook.xml", Array(("<workbook xmlns=\"\(namespace)\" xmlns:r=\"\(relationships)\">"
                                          + "\(workbookProperties)<sheets>\(entries)</sheets></workbook>").utf8))
        return zip.finish()
    }

    static func sheet(_ rows: String) -> String {
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>\(rows)</sheetData></worksheet>"
    }
}

func rowsOf(_ workbook: HandWrittenWorkbook, options: IngestOptions = IngestOptions()) throws -> [[String]] {
    let sheets = try Ingester().readSheets(workbook.bytes, source: SourceLocation(file: "w.xlsx"), options: options,
                                           diagnostics: DiagnosticCollector())
    let table = try #require(sheets.first?.table)
    let header = sheets.first?.headerRow == nil ? [] : [table.originalHeader]
    return header + table.rows.map(\.cells)
}

@Suite("Workbook features real producers use")
struct WorkbookFeatureTests {
    @Test("no styles and no shared strings: inline strings in every form, rich runs, phonetic guides left out")
    func inlineStrings() throws {
        let xml = HandWrittenWorkbook.sheet("""
            <row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c><c r="B1" t="inlineStr"><is><r><t>Fav</t></r><r><rPr><b/></rPr><t>ourite</t></r></is></c></row>
            <row r="2"><c r="A2" t="inlineStr"><is><t xml:space="preserve"> Ash </t><rPh sb="0" eb="1"><t>ア</t></rPh></is></c><c r="B2" t="inlineStr"><v>pizza</v></c></row>
            """)
        #expect(try rowsOf(HandWrittenWorkbook(sheets: [.init(name: "S", xml: xml)])) == [["Name", "Favourite"], [" Ash ", "pizza"]])
    }

    @Test("prefixed elements, a byte order mark, Windows line ends and Excel's escapes")
    func prefixes() throws {
        let xml = "\u{FEFF}<x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><x:sheetData>"
            + "<x:row r=\"1\"><x:c r=\"A1\" t=\"s\"><x:v>0</x:v></x:c><x:c r=\"B1\" t=\"s\"><x:v>1</x:v></x:c></x:row>"
            + "<x:row r=\"2\"><x:c r=\"A2\" t=\"s\"><x:v>2</x:v></x:c><x:c r=\"B2\" t=\"inlineStr\"><x:is><x:t>one\r\ntwo_x000D_\nthree</x:t></x:is></x:c></x:row>"
            + "</x:sheetData></x:worksheet>"
        let strings = "<x:si><x:t>Q</x:t></x:si><x:si><x:r><x:t>Comment</x:t></x:r></x:si><x:si><x:t>a &amp; b&#10;c</x:t></x:si>"
        let book = HandWrittenWorkbook(sheets: [.init(name: "S", xml: xml)], sharedStrings: strings)
        #expect(try rowsOf(book) == [["Q", "Comment"], ["a & b\nc", "one\ntwo\r\nthree"]])
    }

    @Test("formula cells show their cached value of every type; a formula without one shows nothing")
    func formulas() throws {
        let xml = HandWrittenWorkbook.sheet("""
            <row r="1"><c r="A1" t="inlineStr"><is><t>n</t></is></c><c r="B1" t="inlineStr"><is><t>s</t></is></c><c r="C1" t="inlineStr"><is><t>b</t></is></c><c r="D1" t="inlineStr"><is><t>e</t></is></c><c r="E1" t="inlineStr"><is><t>none</t></is></c></row>
            <row r="2"><c r="A2"><f>1+1</f><v>2</v></c><c r="B2" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="C2" t="b"><f>TRUE()</f><v>1</v></c><c r="D2" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="E2"><f>A2</f></c></row>
            """)
        #expect(try rowsOf(HandWrittenWorkbook(sheets: [.init(name: "S", xml: xml)])) == [["n", "s", "b", "e", "none"], ["2", "ab", "TRUE", "#DIV/0!"]])
    }

    @Test("dates in both systems, a time kept under a date format, times, durations; places and percentages show the number")
    func numberDisplays() throws {
        let styles = "<numFmts><numFmt numFmtId=\"164\" formatCode=\"[h]:mm:ss\"/><numFmt numFmtId=\"165\" formatCode=\"0.00\"/></numFmts>"
            + "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"21\"/><xf numFmtId=\"164\"/><xf numFmtId=\"165\"/><xf numFmtId=\"10\"/></cellXfs>"
        let xml = HandWrittenWorkbook.sheet("""
            <row r="1"><c r="A1" t="inlineStr"><is><t>date</t></is></c><c r="B1" t="inlineStr"><is><t>stamp</t></is></c><c r="C1" t="inlineStr"><is><t>time</t></is></c><c r="D1" t="inlineStr"><is><t>took</t></is></c><c r="E1" t="inlineStr"><is><t>score</t></is></c><c r="F1" t="inlineStr"><is><t>share</t></is></c><c r="G1" t="inlineStr"><is><t>iso</t></is></c></row>
            <row r="2"><c r="A2" s="1"><v>45600</v></c><c r="B2" s="1"><v>45600.5</v></c><c r="C2" s="2"><v>0.25</v></c><c r="D2" s="3"><v>1.5</v></c><c r="E2" s="4"><v>2.5</v></c><c r="F2" s="5"><v>0.125</v></c><c r="G2" t="d"><v>2024-11-04T10:00:00</v></c></row>
            <row r="3"><c r="A3" s="1"><v>60</v></c><c r="E3" s="4"><v>3.14159</v></c><c r="F3" s="5"><v>0.5</v></c><c r="G3" s="99"><v>7</v></c></row>
            """)
        let book = HandWrittenWorkbook(sheets: [.init(name: "S", xml: xml)], styles: styles)
        #expect(try rowsOf(book) == [["date", "stamp", "time", "took", "score", "share", "iso"],
                                     ["2024-11-04", "2024-11-04T12:00:00", "06:00:00", "36:00:00", "2.5", "0.125", "2024-11-04T10:00:00"],
                                     ["1900-02-29", "", "", "", "3.14159", "0.5", "7"]])
        var book1904 = book
        book1904.workbookProperties = "<workbookPr date1904=\"1\"/><extLst><ext><x14:workbookPr xmlns:x14=\"x\"/></ext></extLst>"
        #expect(try rowsOf(book1904)[1][0] == "2028-11-05")
    }

    @Test("missing cell and row references, lowercase references, rows out of order, a wrong dimension")
    func references() throws {
        let xml = HandWrittenWorkbook.sheet("""
            <dimension ref="A1"/><row><c t="inlineStr"><is><t>a</t></is></c><c t="inlineStr"><is><t>b</t></is></c></row>
            <row r="3"><c r="b3"><v>2</v></c></row><row r="2"><c><v>1</v></c><c r="D2"><v>9</v></c></row>
            """)
        #expect(try rowsOf(HandWrittenWorkbook(sheets: [.init(name: "S", xml: xml)])) == [["a", "b", "", ""], ["1", "", "", "9"], ["", "2"]])
    }

    @Test("Strict Open XML namespaces read the same")
    func strict() throws {
        var book = HandWrittenWorkbook(sheets: [.init(name: "S", xml: HandWrittenWorkbook.sheet(
            "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>h</t></is></c></row><row r=\"2\"><c r=\"A2\"><v>5</v></c></row>"))])
        book.namespace = "http://purl.oclc.org/ooxml/spreadsheetml/main"
        book.relationships = "http://purl.oclc.org/ooxml/officeDocument/relationships"
        #expect(try rowsOf(book) == [["h"], ["5"]])
    }
}

@Suite("Every sheet, with its name, visibility and kind")
struct WorkbookSheetTests {
    static let cells = HandWrittenWorkbook.sheet(
        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Q</t></is></c></row><row r=\"2\"><c r=\"A2\"><v>1</v></c></row>")
    static let book = HandWrittenWorkbook(sheets: [
        .init(name: "Read me", xml: cells, state: "hidden"), .init(name: "Chart", xml: "<chartsheet/>", chart: true),
        .init(name: "Secret", xml: cells, state: "veryHidden"), .init(name: "Responses", xml: cells),
    ])

    @Test("every sheet is listed; only the worksheets asked for are read")
    func listed() throws {
        let sheets = try Ingester().sheets(Self.book.bytes, source: SourceLocation(file: "w.xlsx"), diagnostics: DiagnosticCollector())
        #expect(sheets.map(\.name) == ["Read me", "Chart", "Secret", "Responses"])
        #expect(sheets.map(\.visibility) == [.hidden, .visible, .veryHidden, .visible])
        #expect(sheets.map(\.kind) == [.worksheet, .chartsheet, .worksheet, .worksheet])
        #expect(sheets.map { $0.table != nil } == [false, false, false, true])
        let all = try Ingester().sheets(Self.book.bytes, source: SourceLocation(file: "w.xlsx"), options: IngestOptions(sheets: .all),
                                        diagnostics: DiagnosticCollector())
        #expect(all.map { $0.table != nil } == [true, false, true, true])
    }

    @Test("reading takes the first visible worksheet, saying what it skipped; --sheet reads a hidden one by name")
    func firstVisible() throws {
        let collector = DiagnosticCollector()
        let tables = try Ingester().read(Self.book.bytes, source: SourceLocation(file: "w.xlsx"), diagnostics: collector)
        #expect(tables.map(\.source.sheet) == ["Responses"])
        #expect(collector.diagnostics.filter { $0.message.contains("skipped") }.compactMap(\.location?.sheet) == ["Read me", "Chart", "Secret"])
        let named = try Ingester().read(Self.book.bytes, source: SourceLocation(file: "w.xlsx"),
                                        options: IngestOptions(sheets: .named("Secret")), diagnostics: DiagnosticCollector())
        #expect(named.map(\.source.sheet) == ["Secret"])
        let first = try Ingester().readSheets(Self.book.bytes, source: SourceLocation(file: "w.xlsx"),
                                              options: IngestOptions(sheets: .firstVisible), diagnostics: DiagnosticCollector())
        #expect(first.map(\.name) == ["Responses"])
        #expect(throws: Diagnostic.self) {
            try Ingester().read(Self.book.bytes, source: SourceLocation(file: "w.xlsx"), options: IngestOptions(sheets: .named("Nope")),
                                diagnostics: DiagnosticCollector())
        }
    }

    @Test("a workbook with nothing visible to read, or whose sheet part is missing, is refused")
    func nothingToRead() {
        let hiddenOnly = HandWrittenWorkbook(sheets: [.init(name: "A", xml: Self.cells, state: "hidden")])
        #expect(throws: Diagnostic.self) { try Ingester().read(hiddenOnly.bytes, source: SourceLocation(file: "w.xlsx"), diagnostics: DiagnosticCollector()) }
        var zip = ZipWriter()
        zip.add("xl/workbook.xml", Array("<workbook><sheets><sheet name=\"Gone\" r:id=\"rId1\"/></sheets></workbook>".utf8))
        let refusal = refusal(zip.finish())
        #expect(refusal?.message.contains("\"Gone\"") == true)
    }
}

@Suite("Truncated files are refused")
struct TruncationTests {
    @Test("a ZIP cut before its central directory is refused as cut short")
    func zipWithoutDirectory() {
        let good = WorkbookWriter.xlsx(header: ["a"], rows: [["1"]])
        let directory = (0..<(good.count - 4)).first { good[$0..<($0 + 4)].elementsEqual([0x50, 0x4B, 1, 2]) }!
        #expect(refusal(Array(good.prefix(directory)))?.message.contains("cut short") == true)
    }

    @Test("a CSV cut off inside a quoted cell is refused, naming the row")
    func csvOpenQuote() {
        do {
            _ = try Ingester().read(Array("a,b\n1,\"fine\"\n2,\"half a sent".utf8), source: SourceLocation(file: "h.csv"),
                                    diagnostics: DiagnosticCollector())
            Issue.record("read a half-saved CSV")
        } catch {
            #expect(error.message.contains("cut off"))
            #expect(error.location?.row == 3)
        }
    }

    @Test("a shared string table cut short is refused")
    func sharedStringsCut() {
        var book = HandWrittenWorkbook(sheets: [.init(name: "S", xml: HandWrittenWorkbook.sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"))])
        book.sharedStrings = "<si><t>ok</t></si>"
        var bytes = book.bytes
        #expect(refusal(bytes) == nil)
        book.sharedStrings = nil
        var zip = ZipWriter()
        zip.add("xl/workbook.xml", Array("<workbook><sheets><sheet name=\"S\" r:id=\"rId1\"/></sheets></workbook>".utf8))
        zip.add("xl/worksheets/sheet1.xml", Array(HandWrittenWorkbook.sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>").utf8))
        zip.add("xl/sharedStrings.xml", Array("<sst><si><t>ok</t></si><si><t>hal".utf8))
        bytes = zip.finish()
        #expect(refusal(bytes)?.message.contains("cut short") == true)
    }
}
