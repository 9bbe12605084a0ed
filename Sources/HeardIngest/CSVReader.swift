import Foundation
import HeardCore

/// Reads a CSV export into one sheet: decodes the text, sniffs the delimiter, parses, finds the header row and
/// names every column that holds a cell. Cell text is kept exactly. A file that ends inside a quoted cell (a
/// half-saved export) is refused.
public struct CSVReader: TableReader {
    public init() {}

    public func sheets(_ bytes: [UInt8], source: SourceLocation, options: IngestOptions,
                       diagnostics: any DiagnosticSink) throws(Diagnostic) -> [ExportSheet] {
        let (decoded, encoding) = TextDecoding.utf8Bytes(from: bytes)
        switch encoding {
        case .windows1252: diagnostics.emit(.note("not UTF-8: read as Windows-1252", at: source))
        case .utf16LE where !bytes.starts(with: [0xFF, 0xFE]), .utf16BE where !bytes.starts(with: [0xFE, 0xFF]):
            diagnostics.emit(.note("read as \(encoding.rawValue) (no byte order mark)", at: source))
        default: break
        }
        var text = decoded
        var delimiter = CSVDelimiter.sniff(text)
        var firstRow = 1
        // Excel's "sep=;" hint line names the delimiter and is not data.
        if let hinted = CSVDelimiter.excelHint(text) {
            delimiter = hinted.delimiter
            text.removeFirst(hinted.lineLength)
            firstRow = 2
        }
        var parsed = CSVParser(delimiter: delimiter).parse(text, firstRow: firstRow)
        if parsed.endedInsideQuotes {
            let lastRow = parsed.records.last?.sourceRow
            throw .error("the file ends inside a quoted cell, so it was cut off while being saved or copied: save "
                         + "it again from the survey tool or Excel and drop it in once more",
                         at: source.at(row: lastRow))
        }
        guard parsed.records.contains(where: { !$0.isBlank }) else {
            throw .error("the file is empty: there is no header row and no responses", at: source)
        }
        if case .named(let name) = options.sheets {
            throw .error("a CSV file has no sheets, so there is no sheet named \"\(name)\"", at: source)
        }
        let builder = TableBuilder(source: source, headerRow: options.headerRow, loneRowIsHeader: true)
        // Handed over, not shared, so the builder works on the rows in place.
        let records = parsed.records
        parsed.records = []
        let (table, headerRows) = try builder.build(records, diagnostics: diagnostics)
        reportShortRows(table, headerRow: headerRows.first, diagnostics: diagnostics)
        return [ExportSheet(name: nil, table: table, headerRows: headerRows)]
    }

    /// A row with fewer fields than the header is often a sign of a broken export: said once, with the first.
    private func reportShortRows(_ table: Table, headerRow: Int?, diagnostics: any DiagnosticSink) {
        guard headerRow != nil else { return }
        let width = table.originalHeader.lastIndex { !$0.isEmpty }.map { $0 + 1 } ?? 0
        let short = table.rows.count { $0.cells.count < width }
        guard let first = table.rows.first(where: { $0.cells.count < width }) else { return }
        diagnostics.emit(.note("\(short) row(s) have fewer cells than the header (first: row \(first.sourceRow)); "
                               + "their missing cells are read as blank", at: table.source.at(row: first.sourceRow)))
    }
}
