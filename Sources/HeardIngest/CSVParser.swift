/// A one-pass RFC 4180 parser over UTF-8 bytes, lenient the way Excel is.
///
/// - Fields may be quoted; inside quotes, delimiters, CR, LF and CRLF are text and `""` is one quote.
/// - Records end at CRLF, LF or a lone CR; a missing final newline is fine.
/// - A quote inside an unquoted field is literal text; text after a closing quote is kept.
/// - Each record is numbered as a spreadsheet would number its row (1-based, blank lines count).
public struct CSVParser: Sendable {
    /// One record and the spreadsheet row it starts on.
    public struct Record: Sendable, Hashable {
        public var row: Int
        public var fields: [String]
        /// True for a blank line (a record with one empty unquoted field).
        public var isBlank: Bool
    }

    public var delimiter: CSVDelimiter

    public init(delimiter: CSVDelimiter) {
        self.delimiter = delimiter
    }

    /// Whether the file ended inside a quoted field (a truncated or half-saved export).
    public struct Result: Sendable {
        public var records: [Record]
        public var endedInsideQuotes: Bool
    }

    public func parse(_ bytes: [UInt8]) -> Result {
        bytes.withUnsafeBufferPointer { parse($0) }
    }

    private func parse(_ input: UnsafeBufferPointer<UInt8>) -> Result {
        let quote: UInt8 = 0x22, lf: UInt8 = 0x0A, cr: UInt8 = 0x0D
        let separator = delimiter.rawValue
        var records: [Record] = []
        var fields: [String] = []
        var row = 1
        var index = 0
        let count = input.count
        var sawQuotedField = false
        var endedInsideQuotes = false

        func finishRecord() {
            let blank = fields.count == 1 && fields[0].isEmpty && !sawQuotedField
            records.append(Record(row: row, fields: fields, isBlank: blank))
            fields = []
            sawQuotedField = false
            row += 1
        }

        while index < count {
            // Start of a field.
            if input[index] == quote {
                sawQuotedField = true
                index += 1
                var buffer: [UInt8] = []
                var segmentStart = index
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
                while index < count, input[index] != separator, input[index] != lf, input[index] != cr {
                    index += 1
                }
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: input[tailStart..<index]))
                fields.append(String(decoding: buffer, as: UTF8.self))
            } else {
                let start = index
                while index < count, input[index] != separator, input[index] != lf, input[index] != cr {
                    index += 1
                }
                fields.append(String(decoding: UnsafeBufferPointer(rebasing: input[start..<index]), as: UTF8.self))
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
}
