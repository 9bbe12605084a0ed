import Foundation
import Testing
@testable import HeardCore
@testable import HeardIngest

func readWorkbook(_ bytes: [UInt8], name: String = "book.xlsx") throws(Diagnostic) -> [Table] {
    try Ingester().read(bytes, source: SourceLocation(file: name), diagnostics: DiagnosticCollector())
}

func refusal(_ bytes: [UInt8], name: String = "book.xlsx") -> Diagnostic? {
    do {
        _ = try readWorkbook(bytes, name: name)
        return nil
    } catch {
        return error
    }
}

@Suite("XLSX reading")
struct XLSXTests {
    @Test("a workbook written in memory round-trips: shared strings, numbers and escaping")
    func roundTrip() throws {
        let bytes = WorkbookWriter.xlsx(sheet: "Responses & more", header: ["Name", "Age", "Comment"],
                                        rows: [["Zoë", "14", "a <b> & \"c\""], ["", "9.5", "  x  "], ["007", "", ""]])
        let table = try #require(try readWorkbook(bytes).first)
        #expect(table.source.sheet == "Responses & more")
        #expect(table.header == ["Name", "Age", "Comment"])
        // Cells are kept as the file has them: the last row ends at its last cell.
        #expect(table.rows.map(\.cells) == [["Zoë", "14", "a <b> & \"c\""], ["", "9.5", "  x  "], ["007"]])
        #expect(table.rows[2][2] == "")
        #expect(table.rows.map(\.sourceRow) == [2, 3, 4])
    }

    @Test("General numbers show as Excel shows them", arguments: [
        ("3.0", "3"), ("0.30000000000000004", "0.3"), ("1E-7", "1E-07"), ("-0.125", "-0.125"), ("45600", "45600"),
        ("1.5E+20", "1.5E+20"), ("12345678901234567", "1.23456789012346E+16"),
    ])
    func general(raw: String, shown: String) {
        #expect(CellText.general(raw) == shown)
    }

    @Test("serial dates in the 1900 and 1904 systems", arguments: [
        (45600.0, false, NumberDisplay.date, "2024-11-04"), (1.0, false, .date, "1900-01-01"),
        (61.0, false, .date, "1900-03-01"), (44138.0, true, .date, "2024-11-04"), (0.0, true, .date, "1904-01-01"),
        (45600.5, false, .dateTime, "2024-11-04T12:00:00"), (0.25, false, .time, "06:00:00"),
    ])
    func dates(serial: Double, uses1904: Bool, display: NumberDisplay, shown: String) {
        #expect(CellText.isoDate(serial: serial, uses1904: uses1904, display: display) == shown)
    }

    @Test("custom number formats are recognised as dates, times or neither", arguments: [
        ("dd/mm/yyyy", NumberDisplay.date), ("d mmm yy", .date), ("[$-809]dd mmmm yyyy", .date),
        ("dd/mm/yyyy hh:mm", .dateTime), ("hh:mm", .time), ("[h]:mm:ss", .duration(.hours)), ("mm:ss", .time),
        ("[mm]:ss", .duration(.minutes)), ("[Magenta]0.0", .general),
        ("0.00", .general), ("0%", .general), ("\"day\" 0", .general),
        ("[Red]0.0", .general), ("General", .general),
    ])
    func formats(code: String, display: NumberDisplay) {
        #expect(CellStyles.display(forCode: code) == display)
    }

    @Test("column references", arguments: [("A1", 0), ("Z9", 25), ("AA10", 26), ("XFD1", 16_383)])
    func columns(reference: String, index: Int) {
        #expect(SheetReader.columnIndex(reference) == index)
        #expect(WorkbookWriter.columnName(index) == String(reference.prefix { $0.isLetter }))
    }
}

@Suite("Workbook refusals")
struct WorkbookRefusalTests {
    let good = WorkbookWriter.xlsx(header: ["a"], rows: [["1"]])

    @Test("a truncated workbook is refused as cut short, naming the file")
    func truncated() {
        for length in [30, good.count / 2, good.count - 10] {
            let error = refusal(Array(good.prefix(length)))
            #expect(error != nil)
            #expect(error?.location?.file == "book.xlsx")
        }
        #expect(refusal(Array(good.prefix(good.count / 2)))?.message.contains("cut short") == true)
    }

    @Test("a damaged member is refused, not crashed on")
    func damaged() {
        var bytes = good
        // Flip bytes inside the sheet member's compressed data (just after its local header and name).
        let name = Array("xl/worksheets/sheet1.xml".utf8)
        let start = (0..<(bytes.count - name.count)).first { bytes[$0..<($0 + name.count)].elementsEqual(name) }!
        for index in (start + name.count + 2)..<(start + name.count + 12) { bytes[index] ^= 0x5A }
        #expect(refusal(bytes)?.message.contains("damaged") == true)
    }

    @Test("a ZIP bomb is refused before it is unpacked")
    func bomb() {
        var zip = ZipWriter()
        zip.add("xl/workbook.xml", [UInt8](repeating: 0x20, count: 20 << 20))
        let bytes = zip.finish()
        #expect(bytes.count < 100_000)
        #expect(refusal(bytes)?.message.contains("ZIP bomb") == true)
    }

    @Test("an encrypted member and an OpenDocument file are refused with what to do")
    func encryptedAndODS() {
        var flagged = good
        // General-purpose flag bit 0 (encrypted) on every central directory entry.
        for index in 0..<(flagged.count - 4) where flagged[index...(index + 3)].elementsEqual([0x50, 0x4B, 1, 2]) {
            flagged[index + 8] |= 1
        }
        #expect(refusal(flagged)?.message.contains("password") == true)
        var ods = ZipWriter()
        ods.add("mimetype", Array("application/vnd.oasis.opendocument.spreadsheet".utf8), compress: false)
        ods.add("content.xml", Array("<office:document-content/>".utf8))
        #expect(refusal(ods.finish(), name: "survey.ods")?.message.contains("OpenDocument") == true)
    }

    @Test("malformed sheet XML is refused; sheet XML that stops midway is refused as cut short")
    func malformedXML() {
        func workbook(_ sheet: String) -> [UInt8] {
            var zip = ZipWriter()
            zip.add("xl/workbook.xml", Array("<workbook><sheets><sheet name=\"S\" r:id=\"rId1\"/></sheets></workbook>".utf8))
            zip.add("xl/worksheets/sheet1.xml", Array(sheet.utf8))
            return zip.finish()
        }
        #expect(refusal(workbook("<worksheet><sheetData><row><c r=A1>1</c></row></sheetData></worksheet>"))?
            .message.contains("not well-formed") == true)
        for cut in ["<worksheet><sheetData><row><c r=\"A1\" t=\"s", "<worksheet><sheetData><row r=\"1\"><c><v>1</v></c>",
                    "<worksheet><sheetData><row r=\"1\"><c><v>1</v></c></row>"] {
            #expect(refusal(workbook(cut))?.message.contains("cut short") == true, "\(cut)")
        }
    }
}

@Suite("Excel's own escapes and hints")
struct ExcelQuirkTests {
    @Test("_xHHHH_ escapes in cell text become characters", arguments: [
        ("line_x000D__x000A_two", "line\r\ntwo"), ("tab_x0009_here", "tab\there"), ("a_x005F_x000D_b", "a_x000D_b"),
        ("plain_x_text", "plain_x_text"), ("_x00", "_x00"),
    ])
    func escapes(raw: String, decoded: String) {
        #expect(ExcelEscapes.decode(raw) == decoded)
    }

    @Test("an Excel sep= hint line sets the delimiter and is not a row; row numbers stay Excel's")
    func sepHint() throws {
        let table = try readCSV("sep=;\r\nName;Age\r\nx,y;3\r\n")
        #expect(table.header == ["Name", "Age"])
        #expect(table.rows.map(\.cells) == [["x,y", "3"]])
        #expect(table.rows[0].sourceRow == 3)
    }
}
