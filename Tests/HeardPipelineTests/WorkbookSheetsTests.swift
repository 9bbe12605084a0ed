import Foundation
import Testing
@testable import HeardCore
@testable import HeardIngest
@testable import HeardPipeline

/// A workbook with several sheets, each `(name, hidden, rows)`, cells as inline strings.
func workbook(_ sheets: [(name: String, hidden: Bool, rows: [[String]])]) -> [UInt8] {
    let main = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    let sheetNS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    var zip = ZipWriter()
    var overrides = "", entries = "", relationships = ""
    for (index, sheet) in sheets.enumerated() {
        let number = index + 1
        overrides += "<Override PartName=\"/xl/worksheets/sheet\(number).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        entries += "<sheet name=\"\(sheet.name)\" sheetId=\"\(number)\"\(sheet.hidden ? " state=\"hidden\"" : "") r:id=\"rId\(number)\"/>"
        relationships += "<Relationship Id=\"rId\(number)\" Type=\"\(main)/worksheet\" Target=\"worksheets/sheet\(number).xml\"/>"
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"\(sheetNS)\"><sheetData>"
        for (rowIndex, row) in sheet.rows.enumerated() {
            xml += "<row r=\"\(rowIndex + 1)\">"
            for (column, text) in row.enumerated() where !text.isEmpty {
                xml += "<c r=\"\(WorkbookWriter.columnName(column))\(rowIndex + 1)\" t=\"inlineStr\"><is><t>\(Markup.escape(text))</t></is></c>"
            }
            xml += "</row>"
        }
        zip.add("xl/worksheets/sheet\(number).xml", Array((xml + "</sheetData></worksheet>").utf8))
    }
    zip.add("[Content_Types].xml", Array(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" + overrides + "</Types>").utf8))
    zip.add("_rels/.rels", Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"\(main)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>".utf8))
    zip.add("xl/workbook.xml", Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"\(sheetNS)\" xmlns:r=\"\(main)\"><sheets>\(entries)</sheets></workbook>".utf8))
    zip.add("xl/_rels/workbook.xml.rels", Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(relationships)</Relationships>".utf8))
    return zip.finish()
}

@Suite("Workbooks with several sheets")
struct WorkbookSheetsTests {
    static let header = ["ID", "Start time", "Completion time", "Do you feel safe where you live?", "What could be better?"]

    func responses(_ ids: ClosedRange<Int>) -> [[String]] {
        [Self.header] + ids.map { [String($0), "04/11/2024 10:00", "04/11/2024 10:05", "Always", "more trips number \($0)"] }
    }

    @Test("a hidden instructions sheet in front is skipped with a note in the run report, and the responses are read")
    func hiddenFirstSheet() throws {
        let workspace = try exampleWorkspace()
        let bytes = workbook([
            ("Instructions", true, [["How to fill in this form"], ["Ask the young person each question in turn."]]),
            ("Responses", false, responses(1...12)),
        ])
        try Data(bytes).write(to: workspace.surveys.appending(path: "event.xlsx"))
        let report = try Pipeline(workspace: workspace).run()
        #expect(report.rejected.isEmpty)
        #expect(report.responsesHeld == 180 + 12)
        let markdown = try String(contentsOf: workspace.output.appending(path: "run-report.md"), encoding: .utf8)
        #expect(markdown.contains("Surveys/event.xlsx[Instructions]"), "the skipped sheet is named in the report")
    }

    @Test("every visible sheet with responses is read, and an instructions sheet between them is skipped")
    func everySheet() throws {
        let workspace = try exampleWorkspace()
        let bytes = workbook([
            ("Group A", false, responses(1...7)),
            ("Read me", false, [["Notes for staff"], ["Do not change the headings."]]),
            ("Group B", false, responses(8...15)),
        ])
        try Data(bytes).write(to: workspace.surveys.appending(path: "groups.xlsx"))
        let report = try Pipeline(workspace: workspace).run()
        #expect(report.rejected.isEmpty && report.responsesHeld == 180 + 15)
        #expect(report.diagnostics.contains { $0.location?.sheet == "Read me" && $0.severity == .note })
    }
}
