import HeardCore

/// Finds every atom of the rules in a comment in one pass. Each distinct entry (a row of word patterns) is
/// stored once with every atom it belongs to; each word of the comment costs one lookup of its text, one of
/// its first three letters (for stems such as "punch*") and, for a number, a look at entries starting with
/// "#". Entries of two words or more that start with two words are filed under both ("my dad", "no one"), so
/// a common first word ("my", "i", "no") brings only the entries its next word can complete. Entry words are
/// compared as integers; candidates are tried in entry order, as they are stored.
struct PhraseIndex: Sendable {
    /// One item of an entry: a word id, a stem (its index in `stems`) or any number.
    private struct Item: Sendable {
        static let number: Int32 = -1
        var word: Int32 = -2
        var stem: Int32 = -1
    }

    /// Entries laid out flat: entry `e` is `items[itemStart[e]..<itemStart[e + 1]]`, and belongs to the atoms
    /// `atoms[atomStart[e]..<atomStart[e + 1]]`.
    private var items: [Item] = []
    private var itemStart: [Int32] = [0]
    private var atoms: [Int32] = []
    private var atomStart: [Int32] = [0]
    private var stems: [String] = []
    /// Word text -> its id; ids index `startingWith`.
    private var wordIDs = WordNumbers([String]())
    /// For each word id, the entries whose first item is that word and whose second is not a word.
    private var startingWith: [[Int32]] = []
    /// Entries whose first two items are words, by `pairKey` of the two.
    private var startingWithPair = KeyedLists()
    /// Three letters packed -> entries whose first item is a stem starting with them.
    private var stemsStartingWith = KeyedLists()
    private var startingWithNumber: [Int32] = []
    let atomCount: Int

    init(_ table: AtomTable) {
        atomCount = table.count
        var owners: [[WordPattern]: [Int32]] = [:]
        var order: [[WordPattern]] = []
        for (atom, atomEntries) in table.entries.enumerated() {
            for words in atomEntries {
                if owners[words] == nil { order.append(words) }
                if owners[words]?.contains(Int32(atom)) != true { owners[words, default: []].append(Int32(atom)) }
            }
        }
        var stemIDs: [String: Int32] = [:]
        var ids: [String: Int32] = [:], words: [String] = []
        for words in order {
            for pattern in words {
                switch pattern {
                case .word(let text):
                    let id = ids[text] ?? Int32(ids.count)
                    ids[text] = id
                    items.append(Item(word: id))
                case .stem(let stem):
                    let id = stemIDs[stem] ?? Int32(stems.count)
                    if stemIDs[stem] == nil {
                        stemIDs[stem] = id
                        stems.append(stem)
                    }
                    items.append(Item(stem: id))
                case .number: items.append(Item(word: Item.number))
                }
            }
            itemStart.append(Int32(items.count))
            atoms += owners[words]!
            atomStart.append(Int32(atoms.count))
        }
        for (text, id) in ids.sorted(by: { $0.value < $1.value }) {
            precondition(Int(id) == words.count)
            words.append(text)
        }
        wordIDs = WordNumbers(words)
        startingWith = Array(repeating: [], count: words.count)
        var pairs: [UInt64: [Int32]] = [:], stemStarts: [UInt64: [Int32]] = [:]
        for entry in 0..<(itemStart.count - 1) {
            let lower = Int(itemStart[entry]), upper = Int(itemStart[entry + 1])
            let item = items[lower]
            if item.stem >= 0 {
                stemStarts[UInt64(Self.key(stems[Int(item.stem)].utf8)), default: []].append(Int32(entry))
            } else if item.word == Item.number {
                startingWithNumber.append(Int32(entry))
            } else if upper - lower >= 2, items[lower + 1].stem < 0, items[lower + 1].word >= 0 {
                pairs[Self.pairKey(item.word, items[lower + 1].word), default: []].append(Int32(entry))
            } else {
                startingWith[Int(item.word)].append(Int32(entry))
            }
        }
        startingWithPair = KeyedLists(pairs)
        stemsStartingWith = KeyedLists(stemStarts)
    }

    private static func pairKey(_ first: Int32, _ second: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: first)) << 32 | UInt64(UInt32(bitPattern: second))
    }

    /// Every place an atom is found in `text`.
    func spans(in text: ScreenText) -> SpanTable {
        let words = text.words
        var ids = [Int32](repeating: -3, count: words.count)
        var table = SpanTable(wordCount: words.count, atomCount: atomCount)
        for (index, word) in words.enumerated() {
            ids[index] = wordIDs[word.text] ?? -3
        }
        for start in words.indices {
            table.beginWord(start)
            let id = ids[start]
            if id >= 0 {
                // The entries of this first word, merged in entry order with those its next word completes.
                let alone = startingWith[Int(id)]
                let next = start + 1 < words.count ? ids[start + 1] : -3
                let paired = next >= 0 ? startingWithPair.list(Self.pairKey(id, next)) : []
                var one = alone.startIndex, two = paired.startIndex
                while one < alone.endIndex || two < paired.endIndex {
                    let entry: Int32
                    if two == paired.endIndex || (one < alone.endIndex && alone[one] < paired[two]) {
                        entry = alone[one]
                        one += 1
                    } else {
                        entry = paired[two]
                        two += 1
                    }
                    add(entry, at: start, text, ids, &table)
                }
            }
            if words[start].text.utf8.count >= 3 {
                for entry in stemsStartingWith.list(UInt64(Self.key(words[start].text.utf8))) {
                    add(entry, at: start, text, ids, &table)
                }
            }
            if words[start].isNumber {
                for entry in startingWithNumber { add(entry, at: start, text, ids, &table) }
            }
        }
        table.finish()
        return table
    }

    private func add(_ entry: Int32, at start: Int, _ text: ScreenText, _ ids: [Int32], _ table: inout SpanTable) {
        let lower = Int(itemStart[Int(entry)]), upper = Int(itemStart[Int(entry) + 1])
        let end = start + upper - lower
        guard end <= text.sentenceEnd(of: start) else { return }
        for offset in 0..<(upper - lower) {
            let item = items[lower + offset]
            let position = start + offset
            if item.stem >= 0 {
                if !text.words[position].text.hasPrefix(stems[Int(item.stem)]) { return }
            } else if item.word == Item.number {
                if !text.words[position].isNumber { return }
            } else if ids[position] != item.word {
                return
            }
        }
        for index in Int(atomStart[Int(entry)])..<Int(atomStart[Int(entry) + 1]) {
            table.add(atom: atoms[index], start: start, end: end)
        }
    }

    /// The first three bytes of a word (fewer for a shorter word), packed: stems are looked up by how they start.
    /// A plain loop that stops at the third byte: `prefix(3)` of a string's bytes cost a slice and its index
    /// arithmetic, about 250 instructions, for every word of every comment.
    @inline(__always)
    private static func key(_ bytes: String.UTF8View) -> UInt32 {
        var key: UInt32 = 0, taken = 0
        for byte in bytes {
            key = key << 8 | UInt32(byte)
            taken += 1
            if taken == 3 { break }
        }
        return key
    }
}
