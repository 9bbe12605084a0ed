/// Dates written all in numbers with whatever mark a person types between the parts: a backslash, an
/// underscore or a comma as well as "/", "." and "-", with spaces round the mark ("2008\04\23", "08_11_07",
/// "14. 8. 99", "2004 / 11 / 06", "3,19,1999"); and, after a birthday word, a day and a month with no year
/// ("dob 13-10", "my bday is 11 9", "birthday 19_12", "1-7 - thats my dob"). The same mark, spaced the same
/// way, stands between all the parts, and a part of a longer chain of numbers ("0125-4-55-2-12-5") is not a
/// date: `DigitRuns` reads the whole chain.
enum NumericDates {
    /// A day, a month and a year in either order, or a year first.
    static let full = Pattern(#"(?<![\d£$€])(?<![A-Za-z][.\-])(?<!\d[/.\-\\_,])(?<!\d [/.\-\\_,] )\b(\d{1,4})( ?([/.\-\\_,]) ?)(\d{1,2})\2(\d{4}|\d{1,2})(?![\d%])(?!\2\d)"#)
    /// A day and a month with any mark or a space between them.
    static let dayAndMonth = Pattern(#"(?<![\d£$€])(?<!\d[/.\-\\_,:])(?<!\d [/.\-\\_,] )(?<!\d )\b(\d{1,2})( ?[/.\-\\_,] ?| )(\d{1,2})(?![\d%:])(?!\2\d)(?! \d)(?!\s?(?:am|pm|yrs?|years?|mins?|hours?|times?|weeks?|days?|months?)\b)"#)

    static func redact(_ text: String) -> String {
        var result = text
        if mayHold(result, spaceAlone: false) { result = replaceFull(result) }
        if mayHold(result, spaceAlone: true), hasBirthWord(result) { result = replaceDayAndMonth(result) }
        return result
    }

    private static func replaceFull(_ text: String) -> String {
        full.redact(in: text, with: .date) { match in
            guard let first = match.group(1), let gap = match.group(2), let second = match.group(4),
                  let third = match.group(5) else { return false }
            let parts = [first, second, third]
            let values = parts.compactMap { Int($0) }
            guard values.count == 3 else { return false }
            let mark = gap.trimmingCharacters(in: .whitespaces)
            let spaced = gap.contains(" ")
            let yearFirst = parts[0].count == 4 && (1900...2039).contains(values[0]) && parts[2].count <= 2
                && (1...12).contains(values[1]) && (1...31).contains(values[2])
            let yearLast = parts[0].count <= 2 && [2, 4].contains(parts[2].count)
                && ((1...31).contains(values[0]) && (1...12).contains(values[1]) || (1...12).contains(values[0]) && (1...31).contains(values[1]))
                && (parts[2].count == 2 || (1900...2039).contains(values[2]))
            guard yearFirst || yearLast else { return false }
            let fourDigitYear = yearFirst || parts[2].count == 4
            // A comma or spaced marks join counts and lists as well ("3, 4, 10"): those need a four-digit year or
            // a birthday word.
            return !(mark == "," || spaced) || fourDigitYear || isCued(match.before) || isCuedAfter(match.after)
        }
    }

    private static func replaceDayAndMonth(_ text: String) -> String {
        dayAndMonth.redact(in: text, with: .date) { match in
            guard let first = match.group(1), let gap = match.group(2), let second = match.group(3),
                  let a = Int(first), let b = Int(second) else { return false }
            let spaceAlone = gap.utf16.count == 1 && match.value.contains(" ")
            // With a mark, either order ("19-06", "3,19"); with a space alone, the day first ("bday is 11 9").
            guard (1...31).contains(a) && (1...12).contains(b) || !spaceAlone && (1...12).contains(a) && (1...31).contains(b)
            else { return false }
            let before = match.before
            if let last = before.last, "£$€#".contains(last) { return false }
            // "rang at 11 30", "from 9-5": a time.
            if let previous = before.lowercased().split(separator: " ").last, timeWords.contains(String(previous)) { return false }
            return isCued(before) || isCuedAfter(match.after)
        }
    }

    /// A birthday word among the last five words before the date ("my bday is the", "dob changed to").
    static func isCued(_ before: Substring) -> Bool {
        let words = before.suffix(60).lowercased().replacingOccurrences(of: "b day", with: "bday").split { !$0.isLetter && $0 != "'" && $0 != "." }.suffix(5)
        return words.contains { cues.contains($0.replacingOccurrences(of: ".", with: "")) }
    }

    /// A birthday word among the next four words: "1-7 - thats my dob", "25 / 6 doğum günüm".
    static func isCuedAfter(_ after: Substring) -> Bool {
        let words = after.prefix(40).lowercased().replacingOccurrences(of: "b day", with: "bday")
            .split { !$0.isLetter && $0 != "'" }.prefix(4)
        return words.contains { cues.contains(String($0)) }
    }

    private static let timeWords: Set<String> = ["at", "by", "from", "till", "til", "until", "around", "about", "between", "@"]

    /// Birthday words, without the weak ones `DateRedaction` also takes ("on", "date", "turn").
    static let cues: Set<String> = [
        "dob", "born", "birthday", "birthdays", "birthdy", "birfday", "bday", "bdays", "b'day", "bdy", "bday's", "birthday's",
        "d'o'b", "birth", "brthday", "bithday", "nacimiento", "urodzenia", "nascimento", "nașterii", "nasterii", "naissance",
        "geburtstag", "cumpleaños", "cumpleanos", "doğum", "dogum", "verjaardag", "compleanno", "bornday", "birthdate",
    ]

    /// Whether a birthday word's first letters stand anywhere ("dob", "bday", "birth", "urodz"...), by bytes.
    static func hasBirthWord(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes in
            var wordStart = true
            for index in bytes.indices {
                let byte = bytes[index] | 0x20
                let letter = byte >= 97 && byte <= 122
                if wordStart && letter && stemInitials[Int(byte)] {
                    for stem in birthStems where stem[0] == byte && index + stem.count <= bytes.count {
                        var same = true
                        for offset in 1..<stem.count where bytes[index + offset] | 0x20 != stem[offset] && bytes[index + offset] != stem[offset] {
                            same = false
                            break
                        }
                        if same { return true }
                    }
                }
                wordStart = !letter && bytes[index] < 128
            }
            return false
        }
    }

    private static let birthStems: [[UInt8]] = [
        "dob", "d.o.b", "bday", "b'day", "b-day", "b day", "birth", "birf", "brth", "bith", "born", "bdy", "urodz", "nasc",
        "naiss", "nacim", "na\u{0219}t", "nast", "do\u{011F}um", "dogum", "geburt", "cumple", "verjaar", "complean",
    ].map { Array($0.utf8) }
    private static let stemInitials: [Bool] = (0..<256).map { byte in birthStems.contains { $0[0] == UInt8(byte) } }

    /// A digit, an optional space, a mark, an optional space and a digit, or (with `spaceAlone`) a digit, a
    /// space and a digit: one pass over the bytes.
    static func mayHold(_ text: String, spaceAlone: Bool) -> Bool {
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            guard ASCIIBytes.isDigit(bytes[index]) else { index += 1; continue }
            var cursor = index + 1
            if cursor < bytes.count, bytes[cursor] == 32 { cursor += 1 }
            if cursor < bytes.count, marks.contains(bytes[cursor]) {
                cursor += 1
                if cursor < bytes.count, bytes[cursor] == 32 { cursor += 1 }
            }
            let marked = cursor > index + 2 || (cursor == index + 2 && bytes[index + 1] != 32)
            if marked || (spaceAlone && cursor == index + 2), cursor < bytes.count, ASCIIBytes.isDigit(bytes[cursor]) { return true }
            index += 1
        }
        return false
    }

    private static let marks: [UInt8] = Array("/.-\\_,".utf8)

}
