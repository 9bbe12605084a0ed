/// Finds every atom of the rules in a comment in one pass: each word is looked up once by its text, once by its
/// first three letters (for stems such as "punch*") and, if it is a number, among entries that start with "#".
struct PhraseIndex: Sendable {
    private struct Phrase: Sendable {
        var words: [WordPattern]
        var atom: Int32
    }

    private var phrases: [Phrase] = []
    private var byWord: [String: [Int32]] = [:]
    private var byStemStart: [String: [Int32]] = [:]
    private var startingWithNumber: [Int32] = []
    let atomCount: Int

    init(_ atoms: AtomTable) {
        atomCount = atoms.count
        for (atom, entries) in atoms.entries.enumerated() {
            for words in Set(entries.map { $0 }) {
                let index = Int32(phrases.count)
                phrases.append(Phrase(words: words, atom: Int32(atom)))
                switch words[0] {
                case .word(let text): byWord[text, default: []].append(index)
                case .stem(let stem): byStemStart[String(stem.prefix(3)), default: []].append(index)
                case .number: startingWithNumber.append(index)
                }
            }
        }
    }

    /// Every place an atom is found in `text`.
    func spans(in text: ScreenText) -> SpanTable {
        var table = SpanTable(wordCount: text.words.count, atomCount: atomCount)
        let words = text.words
        for start in words.indices {
            table.beginWord(start)
            let word = words[start]
            if let candidates = byWord[word.text] { add(candidates, at: start, words, &table) }
            if word.text.utf8.count >= 3, let candidates = byStemStart[String(word.text.prefix(3))] {
                add(candidates, at: start, words, &table)
            }
            if word.isNumber { add(startingWithNumber, at: start, words, &table) }
        }
        table.finish()
        return table
    }

    private func add(_ candidates: [Int32], at start: Int, _ words: [ScreenText.Word], _ table: inout SpanTable) {
        let sentence = words[start].sentence
        candidates: for index in candidates {
            let phrase = phrases[Int(index)]
            let end = start + phrase.words.count
            guard end <= words.count else { continue }
            for offset in phrase.words.indices {
                let word = words[start + offset]
                guard word.sentence == sentence, phrase.words[offset].matches(word) else { continue candidates }
            }
            table.add(atom: phrase.atom, start: start, end: end)
        }
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
    private var present: [UInt64]

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
