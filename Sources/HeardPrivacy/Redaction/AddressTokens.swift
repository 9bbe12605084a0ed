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
        var index = text.startIndex
        var gapStart = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let startsToken = character.isLetter || character.isNumber || character == "["
            guard startsToken else {
                index = text.index(after: index)
                continue
            }
            let gap = Self.gap(text[gapStart..<index], first: items.isEmpty)
            var end = text.index(after: index)
            var kind: Kind
            if character == "[" {
                guard let close = text[index...].firstIndex(of: "]"), text.distance(from: index, to: close) < 24 else {
                    index = end
                    gapStart = index
                    continue
                }
                end = text.index(after: close)
                kind = .placeholder
            } else {
                let startsWithDigit = character.isNumber
                while end < text.endIndex {
                    let next = text[end]
                    if next.isLetter || next.isNumber { end = text.index(after: end); continue }
                    let after = text.index(after: end)
                    guard after < text.endIndex else { break }
                    let joined = startsWithDigit ? (next == "/" || next == "-") && text[after].isNumber
                        : (next == "'" || next == "’" || next == "-") && text[after].isLetter
                    guard joined else { break }
                    end = after
                }
                let piece = text[index..<end]
                let digits = piece.filter(\.isNumber).count
                if startsWithDigit { kind = .number } else if digits > 0 { kind = .code } else { kind = .word }
                if kind == .word, end < text.endIndex, text[end] == ".", Self.abbreviations.contains(piece.lowercased()) {
                    end = text.index(after: end)
                }
            }
            let piece = text[index..<end]
            var lower = piece.lowercased()
            if lower.hasSuffix(".") { lower.removeLast() }
            items.append(Token(range: index..<end, text: piece, lower: lower, kind: kind, gap: gap,
                               isCapitalised: piece.first?.isUppercase == true))
            index = end
            gapStart = end
        }
    }

    private static func gap(_ between: Substring, first: Bool) -> Gap {
        if first { return .start }
        if between.isEmpty { return .none }
        var comma = false, newline = false
        for character in between {
            switch character {
            case " ", "\t": continue
            case ",": comma = true
            case "\n", "\r", "\r\n": newline = true
            default: return .other
            }
        }
        return newline ? .newline : comma ? .comma : .space
    }

    /// Abbreviations whose dot does not end a sentence.
    static let abbreviations: Set<String> = [
        "no", "st", "rd", "ave", "av", "terr", "tce", "cres", "gr", "gro", "pde", "pl", "cl", "ct", "dr", "sq", "mt",
        "ln", "gdns", "blvd", "ul", "str", "cad", "sk", "mah", "apt", "rm", "fl", "flt", "nr", "rd", "cl", "crt",
        "wy", "bldg", "ho", "hse", "appr", "al", "gdn", "est", "pk", "vw", "hts", "mws", "num", "numb",
    ]
}
