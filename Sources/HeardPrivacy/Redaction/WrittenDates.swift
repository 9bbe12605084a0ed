/// Dates of birth written with words, in any language, alphabet or calendar: "12 października 2008", "dob 19
/// Dey 1389", "5 መስከረም 2000", "١٢ كانون الثاني ١٩٩٩", "12.III.2008", "3rd may 2k8", "2007. január 7.",
/// "ngày 6 tháng 3 năm 2005". A day, a month and a year in either order, the small words between them
/// ("de", "o", "anul") and a calendar's mark after the year ("E.C.", "ዓ.ም"). Months come from
/// `DateVocabulary`; after a birth cue ("dob", "born", "birthday is", "i turn 18 on") a date is found by its
/// shape alone: a day, any word and a year ("born 30 Ragfyr 2008"), a month or a season with a year
/// ("born in the summer of 2k8"), a day and a month number ("the 25th of the 5th 2012").
enum WrittenDates {
    typealias Token = DateTokens.Token

    /// Whether an ASCII comment with a digit could hold a written date: a month's first letters
    /// (`ShapeHints.month`), a four-digit run or "2k", or a word starting like a birth or document cue ("born",
    /// "dob", "bday", "turn", "passport"). One pass over the bytes; a superset of what `redact` finds in ASCII
    /// apart from a foreign month beside a day with no year and no cue.
    static func mayHold(_ text: String, month: Bool) -> Bool {
        if month { return true }
        var copy = text
        return copy.withUTF8 { bytes in
            var run = 0
            var wordStart = true
            for index in bytes.indices {
                let raw = bytes[index]
                if raw >= 48 && raw <= 57 {
                    run += 1
                    if run == 4 && (index + 1 == bytes.count || !(bytes[index + 1] >= 48 && bytes[index + 1] <= 57)) { return true }
                    if raw == 50, index + 1 < bytes.count, bytes[index + 1] | 0x20 == 107 { return true }  // "2k8"
                    wordStart = false
                    continue
                }
                run = 0
                let byte = raw | 0x20
                let letter = byte >= 97 && byte <= 122
                if wordStart && letter && cueInitials[Int(byte)] {
                    for stem in cueStems where index + stem.count <= bytes.count {
                        var same = true
                        for offset in stem.indices where bytes[index + offset] | 0x20 != stem[offset] { same = false; break }
                        if same { return true }
                    }
                }
                wordStart = !letter
            }
            return false
        }
    }

    private static let cueInitials: [Bool] = (0..<256).map { byte in cueStems.contains { $0.first == UInt8(byte) } }

    private static let cueStems: [[UInt8]] = ["bor", "dob", "d.o", "bir", "bday", "b-d", "b'd", "brith", "bith", "turn", "along",
                                              "pass", "cert", "tazk", "paper", "urodz", "geb", "nac", "nasc", "dog", "doğ", "né"]
        .map { Array($0.utf8) }

    static func redact(_ text: String) -> String {
        let tokens = DateTokens(text).items
        guard tokens.contains(where: { $0.kind == .number || DateReader.ordinals[$0.key] != nil }) else { return text }
        let spans = DateReader(tokens: tokens, vocabulary: .shared).spans()
        guard !spans.isEmpty else { return text }
        var result = text
        for span in spans.reversed() {
            result.replaceSubrange(tokens[span.lowerBound].range.lowerBound..<tokens[span.upperBound - 1].range.upperBound,
                                   with: Placeholder.date.rawValue)
        }
        return result
    }
}

/// Reads a comment's tokens for dates (`WrittenDates`).
struct DateReader {
    typealias Token = DateTokens.Token
    let tokens: [Token]
    let vocabulary: DateVocabulary

    enum MonthKind { case name, ambiguous, roman, number }

    /// Token ranges of dates, in order and apart.
    func spans() -> [Range<Int>] {
        var found: [Range<Int>] = []
        var cuedUntil = -1
        // A date holds a number within a few tokens of its start, unless its day and year are words.
        let wordsOnly = tokens.contains { $0.kind == .word && Self.ordinals[$0.key] != nil } || !tokens.contains { $0.kind == .number }
        var nextNumber = tokens.count
        var numberAhead = [Int](repeating: tokens.count, count: tokens.count)
        for index in tokens.indices.reversed() {
            if tokens[index].kind == .number { nextNumber = index }
            numberAhead[index] = nextNumber
        }
        var index = 0
        while index < tokens.count {
            if let cueEnd = cue(at: index) {
                cuedUntil = cueEnd + 10
                index = cueEnd
                continue
            }
            if !wordsOnly && numberAhead[index] - index > 6 {
                index += 1
                continue
            }
            if let end = date(at: index, cued: index <= cuedUntil) {
                found.append(index..<end)
                index = end
                continue
            }
            index += 1
        }
        return found
    }

    // MARK: Cues

    /// The end of a birth cue starting here ("dob", "date of birth", "born", "i turn 18 on").
    func cue(at index: Int) -> Int? {
        let token = tokens[index]
        guard token.kind == .word else { return nil }
        if ["turn", "turning", "turns"].contains(token.key), index + 2 < tokens.count, tokens[index + 1].kind == .number,
           tokens[index + 2].key == "on" {
            return index + 3
        }
        guard let words = vocabulary.cues.match({ wordKey(from: index, offset: $0) }, at: 0) else { return nil }
        return wordIndex(from: index, offset: words - 1).map { $0 + 1 }
    }

    // MARK: Dates

    /// The end of a date starting here, or nil.
    func date(at index: Int, cued: Bool) -> Int? {
        let token = tokens[index]
        if token.kind == .number || token.key == "'" {
            if let end = numericDate(at: index) { return end }
            if let day = day(at: index) { if let end = dateAfterDay(day, cued: cued) { return end } }
            if let year = year(at: index, twoDigits: false), tokens[index].digits == 4,
               let month = month(at: skip(from: year)), month.kind != .roman,
               let day = day(at: skip(from: month.end)) {
                return day.end  // "2007. január 7.", "2008年3月12日", "2008 March 12"
            }
            return nil
        }
        guard token.kind == .word, !isAttachedAfterWord(index) else { return nil }
        if let day = wordDay(at: index), let end = dateAfterDay(day, cued: cued), end > skip(from: day.end) { return end }
        if let month = month(at: index), month.kind != .roman {
            let next = skip(from: month.end)
            if let day = day(at: next) {
                if let year = year(at: skip(from: day.end), twoDigits: true) { return year }
                if month.kind == .name || cued { return day.end }
            }
            if let year = year(at: next, twoDigits: cued), month.kind == .name || cued || isTwoK(next) { return year }
        }
        // "Sebtembar 2, 2001", "lindai 3 1379": a word no list knows, a day and a four-digit year.
        if token.key.count >= 4, let day = day(at: skip(from: index + 1)), digits(at: skip(from: day.end)) == 4,
           isUnknownWord(index, cued: false), let year = year(at: skip(from: day.end), twoDigits: false) {
            return year
        }
        if cued, vocabulary.seasons.contains(token.key) {
            // "summer of 2k8", "early 2008", "the spring of '02".
            var next = skip(from: index + 1)
            if next < tokens.count, vocabulary.seasons.contains(tokens[next].key) { next = skip(from: next + 1) }
            if let year = year(at: next, twoDigits: true) { return year }
        }
        return nil
    }

    private func dateAfterDay(_ day: (value: Int, end: Int, ordinal: Bool), cued: Bool) -> Int? {
        let next = skip(from: day.end)
        if let month = month(at: next) {
            let afterMonth = skip(from: month.end)
            if month.kind == .roman {
                // "12.III.2008", "4/xi/07", "16.VII", "14 i 2000": a Roman month between marks, in capitals, or
                // with a four-digit year.
                let tight = next > day.end && (day.end...next).allSatisfy { !tokens[$0].spaceBefore }
                if let year = year(at: afterMonth, twoDigits: tight || cued || tokens[next].capitals),
                   tight || cued || tokens[next].capitals || digits(at: afterMonth) == 4 { return year }
                if tight && (tokens[next].capitals || cued) { return month.end }
                return nil
            }
            if let year = year(at: afterMonth, twoDigits: month.kind != .number || cued) { return year }
            if month.kind == .name || (cued && month.kind == .ambiguous) { return month.end }
            if month.kind == .number && cued && day.ordinal { return month.end }
        }
        // "the 25th of the 5th 2012", "22 6 03" after a cue: a month as a number.
        if next < tokens.count, tokens[next].kind == .number, let month = self.day(at: next), month.value <= 12,
           month.ordinal || cued, next > day.end || cued, let year = year(at: skip(from: month.end), twoDigits: true),
           cued || digits(at: skip(from: month.end)) == 4 || month.ordinal && day.ordinal {
            return year
        }
        // A day, one or two words no list knows, and a year: "16 Ragfyr 2002", "21ain o Ragfyr 2009"; after a
        // cue any words ("born 30 zorblat 2008") and an ordinal day alone with one ("born on the 5th flumb").
        var cursor = next
        var words = 0
        while cursor < tokens.count, tokens[cursor].kind == .word, words < 2, isUnknownWord(cursor, cued: cued) {
            words += 1
            cursor = skip(from: cursor + 1)
        }
        guard words > 0 else { return nil }
        let lastWord = previousWord(before: cursor)
        if let year = year(at: cursor, twoDigits: cued), cued || tokens[cursor].digits == 4 || isTwoK(cursor)
            || tokens[cursor].kind == .word { return year }
        if cued && day.ordinal, let lastWord { return lastWord + 1 }
        return nil
    }

    // MARK: Parts

    /// A day: a number from 1 to 31, perhaps with an ordinal ending touching it ("21st", "9fed", "27ú", "1er").
    func day(at index: Int) -> (value: Int, end: Int, ordinal: Bool)? {
        guard index < tokens.count, tokens[index].kind == .number, tokens[index].digits <= 2,
              (1...31).contains(tokens[index].value), !isAttachedAfterWord(index) else { return nil }
        let next = index + 1
        if next < tokens.count, !tokens[next].spaceBefore, tokens[next].kind == .word {
            if Self.ordinalEndings.contains(tokens[next].key) { return (tokens[index].value, next + 1, true) }
            guard month(at: next) != nil else { return nil }  // "12march" is a date, "12kg" is not
        }
        if next < tokens.count, !tokens[next].spaceBefore, tokens[next].kind == .number { return nil }
        return (tokens[index].value, next, false)
    }

    /// A month here: a name from the list, a Roman numeral, or a number a word makes a month ("tháng 3", "3月").
    func month(at index: Int) -> (end: Int, kind: MonthKind)? {
        guard index < tokens.count else { return nil }
        let token = tokens[index]
        if token.kind == .number, token.digits <= 2, (1...13).contains(token.value), index + 1 < tokens.count,
           vocabulary.monthAfterNumber.contains(tokens[index + 1].key) {
            return (index + 2, .number)
        }
        guard token.kind == .word else { return nil }
        if vocabulary.monthBeforeNumber.contains(token.key) {
            let next = skip(from: index + 1)
            if next < tokens.count, tokens[next].kind == .number, (1...13).contains(tokens[next].value) { return (next + 1, .number) }
        }
        if let roman = Self.romanMonths[token.key], roman > 0 { return (index + 1, .roman) }
        guard let words = vocabulary.months.match({ wordKey(from: index, offset: $0) }, at: 0),
              let last = wordIndex(from: index, offset: words - 1) else { return nil }
        let ambiguous = words == 1 && vocabulary.ambiguousMonths.contains(token.key)
        return (last + 1, ambiguous ? .ambiguous : .name)
    }

    /// A year: four digits (1300 to 2100, for solar and Ethiopian years too), "2k8", "'08", or two digits when
    /// `twoDigits`; then any calendar mark ("E.C.", "ዓ.ም", "r."). The end, or nil.
    func year(at index: Int, twoDigits: Bool) -> Int? {
        guard index < tokens.count else { return nil }
        var end: Int
        let token = tokens[index]
        if token.key == "'", index + 1 < tokens.count, !tokens[index + 1].spaceBefore, tokens[index + 1].digits == 2 {
            end = index + 2
        } else if isTwoK(index) {
            end = index + 3
        } else if token.kind == .number, !isAttachedAfterWord(index),
                  (token.digits == 4 && (1300...2100).contains(token.value)) || (twoDigits && token.digits == 2) {
            end = index + 1
        } else if let words = wordYear(at: index) {
            return words
        } else {
            return nil
        }
        if end < tokens.count, !tokens[end].spaceBefore, tokens[end].kind == .number || tokens[end].kind == .word {
            if tokens[end].kind == .number || !(vocabulary.eras.contains(single: tokens[end].key) || vocabulary.glue.contains(tokens[end].key)) {
                return nil
            }
        }
        // A calendar's mark: "1999 E.C.", "1997 ዓ.ም", "2008 r.".
        var cursor = end
        while cursor < tokens.count, tokens[cursor].key == "." || tokens[cursor].key == "," { cursor += 1 }
        if cursor < tokens.count, let words = vocabulary.eras.match({ wordKey(from: cursor, offset: $0) }, at: 0),
           let last = wordIndex(from: cursor, offset: words - 1) {
            end = last + 1
            if end < tokens.count, tokens[end].key == ".", !tokens[end].spaceBefore { end += 1 }
        }
        return end
    }

    /// "2k8", "2K09", "2k10": a year in text-speak.
    func isTwoK(_ index: Int) -> Bool {
        index + 2 < tokens.count && tokens[index].kind == .number && tokens[index].value == 2 && tokens[index].digits == 1
            && tokens[index + 1].key == "k" && !tokens[index + 1].spaceBefore && tokens[index + 2].kind == .number
            && !tokens[index + 2].spaceBefore && tokens[index + 2].digits <= 2
    }

    /// A date whose parts are all numbers in any script, between one kind of mark: "۱۳۸۰/۴/۱۰", "١٢/٣/٢٠٠٨".
    private func numericDate(at index: Int) -> Int? {
        guard index + 4 < tokens.count, tokens[index].kind == .number, !isAttachedAfterWord(index) else { return nil }
        let mark = tokens[index + 1].key
        guard ["/", ".", "-"].contains(mark), tokens[index + 3].key == mark, tokens[index + 2].kind == .number,
              tokens[index + 4].kind == .number, (index + 1...index + 4).allSatisfy({ !tokens[$0].spaceBefore }) else { return nil }
        let parts = [tokens[index], tokens[index + 2], tokens[index + 4]]
        let dayFirst = parts[0].digits <= 2 && parts[1].digits <= 2 && (1...31).contains(parts[0].value)
            && (1...12).contains(parts[1].value) && [2, 4].contains(parts[2].digits)
        let yearFirst = parts[0].digits == 4 && parts[1].digits <= 2 && parts[2].digits <= 2 && (1...12).contains(parts[1].value)
            && (1...31).contains(parts[2].value)
        return dayFirst || yearFirst ? index + 5 : nil
    }

    // MARK: Helpers

    /// Past the marks and small words between a date's parts ("12 de marzo", "16 o Ebrill", "6. mai anul").
    func skip(from index: Int) -> Int {
        var cursor = index
        var skipped = 0
        while cursor < tokens.count, skipped < 4 {
            let token = tokens[cursor]
            if token.kind == .mark ? Self.joiningMarks.contains(token.key) : (token.kind == .word && vocabulary.glue.contains(token.key)
                && !(vocabulary.monthBeforeNumber.contains(token.key))) {
                cursor += 1
                skipped += 1
            } else {
                break
            }
        }
        return cursor
    }

    /// A word a date may hold in a month's place: after a cue, any word that is not a small word; otherwise
    /// one no English list knows and that is not a name's, of three letters or more.
    private func isUnknownWord(_ index: Int, cued: Bool) -> Bool {
        let key = tokens[index].key
        if NameCues.functionWords.contains(key) || vocabulary.glue.contains(key) { return false }
        if cued { return true }
        return key.count >= 3 && !Gazetteer.isEverydayWord(key) && !Gazetteer.places.contains(single: key)
    }

    /// The key of the `offset`-th word from `index` (words apart by hyphens or dots only: "t-ògmhios", "d.o.b").
    private func wordKey(from index: Int, offset: Int) -> String? {
        wordIndex(from: index, offset: offset).map { tokens[$0].key }
    }

    private func wordIndex(from index: Int, offset: Int) -> Int? {
        var cursor = index
        var remaining = offset
        guard cursor < tokens.count, tokens[cursor].kind == .word else { return nil }
        while remaining > 0 {
            cursor += 1
            while cursor < tokens.count, ["-", "."].contains(tokens[cursor].key), !tokens[cursor].spaceBefore || tokens[cursor].key == "-" {
                cursor += 1
            }
            guard cursor < tokens.count, tokens[cursor].kind == .word else { return nil }
            remaining -= 1
        }
        return cursor
    }

    private func previousWord(before index: Int) -> Int? {
        var cursor = index - 1
        while cursor >= 0, tokens[cursor].kind != .word { cursor -= 1 }
        return cursor >= 0 ? cursor : nil
    }

    /// A number touching a word before it ("CLA2008", "jay12"): part of something else.
    private func isAttachedAfterWord(_ index: Int) -> Bool {
        guard index > 0, !tokens[index].spaceBefore else { return false }
        let previous = tokens[index - 1]
        if tokens[index].kind == .word { return previous.kind != .mark }
        return previous.kind == .word && month(at: index - 1) == nil && !vocabulary.monthBeforeNumber.contains(previous.key)
    }

    /// The digits of the number at `index`; 0 for anything else or past the end.
    private func digits(at index: Int) -> Int {
        index < tokens.count && tokens[index].kind == .number ? tokens[index].digits : 0
    }

    static let joiningMarks: Set<String> = [".", ",", "/", "-", "'", "\u{2019}", "\u{060C}", "\u{201A}", "\u{00B7}", "\u{1363}", "\u{1361}", "年", "년"]

    static let ordinalEndings: Set<String> = [
        "st", "nd", "rd", "th", "er", "re", "e", "eme", "ieme", "o", "a", "af", "il", "ydd", "ed", "fed", "ain", "eg",
        "u", "de", "ste", "ro", "do", "ti", "ta", "te", "ый", "го", "日", "일",
    ]

    static let romanMonths: [String: Int] = [
        "i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10, "xi": 11, "xii": 12,
    ]
}
