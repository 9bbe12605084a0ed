/// House numbers written in words: "sixty two killyleagh brae", "flat thirty one", "number ten speke street",
/// "seventy-one Cedar Link". A tens word ("sixty", "seventy-one", "twenty five") is read as one number token
/// wherever it stands; a word from two to nineteen only after a word that gives a number ("flat", "room",
/// "number", "no") or says where ("at", "to", "from", "is"), so "two of my mates" and "one way" stay words.
/// The finder still needs a street, a building or a flat around the number before anything is an address.
extension AddressTokens {
    /// Number words and whether each may stand alone (a tens word) or only after a cue.
    static let numberWords: [String: Bool] = {
        var words: [String: Bool] = [:]
        for unit in ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
                     "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"] { words[unit] = false }
        for tens in tensWords {
            words[tens] = true
            for unit in unitWords { words[tens + "-" + unit] = true }
        }
        return words
    }()
    static let tensWords = ["twenty", "thirty", "forty", "fourty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    static let unitWords = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    /// Words after which a number from two to nineteen is a house's or a flat's.
    static let numberCues: Set<String> = [
        "flat", "flt", "room", "rm", "studio", "unit", "apartment", "apt", "bedroom", "bedsit", "plot", "pitch", "number",
        "no", "nr", "num", "numb", "at", "to", "from", "is", "was", "sit", "van", "caravan", "chalet", "lodge",
    ]

    /// Whether a token's text is a number in words ("sixty two", "seventy-one", "ten").
    static func isSpelledNumber(_ text: Substring) -> Bool {
        guard let first = text.first, first.isLetter else { return false }
        return text.lowercased().split(separator: " ").allSatisfy { numberWords[String($0)] != nil || unitWords.contains(String($0)) }
    }

    /// The tokens with each number in words made one `.number` token ("sixty" "two" -> "sixty two").
    static func joiningSpelledNumbers(_ items: [Token], in text: String) -> [Token] {
        var result: [Token] = []
        result.reserveCapacity(items.count)
        var index = 0
        while index < items.count {
            let token = items[index]
            guard token.kind == .word, let alone = numberWords[token.lower] else {
                result.append(token)
                index += 1
                continue
            }
            let previous = result.last
            let cued = previous.map { $0.kind == .word && numberCues.contains($0.lower) && token.gap == .space } ?? false
            guard alone || cued else {
                result.append(token)
                index += 1
                continue
            }
            var end = index
            // "twenty five": a tens word and a unit after a space.
            if tensWords.contains(token.lower), index + 1 < items.count, items[index + 1].gap == .space,
               items[index + 1].kind == .word, unitWords.contains(items[index + 1].lower) {
                end = index + 1
            }
            let range = token.range.lowerBound..<items[end].range.upperBound
            let lower = items[index...end].map(\.lower).joined(separator: " ")
            result.append(Token(range: range, text: text[range], lower: lower, kind: .number, gap: token.gap,
                                isCapitalised: token.isCapitalised))
            index = end + 1
        }
        return result
    }
}
