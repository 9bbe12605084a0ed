/// A CSV file as the final privacy scan reads it: record by record, and each record cell by cell, so that a
/// cell is read as the text it holds (a comment in a review list is read as the comment, as a page shows it),
/// not as part of a line beside an id and a theme. Quoted cells may hold commas, doubled quotes and line ends;
/// records end at "\n" or "\r\n" outside quotes. A file cut off inside a quote ends in one last cell holding
/// the rest, so nothing is left unread. A record is where it starts and ends in the file's UTF-8 bytes (its
/// line end excluded), and the line it starts on (0 for the first).
public struct CSVRecord: Sendable, Equatable {
    public var bytes: Range<Int>
    public var line: Int

    /// Every record of `bytes`, a last empty one after a final line end included (as a line reader would have).
    public static func records(_ bytes: UnsafeBufferPointer<UInt8>) -> [CSVRecord] {
        var records: [CSVRecord] = []
        var start = 0, line = 0, startLine = 0, quoted = false
        for (position, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: "\"") {
                quoted.toggle()
            } else if byte == 10 {
                if !quoted {
                    let end = position > start && bytes[position - 1] == 13 ? position - 1 : position
                    records.append(CSVRecord(bytes: start..<end, line: startLine))
                    start = position + 1
                    startLine = line + 1
                }
                line += 1
            }
        }
        records.append(CSVRecord(bytes: start..<bytes.count, line: startLine))
        return records
    }

    /// The cells of one record, each with the line (counted from the record's) it starts on: a quoted cell
    /// without its quotes, a doubled quote read as one.
    public static func cells(of record: CSVRecord, in bytes: UnsafeBufferPointer<UInt8>) -> [(text: String, line: Int)] {
        var cells: [(text: String, line: Int)] = []
        var position = record.bytes.lowerBound
        let end = record.bytes.upperBound
        var line = record.line
        while true {
            let cellLine = line
            if position < end, bytes[position] == UInt8(ascii: "\"") {
                var value: [UInt8] = []
                position += 1
                while position < end {
                    let byte = bytes[position]
                    if byte == UInt8(ascii: "\"") {
                        if position + 1 < end, bytes[position + 1] == UInt8(ascii: "\"") {
                            value.append(byte)
                            position += 2
                            continue
                        }
                        position += 1
                        break
                    }
                    if byte == 10 { line += 1 }
                    value.append(byte)
                    position += 1
                }
                // Anything between a closing quote and the next comma (not written by Heard) stays in the cell.
                while position < end, bytes[position] != UInt8(ascii: ",") {
                    value.append(bytes[position])
                    position += 1
                }
                cells.append((String(decoding: value, as: UTF8.self), cellLine))
            } else {
                let start = position
                while position < end, bytes[position] != UInt8(ascii: ",") { position += 1 }
                cells.append((String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self), cellLine))
            }
            guard position < end else { return cells }
            position += 1 // the comma
        }
    }
}
