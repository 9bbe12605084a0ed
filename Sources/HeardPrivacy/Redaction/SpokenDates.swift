/// Dates said digit by digit in words: "one five oh seven one oh", "two two one two one one", "oh four oh five
/// one one", "two seven one two oh nine", "oh seven oh seven two oh oh eight". Six or eight digits, said as
/// words ("oh", "zero", "one" ... "nine", "double two") or typed alone, in one run with nothing else between,
/// that read as a day, a month and a year (DDMMYY or DDMMYYYY, the year 19xx or 20xx): no ordinary sentence
/// says six digits in a row, and a phone number said in words is longer (`SpokenPhones` takes it first).
enum SpokenDates {
    static func redact(_ text: String) -> String {
        SpokenTokens.redact(text, mayHold: mayHold) { tokens, index in
            guard let run = digitRun(tokens, from: index) else { return (nil, index + 1) }
            guard isDate(run.digits), run.words * 2 >= run.digits.count,
                  tokens.gap(before: index).last != 93 else { return (nil, run.last + 1) }  // not after "[phone number]"
            return ((tokens.tokens[index].start..<tokens.tokens[run.last].end, .date), run.last + 1)
        }
    }

    /// The digits of the run starting at `first` (each word or lone digit one digit, "double" two), its last
    /// token, and how many of its digits were said in words; nil when no digit starts here.
    static func digitRun(_ tokens: SpokenTokens, from first: Int) -> (digits: [Int], last: Int, words: Int)? {
        let all = tokens.tokens
        var digits: [Int] = []
        var words = 0
        var index = first
        var last = first
        while index < all.count, digits.count <= 8 {
            if index > first, !SpokenTokens.isGap(tokens.gap(before: index), marks: [44, 45, 46], limit: 2) { break }
            let token = all[index]
            if let repeats = DigitWords.multipliers[token.key], repeats <= 3, index + 1 < all.count,
               SpokenTokens.isGap(tokens.gap(after: index), marks: [], limit: 1), let digit = digit(all[index + 1]) {
                digits += Array(repeating: digit, count: repeats)
                words += repeats
                index += 2
            } else if let digit = digit(token) {
                digits.append(digit)
                if token.digits == 0 { words += 1 }
                index += 1
            } else {
                break
            }
            last = index - 1
        }
        return digits.isEmpty ? nil : (digits, last, words)
    }

    /// A digit said in English or typed alone.
    private static func digit(_ token: SpokenTokens.Token) -> Int? {
        if token.length == 1, token.digits == 1 { return Int(token.key) }
        return DigitWords.english[token.key].map(Int.init)
    }

    /// Six digits as DDMMYY, or eight as DDMMYYYY with a year from 1900 to 2099.
    static func isDate(_ digits: [Int]) -> Bool {
        guard digits.count == 6 || digits.count == 8 else { return false }
        let day = digits[0] * 10 + digits[1]
        let month = digits[2] * 10 + digits[3]
        guard (1...31).contains(day), (1...12).contains(month) else { return false }
        return digits.count == 6 || digits[4] == 1 && digits[5] == 9 || digits[4] == 2 && digits[5] == 0
    }

    /// Whether six digit words or lone digits stand in a row: a test over bytes alone.
    static func mayHold(_ bytes: [UInt8]) -> Bool {
        var inRow = 0
        return SpokenTokens.anyRange(in: bytes) { range in
            let weight = digitWeight(bytes[range])
            inRow = weight > 0 ? inRow + weight : 0
            return inRow >= 6
        }
    }

    /// 1 for a digit word or a lone digit, 2 for "double" or "treble" (the digit after it is counted too), else 0.
    private static func digitWeight(_ word: ArraySlice<UInt8>) -> Int {
        guard let first = word.first else { return 0 }
        if word.count == 1 { return first >= 48 && first <= 57 || first | 32 == 111 ? 1 : 0 }
        guard word.count <= 6, openings.contains(first | 32) else { return 0 }
        let same = { (candidate: [UInt8]) in candidate.count == word.count && zip(candidate, word).allSatisfy { $0 == $1 | 32 } }
        if digitWords.contains(where: same) { return 1 }
        return repeatWords.contains(where: same) ? 2 : 0
    }

    private static let openings: Set<UInt8> = Set("ozntfsedh".utf8)
    private static let digitWords: [[UInt8]] = DigitWords.english.keys.map { Array($0.utf8) }
    private static let repeatWords: [[UInt8]] = ["double", "treble"].map { Array($0.utf8) }
}
