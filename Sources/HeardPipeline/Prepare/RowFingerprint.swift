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

    /// Fingerprints of every row of `table`, in row order. Each row's message is built in one buffer from the
    /// cells' own bytes (no array per cell).
    func fingerprints(of table: Table) -> [Int64] {
        let order = table.header.indices.sorted { table.header[$0] < table.header[$1] }
        let headers = table.header.map { Array(Self.trimmed(Array($0.utf8)[...])) }
        return ParallelMap.map(table.rows) { row in
            var message: [UInt8] = []
            message.reserveCapacity(512)
            for column in order where column < row.cells.count {
                var cell = row.cells[column]
                cell.withUTF8 { bytes in
                    let trimmed = Self.trimmed(bytes[...])
                    guard !trimmed.isEmpty else { return }
                    message.append(contentsOf: headers[column])
                    message.append(0x1F)
                    message.append(contentsOf: trimmed)
                    message.append(0x1E)
                }
            }
            return Self.fold(hmac.mac(message))
        }
    }

    /// The bytes without leading and trailing spaces, tabs and line breaks.
    private static func trimmed<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bytes.SubSequence
    where Bytes.SubSequence: BidirectionalCollection {
        var slice = bytes[...]
        while let first = slice.first, isBlank(first) { slice = slice.dropFirst() }
        while let last = slice.last, isBlank(last) { slice = slice.dropLast() }
        return slice
    }

    private static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    /// The first 8 bytes as a signed 64-bit number (how SQLite stores integers).
    private static func fold(_ digest: [UInt8]) -> Int64 {
        var value: UInt64 = 0
        for byte in digest.prefix(8) { value = value << 8 | UInt64(byte) }
        return Int64(bitPattern: value)
    }
}
