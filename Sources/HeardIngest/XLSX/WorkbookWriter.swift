import HeardCore

/// Writes a one-sheet workbook (.xlsx) from a header and rows of text, numbers written as numbers.
public enum WorkbookWriter {
    public static func xlsx(sheet: String = "Sheet1", header: [String], rows: [[String]]) -> [UInt8] {
        build(sheet: sheet, header: header, rows: rows).bytes
    }

    /// The workbook's bytes and the size of its sheet XML (what the benchmark's MB/s is measured against).
    public static func build(sheet: String = "Sheet1", header: [String],
                             rows: [[String]]) -> (bytes: [UInt8], sheetXMLSize: Int) {
        var strings: [String] = []
        var index: [String: Int] = [:]
        func shared(_ text: String) -> Int {
            if let found = index[text] { return found }
            index[text] = strings.count
            strings.append(text)
            return strings.count - 1
        }
        var sheetXML = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
            + #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#
        for (rowIndex, cells) in ([header] + rows).enumerated() {
            sheetXML += "<row r=\"\(rowIndex + 1)\">"
            for (column, text) in cells.enumerated() where !text.isEmpty {
                let reference = columnName(column) + String(rowIndex + 1)
                if rowIndex > 0, Double(text) != nil, !text.hasPrefix("0") || text == "0" {
                    sheetXML += "<c r=\"\(reference)\"><v>\(text)</v></c>"
                } else {
                    sheetXML += "<c r=\"\(reference)\" t=\"s\"><v>\(shared(text))</v></c>"
                }
            }
            sheetXML += "</row>"
        }
        sheetXML += "</sheetData></worksheet>"
        var sst = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
            + #"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
        for text in strings { sst += "<si><t xml:space=\"preserve\">\(escape(text))</t></si>" }
        sst += "</sst>"
        let main = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        var zip = ZipWriter()
        zip.add("[Content_Types].xml", Array(#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>"#.utf8))
        zip.add("_rels/.rels", Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"\(main)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>".utf8))
        zip.add("xl/workbook.xml", Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"\(main)\"><sheets><sheet name=\"\(escape(sheet))\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>".utf8))
        zip.add("xl/_rels/workbook.xml.rels", Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"\(main)/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"\(main)/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>".utf8))
        zip.add("xl/worksheets/sheet1.xml", Array(sheetXML.utf8))
        zip.add("xl/sharedStrings.xml", Array(sst.utf8))
        return (zip.finish(), sheetXML.utf8.count)
    }

    /// Excel's column letters (`ColumnNames.letters`): 0 -> A, 26 -> AA.
    static func columnName(_ index: Int) -> String { ColumnNames.letters(index) }

    static func escape(_ text: String) -> String { Markup.escape(text) }
}
