import HeardCore
import HeardPrivacy

/// A keyed fingerprint of one export row: HMAC-SHA256 under the workspace key of every non-empty cell with its
/// header, in header order, cut to 64 bits. The same row in another download of the same form (moved, re-saved
/// with its columns in another order, or with a question added that the row left blank) has the same
/// fingerprint; without the key nobody can test a guess at what a row held. Used to recognise cumulative
/// re-downloads (`Supersession`) and rows a young person asked to have forgotten.
struct RowFingerprint: Sendable {
    private let hmac: Digest.KeyedHMAC

    init(key: [UInt8]) { hmac = Digest.KeyedHMAC(key: key) }

    /// Fingerprints of every row of `table`, in row order.
    func fingerprints(of table: Table) -> [Int64] {
        let order = table.header.indices.sorted { table.header[$0] < table.header[$1] }
        let headers = table.header.map { Self.trimmed($0) }
        return ParallelMap.map(table.rows) { row in
            var message: [UInt8] = []
            message.reserveCapacity(256)
            for column in order {
                let cell = Self.trimmed(row[column])
                guard !cell.isEmpty else { continue }
                message.append(contentsOf: headers[column])
                message.append(0x1F)
                message.append(contentsOf: cell)
                message.append(0x1E)
            }
            return Self.fold(hmac.mac(message))
        }
    }

    /// The text's bytes without leading and trailing spaces, tabs and line breaks.
    private static func trimmed(_ text: String) -> ArraySlice<UInt8> {
        let bytes = Array(text.utf8)
        var lower = 0, upper = bytes.count
        while lower < upper, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[lower]) { lower += 1 }
        while upper > lower, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[upper - 1]) { upper -= 1 }
        return bytes[lower..<upper]
    }

    /// The first 8 bytes as a signed 64-bit number (how SQLite stores integers).
    private static func fold(_ digest: [UInt8]) -> Int64 {
        var value: UInt64 = 0
        for byte in digest.prefix(8) { value = value << 8 | UInt64(byte) }
        return Int64(bitPattern: value)
    }
}
