import HeardCore

/// Reads one worksheet's `<sheetData>` into rows of displayed cell text, honouring cell references so that
/// sparse rows and cells land in the right columns.
struct SheetReader {
    let sharedStrings: [String]
    let styles: CellStyles
    let uses1904: Bool

    /// Row number -> cells (index 0 is column A), in sheet order.
    func rows(_ bytes: [UInt8]) throws(XLSXFailure) -> [(row: Int, cells: [String])] {
        var result: [(row: Int, cells: [String])] = []
        var scanner = XMLScanner(bytes)
        var rowNumber = 0
        var cells: [String] = []
        var nextColumn = 0
        while true {
            let event = try XLSXFailure.xml { () throws(XMLScanner.Malformed) in try scanner.next() }
            switch event {
            case .start("row", let attributes, let selfClosing):
                rowNumber = attributes.value("r").flatMap { Int($0) } ?? rowNumber + 1
                cells = []
                nextColumn = 0
                if selfClosing { result.append((rowNumber, [])) }
            case .end("row"):
                result.append((rowNumber, cells))
            case .start("c", let attributes, let selfClosing):
                let column = attributes.value("r").flatMap(Self.columnIndex) ?? nextColumn
                nextColumn = column + 1
                guard !selfClosing else { continue }
                let text = try cellText(&scanner, type: attributes.value("t") ?? "n",
                                        style: attributes.value("s").flatMap { Int($0) } ?? 0)
                if !text.isEmpty {
                    if cells.count <= column { cells += Array(repeating: "", count: column - cells.count + 1) }
                    cells[column] = text
                }
            case .endOfDocument:
                return result
            default:
                continue
            }
        }
    }

    /// Reads the children of one `<c>` up to `</c>` and returns what the cell shows.
    private func cellText(_ scanner: inout XMLScanner, type: String, style: Int) throws(XLSXFailure) -> String {
        var value: String?
        var inline = ""
        while true {
            let event = try XLSXFailure.xml { () throws(XMLScanner.Malformed) in try scanner.next() }
            switch event {
            case .start("v", _, false):
                value = try XLSXFailure.xml { () throws(XMLScanner.Malformed) in try scanner.text(until: "v") }
            case .start("t", _, false):
                inline += try XLSXFailure.xml { () throws(XMLScanner.Malformed) in try scanner.text(until: "t") }
            case .start("f", _, false):
                _ = try XLSXFailure.xml { () throws(XMLScanner.Malformed) in try scanner.text(until: "f") }
            case .start("rPh", _, false):
                _ = try XLSXFailure.xml { () throws(XMLScanner.Malformed) in try scanner.text(until: "rPh") }
            case .end("c"):
                return display(value: value, inline: inline, type: type, style: style)
            case .endOfDocument:
                throw .malformedXML
            default:
                continue
            }
        }
    }

    private func display(value: String?, inline: String, type: String, style: Int) -> String {
        switch type {
        case "s":
            guard let index = value.flatMap({ Int($0) }), index >= 0, index < sharedStrings.count else { return "" }
            return sharedStrings[index]
        case "inlineStr": return ExcelEscapes.decode(inline)
        case "str", "e": return value ?? ""
        case "b": return value == "1" ? "TRUE" : (value == nil ? "" : "FALSE")
        case "d": return value ?? ""
        default:
            guard let value else { return "" }
            return CellText.display(value, as: styles.display(style: style), uses1904: uses1904)
        }
    }

    /// `B12` -> 1 (column B, zero-based).
    static func columnIndex(_ reference: String) -> Int? {
        var column = 0
        var sawLetter = false
        for byte in reference.utf8 {
            if byte >= 65 && byte <= 90 {
                column = column * 26 + Int(byte - 64)
            } else if byte >= 97 && byte <= 122 {
                column = column * 26 + Int(byte - 96)
            } else {
                break
            }
            sawLetter = true
            if column > 16_384 { return nil }
        }
        return sawLetter ? column - 1 : nil
    }
}
