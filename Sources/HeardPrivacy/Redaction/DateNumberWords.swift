/// Days and years written in English words, for `DateReader`: "the twenty-third of June", "fifth of june two
/// thousand", "twenty sixth APRIL two thousand and one", "24th of March nineteen ninety nine", "june twenty
/// twelve".
extension DateReader {
    /// A day in words: "fifth", "twenty-third", "twenty fifth", "thirty first"; "twenty three" or "nine" when a
    /// month follows.
    func wordDay(at index: Int) -> (value: Int, end: Int, ordinal: Bool)? {
        guard index < tokens.count, tokens[index].kind == .word else { return nil }
        let key = tokens[index].key
        // "twenty eigth": after "twenty" a mistyped ordinal is the unit (`MisspeltOrdinals`).
        if key == "twenty" || key == "thirty", let next = nextWord(after: index),
           let unit = Self.ordinals[tokens[next].key] ?? MisspeltOrdinals.day(tokens[next].key, afterTens: true), unit < 10 {
            return ((key == "twenty" ? 20 : 30) + unit, next + 1, true)
        }
        // "twenty three march", "thirty one": a day in counting words, only where a month follows it.
        if key == "twenty" || key == "thirty", let next = nextWord(after: index), let unit = Self.cardinals[tokens[next].key],
           unit < 10, month(at: skip(from: next + 1)) != nil {
            return ((key == "twenty" ? 20 : 30) + unit, next + 1, false)
        }
        if let value = Self.cardinals[key], value <= 31, month(at: skip(from: index + 1)) != nil { return (value, index + 1, false) }
        if let value = Self.ordinals[key] { return (value, index + 1, true) }
        // "forteenth of march", "june the frist": a mistyped ordinal beside a month.
        guard key.utf8.count >= 5, month(at: skip(from: index + 1)) != nil || isAfterMonth(index),
              let value = MisspeltOrdinals.day(key) else { return nil }
        return (value, index + 1, true)
    }

    /// Whether a month's name ends just before `index`, or before a "the" there ("june the frist").
    private func isAfterMonth(_ index: Int) -> Bool {
        var before = index - 1
        if before >= 0, tokens[before].key == "the" { before -= 1 }
        guard before >= 0, tokens[before].kind == .word else { return false }
        return month(at: before).map { $0.end == before + 1 && $0.kind != .roman && $0.kind != .number } ?? false
    }

    /// The end of a year in words ("two thousand and ten", "nineteen ninety nine", "twenty twelve"), or nil.
    func wordYear(at index: Int) -> Int? {
        guard index < tokens.count else { return nil }
        let key = tokens[index].key
        // "two thousand and ten", "2 thousand and 9", "two thousand 7".
        if key == "two" || tokens[index].kind == .number && tokens[index].value == 2 && tokens[index].digits == 1,
           let thousand = nextWord(after: index), tokens[thousand].key == "thousand" {
            var end = thousand + 1
            var cursor = end
            if let and = nextWord(after: thousand), tokens[and].key == "and" { cursor = and + 1 } else { cursor = end }
            if let small = cardinal(at: cursor) {
                end = small
            } else if cursor < tokens.count, tokens[cursor].kind == .number, tokens[cursor].digits <= 2, tokens[cursor].spaceBefore {
                end = cursor + 1
            }
            return end
        }
        guard tokens[index].kind == .word else { return nil }
        // "twenty oh eight", "nineteen o five": a year's last two digits said as a nought and a digit.
        if key == "twenty" || key == "nineteen", let unit = saidTwoDigits(at: index + 1) { return unit }
        if key == "nineteen", let tens = nextWord(after: index), let value = Self.cardinals[tokens[tens].key], value >= 20 {
            if let unit = nextWord(after: tens), let digit = Self.cardinals[tokens[unit].key], digit < 10 { return unit + 1 }
            return tens + 1
        }
        if key == "twenty", let next = nextWord(after: index), let value = Self.cardinals[tokens[next].key], value >= 10 {
            if value >= 20, let unit = nextWord(after: next), let digit = Self.cardinals[tokens[unit].key], digit < 10 { return unit + 1 }
            return next + 1
        }
        return nil
    }

    /// The end of two digits said as a nought and a digit ("oh nine", "o 8", "zero seven"), or nil.
    func saidTwoDigits(at index: Int) -> Int? {
        guard index + 1 < tokens.count, Self.noughts.contains(tokens[index].key), tokens[index + 1].spaceBefore else { return nil }
        let unit = tokens[index + 1]
        let digit = unit.kind == .number ? (unit.digits == 1 ? unit.value : 0) : (Self.cardinals[unit.key] ?? 0)
        return (1...9).contains(digit) ? index + 2 : nil
    }

    /// Words a nought is said by.
    static let noughts: Set<String> = ["oh", "o", "zero", "nought", "naught"]

    /// The end of a number in words below one hundred ("ten", "twenty one", "twenty-one").
    private func cardinal(at index: Int) -> Int? {
        guard index < tokens.count, tokens[index].kind == .word, let value = Self.cardinals[tokens[index].key] else { return nil }
        if value >= 20, let unit = nextWord(after: index), let digit = Self.cardinals[tokens[unit].key], digit < 10 { return unit + 1 }
        return index + 1
    }

    /// The next token if it is a word after a space or a hyphen.
    private func nextWord(after index: Int) -> Int? {
        var cursor = index + 1
        if cursor < tokens.count, tokens[cursor].key == "-" { cursor += 1 }
        return cursor < tokens.count && tokens[cursor].kind == .word ? cursor : nil
    }

    static let ordinals: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
        "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
        "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
    ]

    static let cardinals: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90,
    ]
}
