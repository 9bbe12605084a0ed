/// A comment read once, the one way Heard reads text: every token with its kind, its exact place in the
/// original (UTF-8 offsets), its folded form for matching, its text-speak expansion, its sentence and clause,
/// and whether a negator governs it. Redaction replaces spans by `utf8Range`; evidence quotes `original(_:)`;
/// matchers compare `folded` or `words()`; the safeguarding screen asks `isNegated`.
///
///     let reading = TextReading("ur sw wont ring me bk")
///     reading.words().map(\.text)   // ["your", "social", "worker", "wont", "ring", "me", "back"]
///     reading.tokens[3].isNegated   // true: "ring" is governed by "wont"
///
/// Reading rules, decided once for every client:
/// - Words keep every alphabet and their marks (ż ł ș ț ğ ı, Cyrillic, Arabic, Devanagari). A hyphen splits
///   ("step-dad" is "step", "-", "dad", touching: compare `utf8Range` bounds to rejoin).
/// - Folding is lower case with apostrophes dropped, so "don't", "dont" and "Don’t" all fold to "dont". The
///   `.apostrophe` trait keeps what the apostrophe told apart ("I'd" from "id", "we'll" from "well").
/// - A sentence ends at . ! ? … (not "Mr." or "gmail.com") and at a line break. A clause also ends at , ; : ( )
///   a dash between spaces, before a clause word ("but", "and", "because", "when", "why", "that"...), and, for
///   text written with no punctuation at all, before a subject pronoun that follows another word
///   ("he hits me i dont want to go home" -> "he hits me | i dont want to go home").
/// - A negator ("not", "never", "no", "nobody", "dont", "cant", or text-speak for one) governs the words after
///   it in its clause, at most `negationReach` of them. Only forward: "hitting me never happens" is not read.
public struct TextReading: Sendable {
    /// The text as given.
    public let text: String
    /// The tokens in order. Spaces and line breaks are not tokens.
    public let tokens: [TextToken]

    /// How many words a negator governs at most when no clause boundary comes first: enough for "dont feel
    /// safe at home", short enough that a run-on comment's later harm is not read as denied.
    public static let negationReach = 6

    /// Reads `text` with the shipped text-speak table.
    public init(_ text: String) {
        self.init(text, lexicon: .standard, asciiFastPath: true)
    }

    /// `asciiFastPath: false` reads ASCII through Unicode properties too (tests compare the two paths).
    init(_ text: String, lexicon: Lexicon, asciiFastPath: Bool) {
        self.text = text
        var copy = text
        tokens = copy.withUTF8 { bytes in
            var scanner = TextScanner(bytes: bytes, lexicon: lexicon, asciiFastPath: asciiFastPath)
            scanner.scan()
            return scanner.tokens
        }
    }

    /// How many sentences hold a token.
    public var sentenceCount: Int { tokens.last.map { $0.sentence + 1 } ?? 0 }
    /// How many clauses hold a token.
    public var clauseCount: Int { tokens.last.map { $0.clause + 1 } ?? 0 }

    /// The token's place in `text` as string indices.
    public func range(of token: TextToken) -> Range<String.Index> {
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: token.utf8Range.lowerBound)
        return lower..<utf8.index(lower, offsetBy: token.utf8Range.count)
    }

    /// The token exactly as written.
    public func original(_ token: TextToken) -> Substring {
        Substring(text.utf8[range(of: token)])
    }

    /// The original text from the first token to the last, as written (spaces and marks between included):
    /// the words evidence quotes.
    public func original(tokens indices: ClosedRange<Int>) -> Substring {
        let lower = range(of: tokens[indices.lowerBound]).lowerBound
        return Substring(text.utf8[lower..<range(of: tokens[indices.upperBound]).upperBound])
    }

    /// The index of the negator that governs token `index`, or nil when it is not negated.
    public func negator(of index: Int) -> Int? {
        guard tokens[index].isNegated else { return nil }
        var position = index - 1
        while position >= 0 && tokens[position].clause == tokens[index].clause {
            if tokens[position].traits.contains(.negator) { return position }
            position -= 1
        }
        return nil
    }

    /// A word for matching and the token it came from: text-speak is spelled out, so one token may give
    /// several words ("sw" -> "social", "worker").
    public struct Word: Sendable, Hashable {
        /// Folded, or one word of the token's expansion.
        public var text: String
        /// The index of its token in `tokens`.
        public var token: Int
    }

    /// The words and numbers for matching, in order, text-speak spelled out. Punctuation, symbols and
    /// placeholders are left out.
    public func words() -> [Word] {
        var words: [Word] = []
        words.reserveCapacity(tokens.count + 4)
        for (index, token) in tokens.enumerated() where token.isWordLike {
            if let expansion = token.expansion {
                for word in expansion { words.append(Word(text: word, token: index)) }
            } else {
                words.append(Word(text: token.folded, token: index))
            }
        }
        return words
    }
}
