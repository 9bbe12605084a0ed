/// The parts of a date `DateReader` reads: a day, a month, a year, the marks and small words between them.
extension DateReader {

    /// A day: a number from 1 to 31, perhaps with an ordinal ending touching it ("21st", "9fed", "27ú", "1er").
    func day(at index: Int) -> (value: Int, end: Int, ordinal: Bool)? {
        guard index < tokens.count, tokens[index].kind == .number, tokens[index].digits <= 2,
              (1...31).contains(tokens[index].value), !isAttachedAfterWord(index) else { return nil }
        let next = index + 1
        // "27 th", "17 th octobor": an English ordinal ending a space apart.
        if next < tokens.count, tokens[next].spaceBefore, ["st", "nd", "rd", "th"].contains(tokens[next].key),
           tokens[next].kind == .word, next + 1 == tokens.count || tokens[next + 1].spaceBefore || tokens[next + 1].kind == .mark {
            return (tokens[index].value, next + 1, true)
        }
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
              let last = wordIndex(from: index, offset: words - 1) else {
            return MisspeltMonths.isMonth(token.key) ? (index + 1, .ambiguous) : nil  // "decmber", "Apirl"
        }
        let ambiguous = words == 1 && vocabulary.ambiguousMonths.contains(token.key)
        return (last + 1, ambiguous ? .ambiguous : .name)
    }

    /// A date whose parts are all numbers in any script, between one kind of mark: "۱۳۸۰/۴/۱۰", "١٢/٣/٢٠٠٨".
    func numericDate(at index: Int) -> Int? {
        guard index + 4 < tokens.count, tokens[index].kind == .number, !isAttachedAfterWord(index) else { return nil }
        // Three groups of a longer chain ("075-2-8-43-661-8") or a code's digits ("BC.23.10.48.C") are no date.
        if index >= 2, !tokens[index].spaceBefore, tokens[index - 1].kind == .mark, !tokens[index - 1].spaceBefore,
           ["/", ".", "-"].contains(tokens[index - 1].key), tokens[index - 2].kind != .mark { return nil }
        if index + 6 < tokens.count, tokens[index + 5].kind == .mark, tokens[index + 5].key == tokens[index + 1].key,
           !tokens[index + 5].spaceBefore, !tokens[index + 6].spaceBefore, tokens[index + 6].kind == .number { return nil }
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
    func isUnknownWord(_ index: Int, cued: Bool) -> Bool {
        let key = tokens[index].key
        if NameCues.functionWords.contains(key) || vocabulary.glue.contains(key) { return false }
        // "sixth form", "year 7": a school's words, not a month's place.
        if SchoolRedaction.types.contains(key) || SchoolRedaction.kinds.contains(key) { return false }
        // "dob 21 / 02, Ni NS 30 72 01 D": two Latin letters are a code's or a small word's, not a month's.
        if cued { return key.count >= 3 || !key.allSatisfy(\.isASCII) }
        return key.count >= 3 && !Gazetteer.isEverydayWord(key) && !Gazetteer.places.contains(single: key)
    }

    /// The key of the `offset`-th word from `index` (words apart by hyphens or dots only: "t-ògmhios", "d.o.b").
    func wordKey(from index: Int, offset: Int) -> String? {
        wordIndex(from: index, offset: offset).map { tokens[$0].key }
    }

    func wordIndex(from index: Int, offset: Int) -> Int? {
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

    func previousWord(before index: Int) -> Int? {
        var cursor = index - 1
        while cursor >= 0, tokens[cursor].kind != .word { cursor -= 1 }
        return cursor >= 0 ? cursor : nil
    }

    /// A number touching a word before it ("CLA2008", "jay12"): part of something else.
    func isAttachedAfterWord(_ index: Int) -> Bool {
        guard index > 0, !tokens[index].spaceBefore else { return false }
        let previous = tokens[index - 1]
        // Chinese, Japanese and Korean need no spaces: "生日是2007年" holds a year, not a code.
        if tokens[index].kind == .number, previous.kind == .word, previous.key.unicodeScalars.last.map(Self.isSpacelessScript) == true {
            return false
        }
        if tokens[index].kind == .word { return previous.kind != .mark }
        // "2006年5月12日": a number after a year's or a month's own mark is not attached to a word.
        return previous.kind == .word && month(at: index - 1) == nil && !vocabulary.monthBeforeNumber.contains(previous.key)
            && !vocabulary.monthAfterNumber.contains(previous.key) && !["年", "년"].contains(previous.key)
    }

    /// The digits of the number at `index`; 0 for anything else or past the end.
    func digits(at index: Int) -> Int {
        index < tokens.count && tokens[index].kind == .number ? tokens[index].digits : 0
    }

    static let joiningMarks: Set<String> = [".", ",", "/", "-", "'", "(", "\u{2019}", "\u{060C}", "\u{201A}", "\u{00B7}", "\u{1363}", "\u{1361}", "年", "년"]

    static let ordinalEndings: Set<String> = [
        "st", "nd", "rd", "th", "er", "re", "e", "eme", "ieme", "o", "a", "af", "il", "ydd", "ed", "fed", "ain", "eg",
        "u", "de", "ste", "ro", "do", "ti", "ta", "te", "ый", "го", "日", "일", "号", "號", "ی", "ي",
    ]

    /// Han, kana and Hangul letters, written without spaces between words.
    static func isSpacelessScript(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF: return true
        default: return false
        }
    }

    static let romanMonths: [String: Int] = [
        "i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10, "xi": 11, "xii": 12,
    ]
}
