import HeardCore

/// Reads one worksheet's `<sheetData>` into rows of displayed cell text, honouring cell references so that
/// sparse rows and cells land in the right columns (and counting along when a writer leaves references out).
/// A sheet whose XML stops before its end (a half-written file) is refused rather than read in part.
struct SheetReader {
    let sharedStrings: [String]
    let styles: CellStyles
    let uses1904: Bool

    /// The rows that hold at least one cell, in row order; cells indexed from column A.
    func rows(_ bytes: [UInt8]) throws(XLSXFailure) -> [Table.Row] {
        var result: [Table.Row] = []
        var scanner = XMLScanner(bytes)
        var rowNumber = 0
        var cells: [String] = []
        var nextColumn = 0
        var started = false, finished = false
        var ordered = true
        while true {
            let event = try XLSXFailure.xml { () throws(XMLScanner.Malformed) in try scanner.next() }
            switch event {
            case .start("row", let attributes, let selfClosing):
                rowNumber = attributes.value("r").flatMap { Int($0) } ?? rowNumber + 1
                cells = []
                nextColumn = 0
                if selfClosing { continue }
            case .end("row"):
                if !cells.isEmpty {
                    if let last = result.last, last.sourceRow >= rowNumber { ordered = false }
                    result.append(Table.Row(sourceRow: rowNumber, cells: cells))
                }
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
            case .start("worksheet", _, let selfClosing):
                started = true
                finished = selfClosing
            case .end("worksheet"):
                finished = true
            case .endOfDocument:
                guard finished || !started else { throw .truncated }
                return ordered ? result : Self.merged(result)
            default:
                continue
            }
        }
    }

    /// Rows written out of order (or twice) are put in order, cells of a repeated row merged.
    static func merged(_ rows: [Table.Row]) -> [Table.Row] {
        var byNumber: [Int: [String]] = [:]
        for row in rows {
            var cells = byNumber[row.sourceRow] ?? []
            for (column, text) in row.cells.enumerated() where !text.isEmpty {
                if cells.count <= column { cells += Array(repeating: "", count: column - cells.count + 1) }
                cells[column] = text
            }
            byNumber[row.sourceRow] = cells
        }
        return byNumber.keys.sorted().map { Table.Row(sourceRow: $0, cells: byNumber[$0]!) }
    }

    /// Reads the children of one `<c>` up to `</c>` and returns what the cell shows: the value, or the text of
    /// an inline string (plain or rich runs, phonetic guides left out).
    private func cellText(_ scanner: inout XMLScanner, type: String, style: Int) throws(XLSXFailure) -> String {
        var value: String?
        var inline: String?
        var phonetic = 0
        while true {
            let event = try XLSXFailure.xml { () throws(XMLScanner.Malformed) in try scanner.next() }
            switch event {
            case .start("v", _, false):
                value = try XLSXFailure.xml { () throws(XMLScanner.Malformed) in try scanner.text(until: "v") }
            case .start("t", _, false):
                let text = try XLSXFailure.xml { () throws(XMLScanner.Malformed) in try scanner.text(until: "t") }
                if phonetic == 0 { inline = (inline ?? "") + text }
            case .end("c"):
                return try display(value: value, inline: inline, type: type, style: style)
            case .start("f", _, false):
                _ = try XLSXFailure.xml { () throws(XMLScanner.Malformed) in try scanner.text(until: "f") }
            case .start("rPh", _, false):
                phonetic += 1
            case .end("rPh"):
                phonetic -= 1
            case .endOfDocument:
                throw .truncated
            default:
                continue
            }
        }
    }

    /// What a cell shows. A shared-string cell whose index the workbook does not hold is refused
    /// (`missingSharedString`), never read as empty; one with no index at all is an empty cell.
    private func display(value: String?, inline: String?, type: String, style: Int) throws(XLSXFailure) -> String {
        switch type {
        case "s":
            guard let value, !value.withoutEdgeSpaces.isEmpty else { return inline.map(ExcelEscapes.decode) ?? "" }
            guard let index = Int(value) ?? Int(value.withoutEdgeSpaces), index >= 0 else { return inline.map(ExcelEscapes.decode) ?? value }
            guard index < sharedStrings.count else {
                if let inline { return ExcelEscapes.decode(inline) }
                throw .missingSharedString
            }
            return sharedStrings[index]
        case "inlineStr": return ExcelEscapes.decode(inline ?? value ?? "")
        case "str": return ExcelEscapes.decode(value ?? inline ?? "")
        case "e": return value ?? ""
        case "b":
            guard let value else { return "" }
            return value == "1" || value.lowercased() == "true" ? "TRUE" : "FALSE"
        case "d": return value ?? ""
        default:
            guard let value else { return inline.map(ExcelEscapes.decode) ?? "" }
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
            } else if byte == UInt8(ascii: "$") && !sawLetter {
                continue
            } else {
                break
            }
            sawLetter = true
            if column > 16_384 { return nil }
        }
        return sawLetter ? column - 1 : nil
    }
}
