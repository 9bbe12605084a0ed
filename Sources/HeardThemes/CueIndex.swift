import HeardCore

/// A comment as the tagger reads it: the words of Heard's one text reader (`TextReading`: folded, text-speak
/// spelled out), stemmed, each remembering the token it came from so evidence can quote the young person's own
/// words.
struct ReadWord {
    var word: String
    var stem: String
    /// Index into the reading's tokens.
    var token: Int
}

enum CommentReader {
    static func read(_ reading: TextReading) -> [ReadWord] {
        var words: [ReadWord] = []
        words.reserveCapacity(reading.tokens.count + 4)
        for word in reading.words() {
            // "I'd" is "I would", not an ID card; the reader keeps the apostrophe so that it can be told apart.
            if word.text == "id", reading.tokens[word.token].traits.contains(.apostrophe) {
                words.append(ReadWord(word: "i", stem: "i", token: word.token))
                words.append(ReadWord(word: "would", stem: Stemmer.stem("would"), token: word.token))
            } else {
                words.append(ReadWord(word: word.text, stem: Stemmer.stem(word.text), token: word.token))
            }
        }
        return words
    }

    /// A cue's words, read and stemmed the same way as comments.
    static func cueStems(_ cue: String) -> [String] {
        read(TextReading(cue)).map(\.stem)
    }
}

/// Cues indexed by their first stem, for one pass over a comment.
struct CueIndex {
    struct Cue {
        var stems: [String]
        var themeID: String
        var weight: Double
        /// The last word matches as a prefix (`foster*`, `foster carer*`).
        var prefix: String?
        var text: String
        /// Unique within the index, so a comment can count each cue once cheaply.
        var number = 0
        /// A not-cue: its words count for no theme.
        var isNot: Bool { themeID.isEmpty }
    }

    private var byFirstStem: [String: [Cue]] = [:]
    /// Prefix cues by their first three letters; shorter prefixes are tried on every word.
    private var prefixCuesByStart: [Substring: [Cue]] = [:]
    private var shortPrefixCues: [Cue] = []

    /// Co-occurrence cues, every theme's.
    private(set) var pairs: [CompiledPair] = []

    init(framework: ThemeFramework) {
        for theme in framework.themes {
            pairs += theme.pairs.map { CompiledPair(themeID: theme.id, pair: $0) }
            for (texts, weight) in [(theme.cues, 1.0), (theme.weakCues, 0.5)] {
                for text in texts { add(text, theme: theme.id, weight: weight) }
            }
        }
        for text in framework.notCues { add(text, theme: "", weight: 0) }
    }

    private var count = 0

    private mutating func add(_ text: String, theme: String, weight: Double) {
        count += 1
        if text.hasSuffix("*") {
            // "foster carer*": every word but the last as stems, the last as a prefix of the comment's word.
            var words = text.dropLast().lowercased().split(separator: " ").map(String.init)
            guard let stem = words.popLast() else { return }
            let leading = words.flatMap { CommentReader.cueStems($0) }
            let cue = Cue(stems: leading + [stem], themeID: theme, weight: weight, prefix: stem, text: text, number: count)
            if let first = leading.first {
                byFirstStem[first, default: []].append(cue)
            } else if stem.count >= 3 {
                prefixCuesByStart[stem.prefix(3), default: []].append(cue)
            } else {
                shortPrefixCues.append(cue)
            }
            return
        }
        let stems = CommentReader.cueStems(text)
        guard let first = stems.first else { return }
        byFirstStem[first, default: []].append(Cue(stems: stems, themeID: theme, weight: weight, prefix: nil, text: text,
                                                   number: count))
    }

    /// Calls `body` with every cue that could start at `word`, without gathering them into a new array.
    func forEachCandidate(at word: ReadWord, _ body: (Cue) -> Void) {
        if let exact = byFirstStem[word.stem] { exact.forEach(body) }
        if word.word.utf8.count >= 3, let sameStart = prefixCuesByStart[word.word.prefix(3)] {
            for cue in sameStart where word.word.hasPrefix(cue.prefix!) { body(cue) }
        }
        for cue in shortPrefixCues where word.word.hasPrefix(cue.prefix!) { body(cue) }
    }

    func matches(_ cue: Cue, _ words: [ReadWord], at start: Int) -> Bool {
        guard start + cue.stems.count <= words.count else { return false }
        for (offset, stem) in cue.stems.enumerated() {
            let word = words[start + offset]
            if let prefix = cue.prefix, offset == cue.stems.count - 1 {
                if !word.word.hasPrefix(prefix) { return false }
            } else if word.stem != stem {
                return false
            }
        }
        return true
    }
}
