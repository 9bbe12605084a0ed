import Testing
@testable import HeardCore
@testable import HeardIngest

/// A workbook whose cells point to shared text it does not hold is refused, never read with those cells empty.
@Suite("Workbooks missing their shared strings")
struct MissingSharedStringsTests {
    static let rows = """
        <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>
        <row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2"><v>4</v></c></row>
        """

    @Test("no shared strings part at all: the workbook is refused")
    func partMissing() {
        let workbook = HandWrittenWorkbook(sheets: [.init(name: "Responses", xml: HandWrittenWorkbook.sheet(Self.rows))])
        #expect(throws: (any Error).self) { try rowsOf(workbook) }
    }

    @Test("a shared strings part shorter than the cells say: refused")
    func partShort() {
        let workbook = HandWrittenWorkbook(sheets: [.init(name: "Responses", xml: HandWrittenWorkbook.sheet(Self.rows))],
                                           sharedStrings: "<si><t>Name</t></si><si><t>Comment</t></si>")
        #expect(throws: (any Error).self) { try rowsOf(workbook) }
    }

    @Test("every string present, and a shared-string cell with no value: read, the empty cell empty")
    func complete() throws {
        let rows = Self.rows + "<row r=\"3\"><c r=\"A3\" t=\"s\"/><c r=\"B3\"><v>5</v></c></row>"
        let workbook = HandWrittenWorkbook(sheets: [.init(name: "Responses", xml: HandWrittenWorkbook.sheet(rows))],
                                           sharedStrings: "<si><t>Name</t></si><si><t>Comment</t></si><si><t>Sam</t></si>")
        #expect(try rowsOf(workbook) == [["Name", "Comment"], ["Sam", "4"], ["", "5"]])
    }
}
