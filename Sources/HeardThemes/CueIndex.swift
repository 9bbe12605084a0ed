/// A comment as the tagger reads it: normalised, stemmed words, each remembering the original token it came
/// from so evidence can quote the young person's own words.
struct ReadWord {
    var word: String
    var stem: String
    /// Index into the original tokens.
    var token: Int
}

enum CommentReader {
    static func read(_ tokens: [Tokeniser.Token]) -> [ReadWord] {
        var words: [ReadWord] = []
        words.reserveCapacity(tokens.count + 4)
        for (index, token) in tokens.enumerated() {
            for word in TextNormaliser.normalise(token.text) {
                words.append(ReadWord(word: word, stem: Stemmer.stem(word), token: index))
            }
        }
        return words
    }

    /// A cue's words, normalised and stemmed the same way as comments.
    static func cueStems(_ cue: String) -> [String] {
        Tokeniser.words(cue).flatMap(TextNormaliser.normalise).map(Stemmer.stem)
    }
}

/// Cues indexed by their first stem, for one pass over a comment.
struct CueIndex {
    struct Cue {
        var stems: [String]
        var themeID: String
        var weight: Double
        /// The last word matches as a prefix (`foster*`).
        var prefix: String?
        var text: String
    }

    private var byFirstStem: [String: [Cue]] = [:]
    /// Prefix cues by their first three letters; shorter prefixes are tried on every word.
    private var prefixCuesByStart: [Substring: [Cue]] = [:]
    private var shortPrefixCues: [Cue] = []

    init(framework: ThemeFramework) {
        for theme in framework.themes {
            for (texts, weight) in [(theme.cues, 1.0), (theme.weakCues, 0.5)] {
                for text in texts { add(text, theme: theme.id, weight: weight) }
            }
        }
    }

    private mutating func add(_ text: String, theme: String, weight: Double) {
        if text.hasSuffix("*") {
            let stem = String(text.dropLast()).lowercased()
            guard !stem.isEmpty, !stem.contains(" ") else { return }
            let cue = Cue(stems: [stem], themeID: theme, weight: weight, prefix: stem, text: text)
            if stem.count >= 3 { prefixCuesByStart[stem.prefix(3), default: []].append(cue) } else { shortPrefixCues.append(cue) }
            return
        }
        let stems = CommentReader.cueStems(text)
        guard let first = stems.first else { return }
        byFirstStem[first, default: []].append(Cue(stems: stems, themeID: theme, weight: weight, prefix: nil, text: text))
    }

    /// Cues that could start at `word`.
    func candidates(at word: ReadWord) -> [Cue] {
        let exact = byFirstStem[word.stem] ?? []
        let sameStart = word.word.count >= 3 ? prefixCuesByStart[word.word.prefix(3)] ?? [] : []
        let prefixed = (sameStart + shortPrefixCues).filter { word.word.hasPrefix($0.prefix!) }
        return prefixed.isEmpty ? exact : exact + prefixed
    }

    func matches(_ cue: Cue, _ words: [ReadWord], at start: Int) -> Bool {
        if cue.prefix != nil { return true }
        guard start + cue.stems.count <= words.count else { return false }
        for (offset, stem) in cue.stems.enumerated() where words[start + offset].stem != stem { return false }
        return true
    }
}
