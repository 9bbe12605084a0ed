import HeardCore

/// For the officer only (the run report, never a published page): the words and two-word phrases that come up
/// most in comments that fit no theme, or that fit a theme but none of its points. They are where the codebook
/// and the points file could grow ("pocket money" in twelve comments with no theme is a cue waiting to be
/// written).
///
/// Words are read with HeardCore's `TextReading` (folded, text-speak spelled out; placeholders such as "[name]"
/// and numbers never count), common words are left out, and a word or phrase is listed only when at least
/// `minimumComments` different comments hold it, so that no one young person's words stand out.
public enum UnmatchedWords {
    /// A word or phrase and how many comments hold it.
    public struct Term: Sendable, Codable, Hashable {
        public var text: String
        public var comments: Int
    }

    /// The officer's lists: comments with no theme, and per theme id, comments in it with none of its points.
    public struct Summary: Sendable, Codable, Hashable {
        public var noTheme: [Term] = []
        public var noPoint: [String: [Term]] = [:]
        public init() {}
        public var isEmpty: Bool { noTheme.isEmpty && noPoint.values.allSatisfy(\.isEmpty) }
    }

    /// Words too common to suggest as cues: the function words ("the", "about") and `Data/common-words.txt`
    /// ("really", "want", "people").
    public static let commonWords: Set<String> = FunctionWords.words
        .union(DataFile.lines(EmbeddedData.commonWords).map { String($0.text) })

    /// The most frequent words and phrases in `texts`, most comments first, at most `limit`. A word is left out
    /// when a listed phrase holding it is in as many comments.
    public static func frequent(_ texts: [String], limit: Int = 12, minimumComments: Int = 3) -> [Term] {
        frequent(terms: texts.map(terms(in:)), limit: limit, minimumComments: minimumComments)
    }

    /// The words and two-word phrases of one comment that can be listed (each once), so that a caller can read
    /// every comment once, on every core, and count them for several lists.
    public static func terms(in text: String) -> Set<String> {
        let reading = TextReading(text)
        var seen: Set<String> = []
        var previous: (word: String, sentence: Int)?
        for word in reading.words() {
            let token = reading.tokens[word.token]
            guard token.kind == .word, word.text.count >= 3, !commonWords.contains(word.text),
                  word.text.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }) else {
                previous = nil
                continue
            }
            seen.insert(word.text)
            if let previous, previous.sentence == token.sentence { seen.insert(previous.word + " " + word.text) }
            previous = (word.text, token.sentence)
        }
        return seen
    }

    /// The most frequent of comments' terms (from `terms(in:)`), as `frequent(_:limit:minimumComments:)`.
    public static func frequent(terms: [Set<String>], limit: Int = 12, minimumComments: Int = 3) -> [Term] {
        var counts: [String: Int] = [:]
        for seen in terms { for term in seen { counts[term, default: 0] += 1 } }
        let frequent = counts.filter { $0.value >= minimumComments }
        // For each word, the most comments any listed phrase holding it is in: one pass over the phrases.
        var bestPhrase: [Substring: Int] = [:]
        for (phrase, count) in frequent where phrase.contains(" ") {
            for word in phrase.split(separator: " ") { bestPhrase[word] = max(bestPhrase[word] ?? 0, count) }
        }
        let kept = frequent.filter { term, count in
            term.contains(" ") || (bestPhrase[Substring(term)] ?? 0) < count
        }
        return kept.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(limit).map { Term(text: $0.key, comments: $0.value) }
    }
}
