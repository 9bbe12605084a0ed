import Testing
@testable import HeardPrivacy

/// The final scan reads each file in its own form: a CSV cell by cell, a JSON file string by string, so a
/// comment is read as the text it is wherever it is published, and nothing in the file goes unread.
@Suite("Final scan: each file in its own form")
struct FinalScanFormsTests {
    @Test("a CSV is read cell by cell: a capital after the list's id and theme is not read as a name's")
    func cellByCell() {
        // Read as one line, "Everything" follows `"` and reads beside a school's word as part of its name.
        let comment = "Everything is ok, at [school] [name] teachers help"
        let list = "id,theme,decision,comment\r\nab12,Other things,undecided,\"\(comment)\"\r\n"
        #expect(OutputScanner.scan(line: "ab12,Other things,undecided,\"\(comment)\"", number: 2) != nil)
        #expect(OutputScanner.scan(list, format: "csv").isEmpty)
        #expect(OutputScanner.scan(cell: comment) == nil)
    }

    @Test("an identifier in a quoted cell with commas, doubled quotes and line ends is found at the line it starts")
    func quotedCells() {
        let list = "id,comment\r\n1,\"fine, \"\"really\"\"\r\nthanks\"\r\n2,\"two lines\r\nring 07700 900461\"\r\n3,ok\r\n"
        #expect(OutputScanner.scan(list, format: "csv").map(\.line) == [4])
        var text = list
        let cells = text.withUTF8 { bytes in CSVRecord.records(bytes).map { CSVRecord.cells(of: $0, in: bytes).map(\.text) } }
        #expect(cells[1] == ["1", "fine, \"really\"\r\nthanks"])
        #expect(cells[2] == ["2", "two lines\r\nring 07700 900461"])
        #expect(cells.last == [""])
    }

    @Test("a CSV cut off inside a quote is read to its end, not dropped")
    func cutOff() {
        let list = "id,comment\n1,\"the rest never ends\nmy email is jo.bloggs@example.com"
        #expect(OutputScanner.scan(list, format: "csv").map(\.kind) == ["email address"])
    }

    @Test("a JSON file is read string by string, escapes decoded, numbers outside strings still read")
    func jsonStrings() {
        let json = "{\n  \"count\" : 22157,\n  \"quote\" : \"write to jo\\u0040example.com\",\n  \"phone\" : 07700900461\n}"
        #expect(OutputScanner.scan(json, format: "json").map(\.line) == [3, 4])
        #expect(OutputScanner.scan("{\n  \"label\" : \"Always\",\n  \"count\" : 22157\n}", format: "json").isEmpty)
    }

    @Test("a segment already found clean is passed over; every other is scanned")
    func cleared() {
        let list = "id,comment\n1,ring 07700 900461\n2,ring 07700 900462\n"
        #expect(OutputScanner.scan(list, format: "csv", cleared: ["ring 07700 900461"]).map(\.line) == [3])
    }
}
