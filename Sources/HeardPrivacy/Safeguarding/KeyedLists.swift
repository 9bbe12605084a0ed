/// Lists of entry numbers filed under integer keys, built once and then only read: an open-addressing table
/// whose keys are spread by one multiplication, so a lookup costs a few instructions where a `Dictionary`
/// runs its seeded hasher. Each list keeps the order its entries were added in.
struct KeyedLists: Sendable {
    private var keys: [UInt64] = []
    /// For each slot, its list's bounds in `entries` (lower == upper: an empty slot).
    private var lower: [Int32] = []
    private var upper: [Int32] = []
    private var entries: [Int32] = []
    private var shift: UInt64 = 64

    /// Files every entry under its key; `lists` in any order, each list in the order to keep.
    init(_ lists: [UInt64: [Int32]]) {
        var bits: UInt64 = 4
        while (1 << bits) < lists.count * 2 { bits += 1 }
        let size = 1 << Int(bits)
        shift = 64 - bits
        keys = [UInt64](repeating: 0, count: size)
        lower = [Int32](repeating: 0, count: size)
        upper = [Int32](repeating: 0, count: size)
        for (key, list) in lists where !list.isEmpty {
            var slot = self.slot(of: key)
            while lower[slot] != upper[slot] { slot = (slot + 1) & (size - 1) }
            keys[slot] = key
            lower[slot] = Int32(entries.count)
            entries += list
            upper[slot] = Int32(entries.count)
        }
    }

    init() {}

    @inline(__always)
    private func slot(of key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    /// The list filed under `key`, empty when there is none.
    func list(_ key: UInt64) -> ArraySlice<Int32> {
        guard !keys.isEmpty else { return [] }
        var slot = slot(of: key)
        while lower[slot] != upper[slot] {
            if keys[slot] == key { return entries[Int(lower[slot])..<Int(upper[slot])] }
            slot = (slot + 1) & (keys.count - 1)
        }
        return []
    }
}
