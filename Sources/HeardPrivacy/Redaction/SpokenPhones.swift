/// Phone numbers said rather than typed: a run of digits, digit words in any language of `DigitWords`
/// ("oh seven seven double oh nine ...", "07585 nine, seven, two", "sıfır yedi altı ...", "zero-seven-two-five"),
/// "double"/"treble" before a digit, "oh" and "o" for nought, whatever separates them (spaces, commas, dashes,
/// dots, "..."), that reaches a phone number's length. Plain digit runs are `DigitRuns`' own; this reads a run
/// only when two words are in it ("due 13-2-2020" is a date), one word in a UK number's shape (ten or eleven digits
/// from a nought: "079 nine 562 052 9"), or a gap `DigitRuns` does not cross ("0784...9117333").
///
/// A run needs eight digits or more and three different digits, so numbers said aloud stay ("two one to us",
/// "five ninety nine", "no no no no"). Before any work, one pass over the bytes asks whether eight
/// digit-like tokens stand in a row (`mayHold`).
enum SpokenPhones {
    static let minimumDigits = 8
    private static let gapMarks: [UInt8] = Array(",.-()/".utf8)

    static func redact(_ text: String) -> String {
        let vocabulary = DigitWords.shipped
        return SpokenTokens.redact(text, mayHold: mayHold) { tokens, index in
            let run = run(tokens, vocabulary, from: index)
            // A shorter run inside one that is no phone reads as a phone no more than it does.
            guard run.isPhone else { return (nil, run.last + 1) }
            var start = tokens.tokens[index].start
            let before = tokens.gap(before: index)
            let plus = before.last == 43 || (before.last == 40 && before.dropLast().last == 43)
            if plus { start = before.lastIndex(of: 43)! }
            return ((start..<tokens.tokens[run.last].end, placeholder(run.digits, plus: plus)), run.last + 1)
        }
    }

    /// The run of digit tokens from `first` (its last token, `first - 1` when there is none), its digits, and
    /// whether it reads as a phone number.
    static func run(_ tokens: SpokenTokens, _ vocabulary: DigitWords, from first: Int) -> (last: Int, digits: [UInt8], isPhone: Bool) {
        var digits: [UInt8] = []
        var words = 0
        var crossesDots = false
        var last = first - 1
        var index = first
        while index < tokens.tokens.count {
            if index > first {
                let gap = tokens.gap(before: index)
                guard SpokenTokens.isGap(gap, marks: gapMarks, limit: 5) else { break }
                if gap.filter({ $0 == 46 }).count >= 2 { crossesDots = true }
            }
            let token = tokens.tokens[index]
            if token.isNumber {
                digits.append(contentsOf: tokens.bytes[token.start..<token.end].map { $0 - 48 })
                last = index
                index += 1
                continue
            }
            if let digit = vocabulary.digit(token.key) {
                digits.append(digit)
                words += 1
                last = index
                index += 1
                continue
            }
            // "07700 90O 123", "O77OO": a letter O typed for a nought among digits.
            if let read = oughtDigits(tokens, token) {
                digits.append(contentsOf: read)
                words += 1
                last = index
                index += 1
                continue
            }
            // "double oh", "treble 4": the next token, one digit, said two or three times.
            if let times = DigitWords.multipliers[token.key], index + 1 < tokens.tokens.count,
               SpokenTokens.isGap(tokens.gap(after: index), marks: gapMarks, limit: 5) {
                let next = tokens.tokens[index + 1]
                let digit = next.isNumber && next.length == 1 ? tokens.bytes[next.start] - 48 : vocabulary.digit(next.key)
                guard let digit else { break }
                digits.append(contentsOf: repeatElement(digit, count: times))
                words += 1
                last = index + 1
                index += 2
                continue
            }
            break
        }
        // Digits alone across "...": a phone number's length only ("0784...9117333"), never a list of years.
        // One word is enough in a UK number's shape: "079 nine 562 052 9".
        let isPhone = last >= first && digits.count >= minimumDigits && Set(digits).count >= 3 && !isCounting(digits)
            && (words >= 2 || (crossesDots || words == 1) && digits.first == 0 && (10...11).contains(digits.count))
        return (last, digits, isPhone)
    }

    /// The digits of a token of digits and the letter O ("90O", "O77OO"), the O read as a nought; nil for any
    /// other token, or one with no digit ("oo").
    static func oughtDigits(_ tokens: SpokenTokens, _ token: SpokenTokens.Token) -> [UInt8]? {
        guard token.isASCII, token.digits >= 1, token.length <= 12,
              tokens.bytes[token.start..<token.end].allSatisfy({ ($0 >= 48 && $0 <= 57) || $0 | 32 == 111 }) else { return nil }
        return tokens.bytes[token.start..<token.end].map { $0 | 32 == 111 ? 0 : $0 - 48 }
    }

    /// "one two three four five six seven eight nine": counting up or down, one at a time, for most of the run.
    static func isCounting(_ digits: [UInt8]) -> Bool {
        let steps = zip(digits, digits.dropFirst()).map { Int($1) - Int($0) }
        return steps.filter { $0 == 1 }.count * 5 >= steps.count * 4 || steps.filter { $0 == -1 }.count * 5 >= steps.count * 4
    }

    static func placeholder(_ digits: [UInt8], plus: Bool) -> Placeholder {
        let text = String(decoding: digits.map { $0 + 48 }, as: UTF8.self)
        if digits.count == 10, digits.first != 0, DigitRuns.isValidNHSNumber(text) { return .nhsNumber }
        return plus || digits.first == 0 || digits.count >= 9 ? .phone : .number
    }

    /// Whether eight digit-like tokens (digits, or words `DigitWords` may hold) stand in a row with only
    /// spaces and ",.-()/" between them, with a word among them or dots crossed: a test over bytes alone.
    static func mayHold(_ bytes: [UInt8]) -> Bool {
        let vocabulary = DigitWords.shipped
        var streak = 0
        var words = 0
        var crossesDots = false
        var previousEnd = 0
        return SpokenTokens.anyRange(in: bytes) { range in
            let gap = bytes[previousEnd..<range.lowerBound]
            previousEnd = range.upperBound
            if gap.count > 5 || !gap.allSatisfy({ $0 == 32 || gapMarks.contains($0) }) {
                streak = 0
                words = 0
                crossesDots = false
            } else if gap.count(where: { $0 == 46 }) >= 2 {
                crossesDots = true
            }
            if bytes[range].allSatisfy({ $0 >= 48 && $0 <= 57 }) {
                streak += range.count
            } else if range.count <= 12, bytes[range].allSatisfy({ ($0 >= 48 && $0 <= 57) || $0 | 32 == 111 }),
                      bytes[range].contains(where: { $0 >= 48 && $0 <= 57 }) {
                streak += range.count
                words += 1
            } else if range.count <= 24, vocabulary.mayBe(bytes[range]) {
                streak += 1
                words += 1
            } else {
                streak = 0
                words = 0
                crossesDots = false
            }
            return streak >= minimumDigits && (words >= 1 || crossesDots)
        }
    }
}
