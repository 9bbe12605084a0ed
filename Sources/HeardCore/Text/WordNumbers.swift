/// Words numbered 0, 1, 2... and found again by their text: what a `[String: Int32]` does, for the lookups
/// made for every word of every comment. An ASCII word is found by an FNV-1a hash of its bytes in an
/// open-addressing table (a `Dictionary` runs its seeded hasher over the string, several times the cost); a word
/// with any other byte asks a `Dictionary`, which compares the way Swift strings do ("é" as one scalar or as "e"
/// and an accent), so every answer is the one a `Dictionary` gives.
public struct WordNumbers: Sendable {
    private var words: [String] = []
    private var hashes: [UInt64] = []
    private var slots: [Int32] = []
    private var unicode: [String: Int32] = [:]
    /// Whether a word outside ASCII was added that Swift counts equal to an ASCII word (the Kelvin sign is "K"):
    /// then an ASCII word the table misses asks the `Dictionary` too.
    private var missesAskUnicode = false

    /// Numbers `words` in order, the first 0; a repeat keeps its first number.
    public init(_ words: some Sequence<String>) {
        for word in words { add(word) }
    }

    /// How many distinct words are numbered.
    public var count: Int { words.count }

    /// The number of `word`, or nil.
    public subscript(word: String) -> Int32? {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325, bytesOr: UInt8 = 0
        var text = word
        text.withUTF8 { bytes in
            for byte in bytes {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
                bytesOr |= byte
            }
        }
        guard bytesOr < 0x80 else { return unicode[word] }
        if !slots.isEmpty {
            var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
            while slots[slot] >= 0 {
                let number = Int(slots[slot])
                if hashes[number] == hash, words[number] == word { return Int32(number) }
                slot = (slot + 1) & (slots.count - 1)
            }
        }
        return missesAskUnicode ? unicode[word] : nil
    }

    /// Numbers `word` if it is new; its number either way.
    @discardableResult
    public mutating func add(_ word: String) -> Int32 {
        if let known = self[word] { return known }
        let number = Int32(words.count)
        words.append(word)
        hashes.append(Self.hash(word))
        unicode[word] = number
        if !word.utf8.allSatisfy({ $0 < 0x80 }),
           word.unicodeScalars.allSatisfy({ $0.isASCII || [0x212A, 0x037E, 0x1FEF].contains($0.value) }) {
            missesAskUnicode = true
        }
        if slots.count < words.count * 2 { rebuild(size: max(16, slots.count * 2)) } else { insert(Int(number)) }
        return number
    }

    private mutating func rebuild(size: Int) {
        slots = [Int32](repeating: -1, count: size)
        for number in words.indices { insert(number) }
    }

    private mutating func insert(_ number: Int) {
        var slot = Int(truncatingIfNeeded: hashes[number]) & (slots.count - 1)
        while slots[slot] >= 0 { slot = (slot + 1) & (slots.count - 1) }
        slots[slot] = Int32(number)
    }

    private static func hash(_ word: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }
}
