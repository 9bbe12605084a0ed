import HeardCore

/// Which comments may be quoted, and which approved quotes are shown. A quote is always redacted text, never
/// from a comment with a safeguarding concern, at most 40 words, from a theme raised by more than the
/// threshold of different young people, and published only once the Children in Care Council approved it.
enum QuoteSelection {
    static let maximumWords = 40

    static func isQuotable(_ comment: Comment) -> Bool {
        !comment.hasConcern && hasQuotableLength(wordCount(comment.text))
    }

    /// Whether a text of this many words may be quoted (3 to `maximumWords`).
    static func hasQuotableLength(_ words: Int) -> Bool { words >= 3 && words <= maximumWords }

    /// Words separated by white space; bytes for ASCII text, Characters otherwise.
    static func wordCount(_ text: String) -> Int {
        guard TextFolding.isASCII(text) else { return text.split(whereSeparator: \.isWhitespace).count }
        var words = 0, inWord = false
        for byte in text.utf8 {
            let isSpace = byte == 32 || (9...13).contains(byte)
            if !isSpace, !inWord { words += 1 }
            inWord = !isSpace
        }
        return words
    }

    /// Stable id of a candidate quote.
    static func id(series: SurveySeries, wave: Wave, text: String) -> String {
        id(idNumber(series: series, wave: wave, text: text))
    }

    /// The id written for an `idNumber`: hexadecimal.
    static func id(_ number: UInt64) -> String { String(number, radix: 16) }

    /// The number `id` writes in hexadecimal: two ids are the same exactly when their numbers are.
    static func idNumber(series: SurveySeries, wave: Wave, text: String) -> UInt64 {
        // FNV-1a of "series\0wave\0text": an id, not a secret. Hashed part by part (this runs for every
        // quotable comment, and joining the parts first made a string of each).
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func add(_ byte: UInt8) {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        for byte in series.id.utf8 { add(byte) }
        add(0)
        for byte in wave.label.utf8 { add(byte) }
        add(0)
        for byte in text.utf8 { add(byte) }
        return hash
    }

    /// Up to three approved quotes that differ from each other in their words.
    static func pick(_ approved: [String], limit: Int = 3) -> [String] {
        var chosen: [String] = []
        var chosenWords: [Set<String>] = []
        for quote in approved.sorted(by: { $0.count > $1.count || ($0.count == $1.count && $0 < $1) }) {
            let words = Set(quote.lowercased().split { !$0.isLetter }.map(String.init))
            let similar = chosenWords.contains { other in
                Double(words.intersection(other).count) / Double(max(1, words.union(other).count)) > 0.5
            }
            if !similar {
                chosen.append(quote)
                chosenWords.append(words)
            }
            if chosen.count == limit { break }
        }
        return chosen
    }
}

/// What the Children in Care Council decided about one quote.
public struct ReviewDecision: Sendable, Codable, Hashable {
    public enum Kind: String, Sendable, Codable {
        case approve, hide, reword
    }

    public var id: String
    public var decision: Kind
    /// New wording for `reword` (redacted again before use).
    public var wording: String?

    public init(id: String, decision: Kind, wording: String? = nil) {
        self.id = id
        self.decision = decision
        self.wording = wording
    }
}

extension QuoteSelection {
    /// How well a comment would read as a quote on a poster, 0 when it should not be offered: best from 6 to 25
    /// words, worse for every placeholder where details were taken out ("[name]"), for shouting in capitals and
    /// for runs of punctuation; nothing that is mostly placeholders.
    static func clarity(_ text: String) -> Double { clarity(text, words: wordCount(text)) }

    /// `clarity(_:)` of a text of `words` words (`wordCount`).
    static func clarity(_ text: String, words: Int) -> Double {
        guard words >= 3 else { return 0 }
        let placeholders = text.utf8.filter { $0 == UInt8(ascii: "[") }.count
        guard placeholders * 4 <= words else { return 0 }
        var score = 1.0
        if words < 6 { score -= 0.1 * Double(6 - words) }
        if words > 25 { score -= 0.02 * Double(words - 25) }
        score -= 0.3 * Double(placeholders)
        let (letters, capitals) = letterCounts(text)
        if letters >= 10, capitals * 2 > letters { score -= 0.4 }
        if hasRun(of: UInt8(ascii: "!"), 2, in: text) || hasRun(of: UInt8(ascii: "?"), 2, in: text)
            || hasRun(of: UInt8(ascii: "."), 3, in: text) { score -= 0.1 }
        return max(0.01, score)
    }

    /// Whether `text` holds `length` of this ASCII character in a row (read from its bytes: an ASCII byte is
    /// never part of another character in UTF-8).
    static func hasRun(of byte: UInt8, _ length: Int, in text: String) -> Bool {
        var run = 0
        for next in text.utf8 {
            run = next == byte ? run + 1 : 0
            if run == length { return true }
        }
        return false
    }

    /// Letters and capital letters in `text`: bytes for ASCII text (most comments), Unicode properties otherwise.
    static func letterCounts(_ text: String) -> (letters: Int, capitals: Int) {
        guard TextFolding.isASCII(text) else {
            let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
            return (letters.count, letters.filter { $0.properties.isUppercase }.count)
        }
        var letters = 0, capitals = 0
        for byte in text.utf8 {
            if (65...90).contains(byte) {
                letters += 1
                capitals += 1
            } else if (97...122).contains(byte) {
                letters += 1
            }
        }
        return (letters, capitals)
    }
}
