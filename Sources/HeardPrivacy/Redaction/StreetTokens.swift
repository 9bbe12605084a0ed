/// A comment as words and numbers with what stands between them, for finding streets without a regular
/// expression: "12 Smith Park" is a number, a space, a word, a space, a word.
struct StreetTokens {
    struct Token {
        var text: String
        var lower: String
        var range: Range<String.Index>
        var isWord: Bool
        /// Exactly one space before it, after another token.
        var spaceBefore: Bool
        /// ", " before it.
        var commaSpaceBefore: Bool

        /// "12", "176b", "4a": a house number of one to four digits and an optional letter.
        var isHouseNumber: Bool {
            guard !isWord else { return false }
            let digits = text.prefix { $0.isNumber }
            let rest = text.dropFirst(digits.count)
            return (1...4).contains(digits.count) && rest.count <= 1 && rest.allSatisfy(\.isLetter)
        }
    }

    var items: [Token] = []

    init(_ text: String) {
        var index = text.startIndex
        var gap = ""
        while index < text.endIndex {
            let character = text[index]
            guard character.isLetter || character.isNumber else {
                gap.append(character)
                index = text.index(after: index)
                continue
            }
            let startsWithDigit = character.isNumber
            var end = text.index(after: index)
            while end < text.endIndex {
                let next = text[end]
                let inner = (next == "'" || next == "’" || next == "-") && !startsWithDigit
                    && text.index(after: end) < text.endIndex && text[text.index(after: end)].isLetter
                guard next.isLetter || next.isNumber || inner else { break }
                end = text.index(after: end)
            }
            let word = String(text[index..<end])
            items.append(Token(text: word, lower: word.lowercased(), range: index..<end, isWord: !startsWithDigit,
                               spaceBefore: !items.isEmpty && gap == " ", commaSpaceBefore: !items.isEmpty && gap == ", "))
            gap = ""
            index = end
        }
    }
}
