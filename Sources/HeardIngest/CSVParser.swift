import HeardCore

/// A one-pass RFC 4180 parser over UTF-8 bytes, lenient the way Excel is.
///
/// - Fields may be quoted; inside quotes, delimiters, CR, LF and CRLF are text and `""` is one quote.
/// - Records end at CRLF, LF or a lone CR; a missing final newline is fine.
/// - A quote inside an unquoted field is literal text; text after a closing quote is kept.
/// - Each record is numbered as a spreadsheet would number its row (1-based, blank lines count); a blank line
///   is a row with one empty cell.
///
/// Records come out as `Table.Row`s, so the table is built from them without copying.
public struct CSVParser: Sendable {
    public var delimiter: CSVDelimiter

    public init(delimiter: CSVDelimiter) {
        self.delimiter = delimiter
    }

    /// The records, and whether the file ended inside a quoted field (a truncated or half-saved export).
    public struct Result: Sendable {
        public var records: [Table.Row]
        public var endedInsideQuotes: Bool
    }

    /// Parses `bytes`, numbering the first record `firstRow` (2 when Excel's `sep=` line came before it).
    public func parse(_ bytes: [UInt8], firstRow: Int = 1) -> Result {
        bytes.withUnsafeBufferPointer { parse($0, firstRow: firstRow) }
    }

    private func parse(_ input: UnsafeBufferPointer<UInt8>, firstRow: Int) -> Result {
        let quote: UInt8 = 0x22, lf: UInt8 = 0x0A, cr: UInt8 = 0x0D
        let separator = delimiter.rawValue
        var records: [Table.Row] = []
        var fields: [String] = []
        var row = firstRow
        var index = 0
        let count = input.count
        var endedInsideQuotes = false

        var width = 0

        func finishRecord() {
            width = fields.count
            records.append(Table.Row(sourceRow: row, cells: fields))
            fields = []
            fields.reserveCapacity(width)
            row += 1
        }

        func text(_ start: Int, _ end: Int) -> String {
            start == end ? "" : String(decoding: UnsafeBufferPointer(rebasing: input[start..<end]), as: UTF8.self)
        }

        while index < count {
            // Start of a field.
            if input[index] == quote {
                index += 1
                let start = index
                while index < count, input[index] != quote { index += 1 }
                let next = index + 1
                if index < count, next == count || input[next] == separator || input[next] == lf || input[next] == cr {
                    // The usual case: a quoted field with no doubled quote and nothing after it.
                    fields.append(text(start, index))
                    index = next
                } else {
                    fields.append(quotedField(input, from: start, at: &index, endedInsideQuotes: &endedInsideQuotes))
                }
            } else {
                let start = index
                while index < count, input[index] != separator, input[index] != lf, input[index] != cr {
                    index += 1
                }
                fields.append(text(start, index))
            }
            // After a field: a delimiter, a newline, or the end.
            if index >= count {
                finishRecord()
                break
            }
            let byte = input[index]
            index += 1
            if byte == separator {
                if index >= count {
                    fields.append("")
                    finishRecord()
                }
                continue
            }
            if byte == cr && index < count && input[index] == lf { index += 1 }
            finishRecord()
        }
        return Result(records: records, endedInsideQuotes: endedInsideQuotes)
    }

    /// A quoted field with doubled quotes inside or text after its closing quote (kept), read from just after
    /// its opening quote; `index` ends at the delimiter or newline after it.
    private func quotedField(_ input: UnsafeBufferPointer<UInt8>, from start: Int, at index: inout Int,
                             endedInsideQuotes: inout Bool) -> String {
        let quote: UInt8 = 0x22, lf: UInt8 = 0x0A, cr: UInt8 = 0x0D
        let count = input.count
        var buffer: [UInt8] = []
        var segmentStart = start
        index = start
        var closed = false
        while index < count {
            if input[index] == quote {
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: input[segmentStart..<index]))
                if index + 1 < count && input[index + 1] == quote {
                    buffer.append(quote)
                    index += 2
                    segmentStart = index
                    continue
                }
                index += 1
                closed = true
                break
            }
            index += 1
        }
        if !closed {
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: input[segmentStart..<count]))
            endedInsideQuotes = true
        }
        // Anything after the closing quote up to the delimiter or newline is kept as text.
        let tailStart = index
        while index < count, input[index] != delimiter.rawValue, input[index] != lf, input[index] != cr {
            index += 1
        }
        buffer.append(contentsOf: UnsafeBufferPointer(rebasing: input[tailStart..<index]))
        return String(decoding: buffer, as: UTF8.self)
    }
}
