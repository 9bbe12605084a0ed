/// How a CSV file separates its fields, sniffed from the first lines.
public enum CSVDelimiter: UInt8, Sendable, CaseIterable, Codable {
    case comma = 44
    case semicolon = 59
    case tab = 9

    public var name: String {
        switch self {
        case .comma: "comma"
        case .semicolon: "semicolon"
        case .tab: "tab"
        }
    }

    /// Picks the delimiter that splits the first lines most consistently into more than one field.
    ///
    /// Counts each candidate outside quotes on up to the first 20 records; a candidate scores by how many
    /// lines share its most common non-zero count. Ties go to comma, then semicolon, then tab.
    public static func sniff(_ bytes: [UInt8]) -> CSVDelimiter {
        var best = CSVDelimiter.comma
        var bestScore = 0
        for candidate in allCases {
            let score = consistency(of: candidate.rawValue, in: bytes)
            if score > bestScore {
                best = candidate
                bestScore = score
            }
        }
        return best
    }

    private static func consistency(of delimiter: UInt8, in bytes: [UInt8]) -> Int {
        var counts: [Int] = []
        var current = 0
        var inQuotes = false
        var index = 0
        let limit = min(bytes.count, 64 * 1024)
        while index < limit && counts.count < 20 {
            let byte = bytes[index]
            if byte == 0x22 {
                inQuotes.toggle()
            } else if !inQuotes {
                if byte == delimiter {
                    current += 1
                } else if byte == 0x0A || byte == 0x0D {
                    counts.append(current)
                    current = 0
                    if byte == 0x0D && index + 1 < limit && bytes[index + 1] == 0x0A { index += 1 }
                }
            }
            index += 1
        }
        if current > 0 { counts.append(current) }
        let nonZero = counts.filter { $0 > 0 }
        guard !nonZero.isEmpty else { return 0 }
        var frequency: [Int: Int] = [:]
        for count in nonZero { frequency[count, default: 0] += 1 }
        let (mode, lines) = frequency.max { ($0.value, $0.key) < ($1.value, $1.key) }!
        // Lines agreeing on the same field count matter most; more fields breaks ties.
        return lines * 1000 + min(mode, 999)
    }

    /// Excel's optional first line `sep=;`: the delimiter it names and the line's length with its newline.
    static func excelHint(_ bytes: [UInt8]) -> (delimiter: CSVDelimiter, lineLength: Int)? {
        guard bytes.count >= 5, bytes[0...3].elementsEqual(Array("sep=".utf8)),
              let delimiter = CSVDelimiter(rawValue: bytes[4]) else { return nil }
        var length = 5
        if length < bytes.count, bytes[length] == 0x0D { length += 1 }
        if length < bytes.count, bytes[length] == 0x0A { length += 1 }
        guard length == bytes.count || length > 5 else { return nil }
        return (delimiter, length)
    }
}
