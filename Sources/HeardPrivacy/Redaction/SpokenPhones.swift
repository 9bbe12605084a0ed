/// Phone numbers said rather than typed: a run of digits, digit words in any language of `DigitWords`
/// ("oh seven seven double oh nine ...", "07585 nine, seven, two", "sıfır yedi altı ...", "zero-seven-two-five"),
/// "double"/"treble" before a digit, "oh", "0h" and "o" for nought, tens and teens ("ninety-seven", "fifteen"), a
/// digit word run into digits ("four045"), "plus" for "+" (`SpokenPhoneWords`), whatever separates them (spaces,
/// commas, dashes, dots, "..."), that reaches a phone number's length. Plain digit runs are `DigitRuns`' own; this reads a run
/// only when two words are in it ("due 13-2-2020" is a date), one word in a UK number's shape (ten or eleven digits
/// from a nought: "079 nine 562 052 9"), or a gap `DigitRuns` does not cross ("0784...9117333", "0735, 207, 4670",
/// "07935 - 27 - 49 - 71").
///
/// A run needs eight digits or more and three different digits, so numbers said aloud stay ("two one to us",
/// "five ninety nine", "no no no no"). Before any work, one pass over the bytes asks whether eight
/// digit-like tokens stand in a row (`mayHold`).
enum SpokenPhones {
    static let minimumDigits = 8
    static let gapMarks: [UInt8] = Array(",.-()/".utf8)

    static func redact(_ text: String) -> String {
        let vocabulary = DigitWords.shipped
        return SpokenTokens.redact(text, mayHold: mayHold) { tokens, index in
            let run = run(tokens, vocabulary, from: index)
            // A shorter run inside one that is no phone reads as a phone no more than it does.
            guard run.isPhone else { return (nil, run.last + 1) }
            var start = tokens.tokens[index].start
            let before = tokens.gap(before: index)
            var plus = before.last == 43 || (before.last == 40 && before.dropLast().last == 43)
            if plus {
                start = before.lastIndex(of: 43)!
            } else if index > 0, tokens.tokens[index - 1].key == "plus", SpokenTokens.isGap(before, marks: [], limit: 1) {
                // "plus four four seven ...": the plus said in a word.
                plus = true
                start = tokens.tokens[index - 1].start
            }
            return ((start..<tokens.tokens[run.last].end, placeholder(run.digits, plus: plus)), run.last + 1)
        }
    }

    /// The run of digit tokens from `first` (its last token, `first - 1` when there is none), its digits, and
    /// whether it reads as a phone number.
    /// A number said in pieces ("oh one five eight two then seven nine five ...", "oh seven seven two six, hold on
    /// thats wrong, four five nine i mean seven two six ...") is one run, its corrections with it: after a piece of
    /// three to nine digits, "then" or a correction (`SpokenCharacters.correctionEnd`) with a digit word after it
    /// goes on to the next piece.
    static func run(_ tokens: SpokenTokens, _ vocabulary: DigitWords, from first: Int) -> (last: Int, digits: [UInt8], isPhone: Bool) {
        var digits: [UInt8] = []
        var words = 0
        var crossesDots = false
        var last = first - 1
        var index = first
        var marks = false
        var pieces = 0
        var pieceStart = 0
        while index < tokens.tokens.count {
            if index > first {
                let gap = tokens.gap(before: index)
                guard SpokenTokens.isGap(gap, marks: gapMarks, limit: 5) else { break }
                if gap.filter({ $0 == 46 }).count >= 2 { crossesDots = true }
                // "0735, 207, 4670", "07935 - 27 - 49 - 71": groups set apart by a comma or a spaced dash.
                if gap.contains(44) || gap.count >= 3 && gap.contains(45) { marks = true }
                if (3..<10).contains(digits.count - pieceStart), pieces < 3, let next = nextPiece(tokens, vocabulary, at: index) {
                    pieces += 1
                    pieceStart = digits.count
                    index = next
                    marks = true
                    continue
                }
            }
            guard let said = said(tokens, vocabulary, at: index) else { break }
            // "rang oh seven ... nine four three times": a count said after the number is no digit of it.
            if said.isWord, said.last + 1 < tokens.tokens.count, countNouns.contains(tokens.tokens[said.last + 1].key),
               SpokenTokens.isGap(tokens.gap(after: said.last), marks: [], limit: 1), digits.count >= minimumDigits { break }
            digits.append(contentsOf: said.digits)
            if said.isWord { words += 1 }
            last = said.last
            index = said.last + 1
        }
        // Digits alone across "...": a phone number's length only ("0784...9117333"), never a list of years.
        // One word is enough in a UK number's shape: "079 nine 562 052 9".
        let isPhone = last >= first && digits.count >= minimumDigits && Set(digits).count >= 3 && !isCounting(digits)
            && (words >= 2 || (crossesDots || marks || words == 1) && (digits.first == 0 && (10...11).contains(digits.count) || isNHSShape(digits)))
        return (last, digits, isPhone)
    }

    /// "then" and the words of a correction, in lower case, for `mayHold`.
    private static let joiners: [[UInt8]] = ["then", "wait", "no", "sorry", "hold", "on", "thats", "that", "wrong", "i", "mean",
                                             "hang", "actually", "scratch", "s"].map { Array($0.utf8) }

    /// The token after "then" or a correction at `index` when a digit word follows it, or nil.
    private static func nextPiece(_ tokens: SpokenTokens, _ vocabulary: DigitWords, at index: Int) -> Int? {
        let all = tokens.tokens
        let after: Int?
        if all[index].key == "then" {
            after = index + 1 < all.count && SpokenTokens.isGap(tokens.gap(after: index), marks: gapMarks, limit: 5) ? index + 1 : nil
        } else {
            after = SpokenCharacters.correctionEnd(tokens, at: index)
        }
        guard let after, let said = said(tokens, vocabulary, at: after), said.isWord else { return nil }
        return after
    }

    /// What a number said just before counts: "three times", "two years".
    static let countNouns: Set<String> = [
        "times", "time", "years", "year", "yrs", "months", "weeks", "days", "hours", "hrs", "mins", "minutes", "people", "kids",
    ]

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

    /// Ten digits whose last is their mod-11 check, not from a nought: an NHS number's shape with no cue needed.
    static func isNHSShape(_ digits: [UInt8]) -> Bool {
        digits.count == 10 && digits.first != 0 && DigitRuns.isValidNHSNumber(String(decoding: digits.map { $0 + 48 }, as: UTF8.self))
    }

    static func placeholder(_ digits: [UInt8], plus: Bool) -> Placeholder {
        if isNHSShape(digits) { return .nhsNumber }
        return plus || digits.first == 0 || digits.count >= 9 ? .phone : .number
    }

    /// The digits a token of a digit word run into digits may say ("four045": 4), for `mayHold`; nil otherwise.
    static func gluedLength(_ token: ArraySlice<UInt8>, _ vocabulary: DigitWords) -> Int? {
        guard token.count <= 20, let firstDigit = token.firstIndex(where: { $0 >= 48 && $0 <= 57 }), firstDigit - token.startIndex >= 2,
              vocabulary.mayBe(token[..<firstDigit]), token[firstDigit...].allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        return token.endIndex - firstDigit + 1
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
            } else if gap.count(where: { $0 == 46 }) >= 2 || gap.contains(44) || gap.count >= 3 && gap.contains(45) {
                // Dots crossed, or groups set apart by a comma or a spaced dash ("0735, 207, 4670").
                crossesDots = true
            }
            if bytes[range].allSatisfy({ $0 >= 48 && $0 <= 57 }) {
                streak += range.count
            } else if range.count <= 12, bytes[range].allSatisfy({ ($0 >= 48 && $0 <= 57) || $0 | 32 == 111 }),
                      bytes[range].contains(where: { $0 >= 48 && $0 <= 57 }) {
                streak += range.count
                words += 1
            } else if range.count <= 24, vocabulary.mayBe(bytes[range]) {
                // "ninety", "fifteen": two digits in a word (the filter cannot tell them from "seven": both count two).
                streak += range.count >= 5 ? 2 : 1
                words += 1
            } else if let glued = gluedLength(bytes[range], vocabulary) {
                streak += glued
                words += 1
            } else if streak >= 3, range.count <= 8, joiners.contains(where: { $0.elementsEqual(bytes[range].lazy.map { $0 | 32 }) }) {
                // "... then ...", "... hold on thats wrong ...": a number said in pieces goes on (`run`).
                return false
            } else {
                streak = 0
                words = 0
                crossesDots = false
            }
            return streak >= minimumDigits && (words >= 1 || crossesDots)
        }
    }
}
