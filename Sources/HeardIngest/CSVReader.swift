import Foundation
import HeardCore

/// Reads a CSV export into one table: decodes the text, sniffs the delimiter, parses, then makes the header
/// usable (blank headers named, duplicates numbered) and reports ragged rows. Cell text is kept exactly.
public struct CSVReader: TableReader {
    public init() {}

    public func read(_ bytes: [UInt8], source: SourceLocation,
                     diagnostics: any DiagnosticSink) throws(Diagnostic) -> [Table] {
        let (decoded, encoding) = TextDecoding.utf8Bytes(from: bytes)
        if encoding == .windows1252 {
            diagnostics.emit(.note("not UTF-8: read as Windows-1252", at: source))
        }
        var text = decoded
        var delimiter = CSVDelimiter.sniff(text)
        var skippedRows = 0
        // Excel's "sep=;" hint line names the delimiter and is not data.
        if let hinted = CSVDelimiter.excelHint(text) {
            delimiter = hinted.delimiter
            text.removeFirst(hinted.lineLength)
            skippedRows = 1
        }
        var parsed = CSVParser(delimiter: delimiter).parse(text)
        if skippedRows > 0 {
            for index in parsed.records.indices { parsed.records[index].row += skippedRows }
        }
        if parsed.endedInsideQuotes {
            let lastRow = parsed.records.last?.row
            throw .error("the file ends inside a quoted cell; it may be half-saved or truncated. Save it again "
                         + "from the survey tool or Excel and drop it in once more", at: source.at(row: lastRow))
        }
        var records = parsed.records[...]
        while let first = records.first, first.isBlank { records.removeFirst() }
        guard let headerRecord = records.popFirst() else {
            throw .error("the file is empty: there is no header row", at: source)
        }
        let header = HeaderRow.uniqued(headerRecord.fields, location: source.at(row: headerRecord.row),
                                       diagnostics: diagnostics)
        var rows: [Table.Row] = []
        rows.reserveCapacity(records.count)
        for record in records where !record.isBlank {
            if record.fields.count != header.count {
                let extra = record.fields.count > header.count
                    && record.fields[header.count...].allSatisfy { $0.isEmpty }
                if !extra {
                    diagnostics.emit(.warning(
                        "row has \(record.fields.count) cells but the header has \(header.count); kept as it is",
                        at: source.at(row: record.row)))
                }
            }
            rows.append(Table.Row(sourceRow: record.row, cells: record.fields))
        }
        return [Table(source: source, header: header, originalHeader: headerRecord.fields, rows: rows)]
    }
}

/// Makes header texts usable as keys: blank headers become `Column N`, repeats become `Name (2)`.
public enum HeaderRow {
    public static func uniqued(_ fields: [String], location: SourceLocation,
                               diagnostics: any DiagnosticSink) -> [String] {
        var seen: Set<String> = []
        var result: [String] = []
        result.reserveCapacity(fields.count)
        for (index, field) in fields.enumerated() {
            var name = field
            if name.trimmingCharacters(in: .whitespaces).isEmpty {
                name = "Column \(index + 1)"
                diagnostics.emit(.note("blank header named \"\(name)\"", at: location.at(row: location.row,
                                                                                       column: index + 1)))
            }
            if seen.contains(name) {
                var suffix = 2
                while seen.contains("\(name) (\(suffix))") { suffix += 1 }
                name = "\(name) (\(suffix))"
                diagnostics.emit(.note("repeated header renamed \"\(name)\"",
                                       at: location.at(row: location.row, column: index + 1)))
            }
            seen.insert(name)
            result.append(name)
        }
        return result
    }
}
