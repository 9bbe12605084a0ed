/// A comment read as tokens for the finders of identifiers said aloud or spelt out (`SpokenPhones`,
/// `SpokenHandles`, `SpacedPostcodes`): runs of letters, digits and underscores of any script, and the bytes
/// between them. Read from the comment's UTF-8 bytes, so a span found is a byte range to replace.
struct SpokenTokens {
    struct Token {
        var start: Int
        var end: Int
        /// The token in lower case, marks taken off Latin letters (`NameKey`), for look-ups.
        var key: String
        /// ASCII digits and ASCII letters in it.
        var digits = 0
        var letters = 0
        var isASCII = true

        var length: Int { end - start }
        var isNumber: Bool { digits == length }
        /// One letter or one digit: a piece of something spelt out ("b e x", "0 7").
        var isSingle: Bool { length == 1 }
    }

    let bytes: [UInt8]
    private(set) var tokens: [Token] = []

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var tokens: [Token] = []
        _ = Self.anyRange(in: bytes) { range in
            var token = Token(start: range.lowerBound, end: range.upperBound, key: "")
            for byte in bytes[range] {
                if byte >= 48 && byte <= 57 { token.digits += 1 }
                else if (byte | 32) >= 97 && (byte | 32) <= 122 { token.letters += 1 }
                else if byte >= 0x80 { token.isASCII = false }
            }
            if token.isASCII {
                token.key = String(decoding: bytes[range].map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
            } else {
                token.key = NameKey.key(String(decoding: bytes[range], as: UTF8.self).lowercased())
            }
            tokens.append(token)
            return false
        }
        self.tokens = tokens
    }

    /// Walks the tokens' byte ranges in order (the bytes between them are the gaps), stopping at the first range
    /// `visit` answers true for; whether one did. The walk `init` makes, without building keys, for the finders'
    /// tests over bytes alone (`SpokenPhones.mayHold`, `SpokenHandles.mayHold`).
    static func anyRange(in bytes: [UInt8], where visit: (Range<Int>) -> Bool) -> Bool {
        var index = 0
        while index < bytes.count {
            guard isTokenByte(bytes, at: index) else {
                index += 1
                continue
            }
            var end = index
            while end < bytes.count, isTokenByte(bytes, at: end) { end += 1 }
            if visit(index..<end) { return true }
            index = end
        }
        return false
    }

    /// The bytes between token `index` and the next one (or the end).
    func gap(after index: Int) -> ArraySlice<UInt8> {
        let end = index + 1 < tokens.count ? tokens[index + 1].start : bytes.count
        return bytes[tokens[index].end..<end]
    }

    /// The bytes between the previous token (or the start) and token `index`.
    func gap(before index: Int) -> ArraySlice<UInt8> {
        let start = index > 0 ? tokens[index - 1].end : 0
        return bytes[start..<tokens[index].start]
    }

    /// Whether the bytes hold only spaces and the marks in `marks`, and no more than `limit` of them.
    static func isGap(_ gap: ArraySlice<UInt8>, marks: [UInt8], limit: Int) -> Bool {
        gap.count <= limit && gap.allSatisfy { $0 == 32 || marks.contains($0) }
    }

    /// What a reader finds at one token: the bytes to replace and their placeholder (nil when nothing starts
    /// here), and the token to read from next.
    typealias Step = (span: (Range<Int>, Placeholder)?, next: Int)

    /// The comment with every run a reader finds replaced by its placeholder. `mayHold` screens the bytes first;
    /// then `step` is asked at each token in order, from the first, and always moves on by a token at least.
    static func redact(_ text: String, mayHold: ([UInt8]) -> Bool, step: (SpokenTokens, Int) -> Step) -> String {
        let bytes = Array(text.utf8)
        guard mayHold(bytes) else { return text }
        let tokens = SpokenTokens(bytes)
        var spans: [(Range<Int>, Placeholder)] = []
        var index = 0
        while index < tokens.tokens.count {
            let found = step(tokens, index)
            if let span = found.span { spans.append(span) }
            index = max(found.next, index + 1)
        }
        return spans.isEmpty ? text : replacing(bytes, spans)
    }

    /// The comment with each span replaced by its placeholder (spans in order, never overlapping).
    static func replacing(_ bytes: [UInt8], _ spans: [(Range<Int>, Placeholder)]) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var copied = 0
        for (range, placeholder) in spans {
            output.append(contentsOf: bytes[copied..<range.lowerBound])
            output.append(contentsOf: placeholder.rawValue.utf8)
            copied = range.upperBound
        }
        output.append(contentsOf: bytes[copied...])
        return String(decoding: output, as: UTF8.self)
    }

    /// A byte of a token: an ASCII letter, digit or underscore, or a byte of a character outside ASCII that is
    /// not punctuation (curly quotes, dashes and the ellipsis of U+2000-206F, the Arabic comma and full stop,
    /// ideographic and full-width punctuation separate tokens).
    static func isTokenByte(_ bytes: [UInt8], at index: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 {
            return (byte >= 48 && byte <= 57) || ((byte | 32) >= 97 && (byte | 32) <= 122) || byte == 95
        }
        // Back to the first byte of this character.
        var lead = index
        while lead > 0, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
        let first = bytes[lead]
        let second = lead + 1 < bytes.count ? bytes[lead + 1] : 0
        switch first {
        case 0xE2: return !(second == 0x80 || second == 0x81)  // general punctuation
        case 0xE3: return second != 0x80  // ideographic comma and full stop
        case 0xEF: return second != 0xBC  // full-width marks
        case 0xD8: return second != 0x8C  // Arabic comma
        case 0xDB: return second != 0x94  // Arabic full stop
        case 0xC2: return second >= 0xC0 || second == 0xAA || second == 0xBA  // Latin-1 punctuation and spaces
        default: return true
        }
    }
}
