/// A set of two-byte ASCII starts, as 16,384 bits: whether any key of a table of three ASCII bytes
/// (`CueIndex`'s prefix cues) begins with a word's first two bytes, answered by one bit instead of hashing the key.
struct ASCIIPairBits {
    private var bits = [UInt64](repeating: 0, count: 128 * 128 / 64)

    /// Adds the first two bytes of `key`, three ASCII bytes as `(first << 16) | (second << 8) | third`.
    mutating func insert(_ key: UInt32) {
        let pair = Self.pair(key)
        bits[pair >> 6] |= 1 << UInt64(pair & 63)
    }

    /// Whether a key added had the same first two bytes as `key` (false: no key added equals it).
    @inline(__always)
    func mayHold(_ key: UInt32) -> Bool {
        let pair = Self.pair(key)
        return bits[pair >> 6] & (1 << UInt64(pair & 63)) != 0
    }

    @inline(__always)
    private static func pair(_ key: UInt32) -> Int { Int((key >> 16) & 0x7F) << 7 | Int((key >> 8) & 0x7F) }
}
