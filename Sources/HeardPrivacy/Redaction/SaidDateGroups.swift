/// One group of a date said aloud (`SaidDates`): "twenty-one", "oh four", "twelve", "the tenth", "5th", "may",
/// "two thousand and nine", "twenty twelve", "nineteen ninety nine", "2003".
enum SaidDateGroups {
    struct Group {
        var value: Int
        var digits: Int
        var last: Int
        var said = true
        var ordinal = false
        var month = false

        /// Two digits or a year from 1900 to 2099.
        var isYear: Bool { digits == 2 || digits == 4 && (1900...2099).contains(value) }
    }

    static func group(_ tokens: SpokenTokens, at index: Int) -> Group? {
        let all = tokens.tokens
        let token = all[index]
        guard token.isASCII else { return nil }
        let key = token.key
        func next(_ offset: Int) -> String? {
            guard index + offset < all.count, SpokenTokens.isGap(tokens.gap(before: index + offset), marks: [45], limit: 1) else { return nil }
            return all[index + offset].key
        }
        if token.isNumber, token.length <= 4 {
            return Group(value: Int(key) ?? 0, digits: token.length, last: index, said: false)
        }
        if token.digits > 0, token.length <= 4, ["st", "nd", "rd", "th"].contains(where: key.hasSuffix), let value = Int(key.dropLast(2)) {
            return Group(value: value, digits: 2, last: index, said: false, ordinal: true)
        }
        if let month = months[key] { return Group(value: month, digits: 2, last: index, said: true, month: true) }
        if let ordinal = DateReader.ordinals[key] { return Group(value: ordinal, digits: 2, last: index, ordinal: true) }
        // "oh four", "zero three": a nought and a digit.
        if saidNoughts.contains(key), let unit = next(1).flatMap({ DigitWords.english[$0] }), unit > 0 {
            return Group(value: Int(unit), digits: 2, last: index + 1)
        }
        // "two thousand and nine", "two thousand five", "two thousand".
        if key == "two", next(1) == "thousand" {
            var last = index + 1
            if next(2) == "and" { last += 1 }
            if last + 1 < all.count, SpokenTokens.isGap(tokens.gap(after: last), marks: [], limit: 1), let rest = small(tokens, at: last + 1) { return Group(value: 2000 + rest.value, digits: 4, last: rest.last) }
            return Group(value: 2000, digits: 4, last: last == index + 1 ? last : index + 1)
        }
        // "twenty twelve", "nineteen ninety nine", "twenty oh five": a year in two pairs.
        if key == "twenty" || key == "nineteen", index + 1 < all.count, SpokenTokens.isGap(tokens.gap(after: index), marks: [], limit: 1),
           let pair = small(tokens, at: index + 1), pair.digits == 2 {
            return Group(value: (key == "twenty" ? 2000 : 1900) + pair.value, digits: 4, last: pair.last)
        }
        // "twenty-first", "thirty first".
        if let tens = DigitWords.englishTens[key], let unit = next(1).flatMap({ DateReader.ordinals[$0] }), unit < 10 {
            return Group(value: Int(tens) * 10 + unit, digits: 2, last: index + 1, ordinal: true)
        }
        guard let group = small(tokens, at: index) else { return nil }
        return Group(value: group.value, digits: group.digits, last: group.last)
    }

    /// A number under a hundred in words: "nine", "twelve", "twenty", "twenty-one", "oh five" (two digits).
    private static func small(_ tokens: SpokenTokens, at index: Int) -> (value: Int, digits: Int, last: Int)? {
        let all = tokens.tokens
        let key = all[index].key
        let follows = index + 1 < all.count && SpokenTokens.isGap(tokens.gap(after: index), marks: [45], limit: 1)
        if saidNoughts.contains(key), follows, let unit = DigitWords.english[all[index + 1].key], unit > 0 {
            return (Int(unit), 2, index + 1)
        }
        if let tens = DigitWords.englishTens[key] {
            if follows, let unit = DigitWords.english[all[index + 1].key], unit > 0 { return (Int(tens) * 10 + Int(unit), 2, index + 1) }
            return (Int(tens) * 10, 2, index)
        }
        if let teen = DigitWords.englishTeens[key] { return (10 + Int(teen), 2, index) }
        if let digit = DigitWords.english[key], !["oh", "o"].contains(key) { return (Int(digit), 1, index) }
        return nil
    }

    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "april": 4, "apr": 4, "may": 5, "june": 6, "july": 7,
        "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
        "december": 12, "dec": 12,
    ]

    /// A nought said before a digit ("oh four", "zero three"; not "naught", which `DateReader.noughts` also reads).
    private static let saidNoughts: Set<String> = ["oh", "o", "zero", "nought"]
}
