/// Finds every atom of the rules in a comment in one pass. Each distinct entry (a row of word patterns) is
/// stored once with every atom it belongs to; each word of the comment costs one dictionary lookup of its
/// text, one of its first three letters (for stems such as "punch*") and, for a number, a look at entries
/// starting with "#". Entry words are compared as integers.
struct PhraseIndex: Sendable {
    private enum Item: Sendable {
        case word(Int32)
        case stem(String)
        case number
    }

    private struct Entry: Sendable {
        var items: [Item]
        var atoms: [Int32]
    }

    private var entries: [Entry] = []
    /// Word text -> its id; ids index `startingWith`.
    private var wordIDs: [String: Int32] = [:]
    /// For each word id, the entries whose first item is that word.
    private var startingWith: [[Int32]] = []
    /// Three letters packed -> entries whose first item is a stem starting with them.
    private var stemsStartingWith: [UInt32: [Int32]] = [:]
    private var startingWithNumber: [Int32] = []
    let atomCount: Int

    init(_ atoms: AtomTable) {
        atomCount = atoms.count
        var entryIndex: [[WordPattern]: Int] = [:]
        for (atom, atomEntries) in atoms.entries.enumerated() {
            for words in atomEntries {
                if let index = entryIndex[words] {
                    if !entries[index].atoms.contains(Int32(atom)) { entries[index].atoms.append(Int32(atom)) }
                    continue
                }
                entryIndex[words] = entries.count
                entries.append(Entry(items: words.map { item(for: $0) }, atoms: [Int32(atom)]))
            }
        }
        startingWith = Array(repeating: [], count: wordIDs.count)
        for (index, entry) in entries.enumerated() {
            switch entry.items[0] {
            case .word(let id): startingWith[Int(id)].append(Int32(index))
            case .stem(let stem): stemsStartingWith[Self.key(stem.utf8), default: []].append(Int32(index))
            case .number: startingWithNumber.append(Int32(index))
            }
        }
    }

    private mutating func item(for pattern: WordPattern) -> Item {
        switch pattern {
        case .word(let text):
            if let id = wordIDs[text] { return .word(id) }
            let id = Int32(wordIDs.count)
            wordIDs[text] = id
            return .word(id)
        case .stem(let stem): return .stem(stem)
        case .number: return .number
        }
    }

    /// Every place an atom is found in `text`.
    func spans(in text: ScreenText) -> SpanTable {
        let words = text.words
        let ids = words.map { wordIDs[$0.text] ?? -1 }
        var table = SpanTable(wordCount: words.count, atomCount: atomCount)
        for start in words.indices {
            table.beginWord(start)
            let id = ids[start]
            if id >= 0 { add(startingWith[Int(id)], at: start, words, ids, &table) }
            if words[start].text.utf8.count >= 3, let candidates = stemsStartingWith[Self.key(words[start].text.utf8)] {
                add(candidates, at: start, words, ids, &table)
            }
            if words[start].isNumber { add(startingWithNumber, at: start, words, ids, &table) }
        }
        table.finish()
        return table
    }

    private func add(_ candidates: [Int32], at start: Int, _ words: [ScreenText.Word], _ ids: [Int32],
                     _ table: inout SpanTable) {
        let sentence = words[start].sentence
        candidates: for index in candidates {
            let entry = entries[Int(index)]
            let end = start + entry.items.count
            guard end <= words.count else { continue }
            for offset in entry.items.indices {
                let position = start + offset
                guard words[position].sentence == sentence else { continue candidates }
                switch entry.items[offset] {
                case .word(let id): if ids[position] != id { continue candidates }
                case .stem(let stem): if !words[position].text.hasPrefix(stem) { continue candidates }
                case .number: if !words[position].isNumber { continue candidates }
                }
            }
            for atom in entry.atoms { table.add(atom: atom, start: start, end: end) }
        }
    }

    /// The first three bytes of a word, packed: stems are looked up by how they start.
    private static func key(_ bytes: String.UTF8View) -> UInt32 {
        var key: UInt32 = 0
        for byte in bytes.prefix(3) { key = key << 8 | UInt32(byte) }
        return key
    }
}

/// The atoms found in one comment: spans of words, in order of where they start, and which atoms occur at all.
struct SpanTable {
    struct Span: Hashable {
        var atom: Int32
        var start: Int32
        var end: Int32
    }

    private(set) var spans: [Span] = []
    private var firstAt: [Int32]
    private(set) var present: [UInt64]

    init(wordCount: Int, atomCount: Int) {
        firstAt = [Int32](repeating: 0, count: wordCount + 1)
        present = [UInt64](repeating: 0, count: (atomCount + 63) / 64)
    }

    mutating func beginWord(_ index: Int) { firstAt[index] = Int32(spans.count) }

    mutating func add(atom: Int32, start: Int, end: Int) {
        let span = Span(atom: atom, start: Int32(start), end: Int32(end))
        // Two entries of one group can find the same words ("self harm*" and "self harming"): keep one.
        if spans[Int(firstAt[start])...].contains(span) { return }
        spans.append(span)
        present[Int(atom) >> 6] |= 1 << UInt64(atom & 63)
    }

    mutating func finish() { firstAt[firstAt.count - 1] = Int32(spans.count) }

    /// The spans that start at word `position`.
    func spans(at position: Int) -> ArraySlice<Span> {
        guard position < firstAt.count - 1 else { return [] }
        return spans[Int(firstAt[position])..<Int(firstAt[position + 1])]
    }

    func contains(_ atom: Int) -> Bool { present[atom >> 6] & (1 << UInt64(atom & 63)) != 0 }
}
