import HeardCore

/// A comment as the address finder reads it: words, numbers ("12", "36-40", "4f3", "0/2"), codes ("l19",
/// "B06") and placeholders, each with what separates it from the token before (spaces, a comma, a line
/// break, or anything else, which ends an address). An abbreviation's dot ("no.", "rd.", "Terr.") is part
/// of its word.
struct AddressTokens {
    enum Kind { case word, number, code, placeholder }
    enum Gap { case start, none, space, comma, newline, other }

    struct Token {
        var range: Range<String.Index>
        var text: Substring
        /// Lower case, without an abbreviation's dot.
        var lower: String
        var kind: Kind
        var gap: Gap
        /// A word spelled the dictionary way is everyday ("mill", "church"); names, capitals and unknown words
        /// are a street's own ("Kestrel", "ullswater").
        var isCapitalised: Bool
    }

    var items: [Token] = []

    init(_ text: String) {
        if TextFolding.isASCII(text) { self.init(ascii: text) } else { self.init(characters: text) }
        if items.contains(where: { $0.kind == .word && Self.mayBeNumberWord($0.lower) && Self.numberWords[$0.lower] != nil }) {
            items = Self.joiningSpelledNumbers(items, in: text)
        }
        // "c/o", "n/a", "w/e": a slash between single letters is a word's, not a break between an address's parts.
        if text.utf8.contains(47) {
            for index in items.indices.dropFirst() where items[index].gap == .comma
                && (items[index].text.count == 1 || items[index - 1].text.count == 1)
                && text[items[index - 1].range.upperBound..<items[index].range.lowerBound].contains("/") {
                items[index].gap = .other
            }
        }
    }

    /// Any comment, character by character. Each character is read once, with its start and whether it is a
    /// letter or a number, and the reading then works on those arrays: walking a `String` by its indices works
    /// out a character's extent every time one is asked for (three or four times per character here).
    private init(characters text: String) {
        let characters = Array(text)
        var starts = Array(text.indices)
        starts.append(text.endIndex)
        let letter = characters.map(\.isLetterQuick)
        let number = characters.map(\.isNumberQuick)
        let count = characters.count
        var index = 0
        var gapStart = 0
        while index < count {
            let character = characters[index]
            let startsToken = letter[index] || number[index] || character == "["
            guard startsToken else {
                index += 1
                continue
            }
            let gap = Self.gap(text[starts[gapStart]..<starts[index]], first: items.isEmpty)
            var end = index + 1
            var kind: Kind
            if character == "[" {
                guard let close = characters[index...].firstIndex(of: "]"), close - index < 24 else {
                    index = end
                    gapStart = index
                    continue
                }
                end = close + 1
                kind = .placeholder
            } else {
                let startsWithDigit = number[index]
                var digits = false
                while end < count {
                    if letter[end] || number[end] { end += 1; continue }
                    let next = characters[end]
                    let after = end + 1
                    guard after < count else { break }
                    let joined = startsWithDigit ? (next == "/" || next == "-") && number[after]
                        : (next == "'" || next == "’" || next == "-") && letter[after]
                    guard joined else { break }
                    end = after
                }
                for position in index..<end where number[position] {
                    digits = true
                    break
                }
                if startsWithDigit { kind = .number } else if digits { kind = .code } else { kind = .word }
                if kind == .word, end < count, characters[end] == ".",
                   Self.abbreviations.contains(Self.lowered(text[starts[index]..<starts[end]])) {
                    end += 1
                }
            }
            let piece = text[starts[index]..<starts[end]]
            var lower = Self.lowered(piece)
            if lower.hasSuffix(".") { lower.removeLast() }
            items.append(Token(range: starts[index]..<starts[end], text: piece, lower: lower, kind: kind, gap: gap,
                               isCapitalised: characters[index].isUppercaseQuick))
            index = end
            gapStart = end
        }
    }

    /// `piece.lowercased()`, from the bytes when the piece is ASCII (most words of a comment that is not).
    static func lowered(_ piece: Substring) -> String {
        guard piece.utf8.allSatisfy({ $0 < 0x80 }) else { return piece.lowercased() }
        return String(decoding: piece.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
    }

    /// The same reading on the bytes of an ASCII comment (most comments), without a `Character` per letter.
    private init(ascii text: String) {
        let bytes = Array(text.utf8)
        let utf8 = text.utf8
        var base = utf8.startIndex
        var baseOffset = 0
        /// Indices are asked for in increasing order: each walks on from the last.
        func stringIndex(_ offset: Int) -> String.Index {
            base = utf8.index(base, offsetBy: offset - baseOffset)
            baseOffset = offset
            return base
        }
        var tokens: [Token] = []
        Self.cutASCII(bytes) { cut in
            // Lower case, without an abbreviation's dot, written straight into the string: no array of bytes per
            // token.
            let count = cut.wordEnd - cut.start
            let lower = String(unsafeUninitializedCapacity: count) { buffer in
                for offset in 0..<count {
                    let byte = bytes[cut.start + offset]
                    buffer[offset] = byte >= 65 && byte <= 90 ? byte + 32 : byte
                }
                return count
            }
            let range = stringIndex(cut.start)..<stringIndex(cut.end)
            let first = bytes[cut.start]
            tokens.append(Token(range: range, text: text[range], lower: lower, kind: cut.kind,
                                gap: Self.gap(bytes[cut.gapStart..<cut.start], first: tokens.isEmpty),
                                isCapitalised: first >= 65 && first <= 90))
            return true
        }
        items = tokens
    }

    private static func gap(_ between: Substring, first: Bool) -> Gap {
        if first { return .start }
        if between.isEmpty { return .none }
        var comma = false, newline = false
        for character in between {
            switch character {
            case " ", "\t": continue
            case ",", "/": comma = true
            case "\n", "\r", "\r\n": newline = true
            default: return .other
            }
        }
        return newline ? .newline : comma ? .comma : .space
    }

    /// Whether `lower` could be a key of `numberWords`, from its length and first byte: most words are not,
    /// and this answers without hashing them.
    static func mayBeNumberWord(_ lower: String) -> Bool {
        guard let first = lower.utf8.first else { return false }
        return numberWordOpenings[Int(first)] && lower.utf8.count >= shortestNumberWord
    }

    /// The first bytes of `numberWords`' keys, and the length of the shortest, read from the table itself.
    private static let numberWordOpenings: [Bool] = {
        var openings = [Bool](repeating: false, count: 256)
        for word in numberWords.keys { if let first = word.utf8.first { openings[Int(first)] = true } }
        return openings
    }()
    private static let shortestNumberWord = numberWords.keys.map(\.utf8.count).min() ?? 0

    /// Abbreviations whose dot does not end a sentence.
    static let abbreviations: Set<String> = [
        "no", "st", "rd", "ave", "av", "terr", "tce", "cres", "gr", "gro", "pde", "pl", "cl", "ct", "dr", "sq", "mt",
        "ln", "gdns", "blvd", "ul", "str", "cad", "sk", "mah", "apt", "rm", "fl", "flt", "nr", "rd", "cl", "crt",
        "wy", "bldg", "ho", "hse", "appr", "al", "gdn", "est", "pk", "vw", "hts", "mws", "num", "numb",
    ]
}
