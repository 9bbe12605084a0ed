/// Everything the reader knows about a folded word, found with one lookup: what text-speak it is
/// ("sw" -> social worker) and its grammar (negator, clause starter, subject pronoun, abbreviation).
/// The words sit in a small open-addressing table keyed by their UTF-8 bytes with an FNV-1a hash: a lookup
/// per word costs a few nanoseconds, without `Hasher`'s per-call seeding.
struct Lexicon: Sendable {
    struct Roles: OptionSet, Sendable, Hashable {
        let rawValue: UInt8
        static let negator = Roles(rawValue: 1 << 0)
        static let clauseStarter = Roles(rawValue: 1 << 1)
        static let subjectPronoun = Roles(rawValue: 1 << 2)
        static let subjectPronounWithApostrophe = Roles(rawValue: 1 << 3)
        static let pronounGlue = Roles(rawValue: 1 << 4)
        static let abbreviation = Roles(rawValue: 1 << 5)
    }

    struct Entry: Sendable {
        var expansion: [String]?
        var roles: Roles
    }

    /// The lexicon every reading uses: the shipped text-speak table and `ReadingGrammar`.
    static let standard = Lexicon(textSpeak: .standard)

    private var entries: [Entry] = []
    /// Each entry's key bytes, one after another; `keyRanges[i]` is entry i's slice.
    private var keyBytes: [UInt8] = []
    private var keyRanges: [Range<Int>] = []
    /// Entry index + 1 per slot, 0 for an empty slot; the count is a power of two.
    private var slots: [Int32] = []

    init(textSpeak: TextSpeak) {
        var byWord: [String: Entry] = [:]
        let lists: [(Set<String>, Roles)] = [
            (ReadingGrammar.negators, .negator), (ReadingGrammar.clauseStarters, .clauseStarter),
            (ReadingGrammar.subjectPronouns, .subjectPronoun),
            (ReadingGrammar.subjectPronounsWithApostrophe, .subjectPronounWithApostrophe),
            (ReadingGrammar.pronounGlue, .pronounGlue), (ReadingGrammar.abbreviations, .abbreviation),
        ]
        func roles(of word: String) -> Roles {
            var roles: Roles = []
            for (list, role) in lists where list.contains(word) { roles.insert(role) }
            return roles
        }
        for (list, _) in lists {
            for word in list { byWord[word] = Entry(expansion: nil, roles: roles(of: word)) }
        }
        // Text-speak takes the grammar of the first word it stands for: "dnt" -> "dont" and "no1" -> "no one"
        // negate, "bc" -> "because" starts a clause, "im" -> "i am" is a subject pronoun. A negation inside
        // the expansion ("idk" -> "i dont know") governs only its own words, not the words after it.
        for (shorthand, expansion) in textSpeak.entries {
            var combined = roles(of: shorthand)
            if let first = expansion.first {
                combined.formUnion(roles(of: first).intersection([.negator, .clauseStarter, .subjectPronoun, .pronounGlue]))
            }
            byWord[shorthand] = Entry(expansion: expansion, roles: combined)
        }
        var size = 16
        while size < byWord.count * 4 { size *= 2 }
        slots = Array(repeating: 0, count: size)
        for (word, entry) in byWord.sorted(by: { $0.key < $1.key }) {
            let start = keyBytes.count
            keyBytes += word.utf8
            entries.append(entry)
            keyRanges.append(start..<keyBytes.count)
            var slot = Self.hash(word.utf8) & (size - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Int32(entries.count)
        }
    }

    /// The entry for a folded word, or nil.
    func entry(_ folded: String) -> Entry? {
        var folded = folded
        return folded.withUTF8 { word -> Entry? in
            let mask = slots.count - 1
            var slot = Self.hash(word) & mask
            while slots[slot] != 0 {
                let index = Int(slots[slot]) - 1
                let range = keyRanges[index]
                if range.count == word.count && keyBytes.withUnsafeBufferPointer({ keys in
                    var offset = 0
                    while offset < word.count && keys[range.lowerBound + offset] == word[offset] { offset += 1 }
                    return offset == word.count
                }) {
                    return entries[index]
                }
                slot = (slot + 1) & mask
            }
            return nil
        }
    }

    @inline(__always)
    private static func hash(_ bytes: some Sequence<UInt8>) -> Int {
        var hash: UInt32 = 2_166_136_261
        for byte in bytes { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return Int(hash)
    }
}
