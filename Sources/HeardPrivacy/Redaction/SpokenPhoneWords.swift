/// How one piece of a phone number said aloud reads as digits: a group of digits, a digit word ("oh", "0h",
/// "seven", "sıfır"), a number said in tens ("ninety-seven", "thirty seven", "seventy" alone, "fifteen"), a digit
/// word run into digits ("four045", "nought098146"), "double"/"treble" before any of these, or a group with the
/// letter O typed for a nought ("90O").
extension SpokenPhones {
    /// What the tokens from `index` say: their digits, the last token read, and whether a word was among them.
    static func said(_ tokens: SpokenTokens, _ vocabulary: DigitWords, at index: Int) -> (digits: [UInt8], last: Int, isWord: Bool)? {
        let token = tokens.tokens[index]
        if token.isNumber { return (tokens.bytes[token.start..<token.end].map { $0 - 48 }, index, false) }
        if let digit = vocabulary.digit(token.key) { return ([digit], index, true) }
        // "07700 90O 123", "O77OO": a letter O typed for a nought among digits.
        if let read = oughtDigits(tokens, token) { return (read, index, true) }
        if let teen = teens[token.key] { return ([1, teen], index, true) }
        if let tens = tens[token.key] {
            // "ninety-seven", "thirty seven": a unit word after the tens, with one dash or space between.
            if index + 1 < tokens.tokens.count, SpokenTokens.isGap(tokens.gap(after: index), marks: [45], limit: 1),
               let unit = DigitWords.english[tokens.tokens[index + 1].key], unit > 0 {
                return ([tens, unit], index + 1, true)
            }
            return ([tens, 0], index, true)
        }
        if let glued = gluedDigits(tokens, vocabulary, token) { return (glued, index, true) }
        // "double oh", "treble 4", "double five5628": the next piece's first digit said two or three times.
        if let times = DigitWords.multipliers[token.key], index + 1 < tokens.tokens.count,
           SpokenTokens.isGap(tokens.gap(after: index), marks: gapMarks, limit: 5),
           let next = said(tokens, vocabulary, at: index + 1), next.last == index + 1, let digit = next.digits.first,
           DigitWords.multipliers[tokens.tokens[index + 1].key] == nil {
            return (Array(repeating: digit, count: times - 1) + next.digits, index + 1, true)
        }
        return nil
    }

    /// "four045", "nought098146", "five752": a digit word with the digits typed after it run on; nil otherwise.
    static func gluedDigits(_ tokens: SpokenTokens, _ vocabulary: DigitWords, _ token: SpokenTokens.Token) -> [UInt8]? {
        guard token.isASCII, token.digits >= 2, token.letters >= 2 else { return nil }
        let bytes = tokens.bytes[token.start..<token.end]
        guard let firstDigit = bytes.firstIndex(where: { $0 >= 48 && $0 <= 57 }), firstDigit > token.start,
              bytes[firstDigit...].allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        let word = String(decoding: bytes[..<firstDigit].map { $0 | 32 }, as: UTF8.self)
        guard let digit = vocabulary.digit(word) ?? DigitWords.english[word], word.count >= 2 else { return nil }
        return [digit] + bytes[firstDigit...].map { $0 - 48 }
    }

    /// Tens said as one word (`DigitWords.englishTens`), and "fourty" as young people often spell it: only the
    /// phone reader takes the misspelling (the postcode and reference readers never did).
    static let tens = DigitWords.englishTens.merging(["fourty": 4]) { listed, _ in listed }
    /// "ten" to "nineteen": a one and the second digit.
    static let teens = DigitWords.englishTeens
}
