/// The rows of a model a comment's features have reached, each once: a small open-addressing set of
/// non-negative integers sized to the comment, not to the model. A bit per row of an 18,000-row model was
/// 2.4 KB to allocate and clear for every comment; a comment reaches a few dozen rows.
public struct SeenRows: Sendable {
    @usableFromInline var slots: [Int32]
    @usableFromInline var shift: UInt64
    @usableFromInline var count = 0

    /// A set with room for about `expected` rows before it grows.
    public init(expected: Int) {
        var bits: UInt64 = 5
        while (1 << bits) < expected * 2 { bits += 1 }
        slots = [Int32](repeating: -1, count: 1 << Int(bits))
        shift = 64 - bits
    }

    /// Adds `row` (0 or more); whether it was not there already.
    @inlinable
    public mutating func insert(_ row: Int32) -> Bool {
        precondition(row >= 0, "rows are numbered from 0")
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: (UInt64(UInt32(bitPattern: row)) &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while slots[slot] >= 0 {
            if slots[slot] == row { return false }
            slot = (slot + 1) & mask
        }
        slots[slot] = row
        count += 1
        if count * 2 > slots.count { grow() }
        return true
    }

    @usableFromInline
    mutating func grow() {
        let old = slots
        slots = [Int32](repeating: -1, count: old.count * 2)
        shift -= 1
        count = 0
        for row in old where row >= 0 { _ = insert(row) }
    }
}
