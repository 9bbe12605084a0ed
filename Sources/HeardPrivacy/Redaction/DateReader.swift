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
        // A date holds a number, in digits or in words, within a few tokens of its start.
        let wordsOnly = tokens.contains { $0.kind == .word && Self.ordinals[$0.key] != nil } || !tokens.contains { $0.kind == .number }
        var nextNumber = tokens.count
        var numberAhead = [Int](repeating: tokens.count, count: tokens.count)
        for index in tokens.indices.reversed() {
            if tokens[index].kind == .number || Self.isDayWord(tokens[index]) { nextNumber = index }
            numberAhead[index] = nextNumber
        }
        var index = 0
        while index < tokens.count {
            if let cueEnd = cue(at: index) {
                cuedUntil = cueEnd + 10
                // "dob 2008", "year of birth: 2008": a field for the date of birth holding its year alone.
                if Self.fieldCues.contains(tokens[index].key), let year = yearAlone(at: cueEnd) {
                    found.append(year)
                    index = year.upperBound
                    continue
                }
                index = cueEnd
                continue
            }
            if !wordsOnly && numberAhead[index] - index > 6 {
                index += 1
                continue
            }
            let cued = index <= cuedUntil
            let unit = unitDate(at: index, cued: cued)
            if let end = unit ?? date(at: index, cued: cued) {
                let span = widened(index..<end, after: found.last?.upperBound ?? 0)
                found.append(span)
                index = span.upperBound
                // A learner's date in units ends what its cue names: "ma birth is 2010 year 12 month, letters go 2
                // room 11" holds no second date.
                if unit != nil { cuedUntil = -1 }
                continue
            }
            if cued, let end = calendarYear(at: index) {
                found.append(index..<end)
                index = end
                continue
            }
            index += 1
        }
        return found
    }

    /// A day or a number said in words ("fifth", "twenty", "nine", "forteenth").
    static func isDayWord(_ token: Token) -> Bool {
        guard token.kind == .word else { return false }
        return ordinals[token.key] != nil || cardinals[token.key] != nil
            || MisspeltOrdinals.endsLikeOrdinal(token.key.utf8) && MisspeltOrdinals.day(token.key) != nil
    }

    // MARK: Cues

    /// The end of a birth cue starting here ("dob", "date of birth", "born", "i turn 18 on").
    func cue(at index: Int) -> Int? {
        let token = tokens[index]
        guard token.kind == .word else { return nil }
        // "my 18th is on", "mi 16th", "sweet 16": a birthday named by the age.
        if ["my", "mi", "ma", "sweet"].contains(token.key), index + 1 < tokens.count, tokens[index + 1].kind == .number,
           (10...25).contains(tokens[index + 1].value), token.key == "sweet"
            || index + 2 < tokens.count && tokens[index + 2].key == "th" && !tokens[index + 2].spaceBefore {
            return token.key == "sweet" ? index + 2 : index + 3
        }
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
            if let end = numericDate(at: index) { return eraEnd(from: end) }  // "10/5/2000 EC"
            if let day = day(at: index) {
                if let end = dateAfterDay(day, cued: cued) { return end }
                // "3rd-5th march", "3 to 5 may 2008": a range of days before the month.
                let joint = day.end
                if joint + 1 < tokens.count, ["-", "–", "to", "&", "and"].contains(tokens[joint].key), let second = self.day(at: joint + 1),
                   let end = dateAfterDay(second, cued: cued), month(at: skip(from: second.end)) != nil {
                    return end
                }
            }
            if let year = year(at: index, twoDigits: false), tokens[index].digits == 4,
               let month = month(at: skip(from: year)), month.kind != .roman,
               let day = day(at: skip(from: month.end)) {
                return day.end  // "2007. január 7.", "2008年3月12日", "2008 March 12"
            }
            if let month = month(at: index), month.kind == .number, let day = day(at: skip(from: month.end)) {
                return day.end  // "5月12日", "3월 12일"
            }
            if let year = year(at: index, twoDigits: false), tokens[index].digits == 4, let day = day(at: skip(from: year)),
               let month = month(at: skip(from: day.end)), month.kind == .name {
                return month.end  // "2006. gada 3. maijā"
            }
            return nil
        }
        guard token.kind == .word, !isAttachedAfterWord(index) else { return nil }
        if let day = wordDay(at: index), let end = dateAfterDay(day, cued: cued) {
            // "my birthday is on the twenty third.": a day in words alone only after a cue and "the", and ending the
            // sentence ("the third to arrive" is a place in a queue).
            if end > skip(from: day.end) { return end }
            if day.ordinal, end == day.end, index > 0, tokens[index - 1].key == "the", end == tokens.count || tokens[end].kind == .mark {
                return end
            }
        }
        if let month = month(at: index), month.kind != .roman {
            let next = skip(from: month.end)
            if let day = day(at: next) ?? wordDay(at: next) {  // "aug 19th", "aug. nineteenth"
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
            // "5 september in 2008": a learner's "in" before the year.
            if month.kind == .name, afterMonth < tokens.count, tokens[afterMonth].key == "in", digits(at: afterMonth + 1) == 4,
               let year = year(at: afterMonth + 1, twoDigits: false) {
                return year
            }
            // "6nd of aprill": a month mistyped after a day written as an ordinal.
            if month.kind == .name || (cued && month.kind == .ambiguous)
                || day.ordinal && month.kind == .ambiguous && MisspeltMonths.isMonth(tokens[next].key) { return month.end }
            if month.kind == .number && cued && day.ordinal { return month.end }
        }
        // "the 25th of the 5th 2012", "22 6 03" after a cue: a month as a number.
        if next < tokens.count, tokens[next].kind == .number, let month = self.day(at: next), month.value <= 12,
           month.ordinal || cued, next > day.end || cued, let year = year(at: skip(from: month.end), twoDigits: true),
           cued || digits(at: skip(from: month.end)) == 4 || month.ordinal && day.ordinal {
            return year
        }
        // "bday the 3rd of the 5th", "my birthday is the fifth of the sixth": after a cue, an ordinal day, words
        // between, and a month as an ordinal, with no year.
        if cued, day.ordinal, next > day.end, isNear(day.end), let month = self.day(at: next) ?? wordDay(at: next), month.ordinal,
           month.value <= 12, self.month(at: skip(from: month.end)) == nil {
            return year(at: skip(from: month.end), twoDigits: true) ?? month.end
        }
        // A day, one or two words no list knows, and a year: "16 Ragfyr 2002", "21ain o Ragfyr 2009"; after a
        // cue any words ("born 30 zorblat 2008") and an ordinal day alone with one ("born on the 5th flumb").
        var cursor = next
        var words = 0
        while cursor < tokens.count, tokens[cursor].kind == .word, words < 2, isUnknownWord(cursor, cued: cued) {
            words += 1
            cursor = skip(from: cursor + 1)
        }
        // "my bday is on the 3rd": after a cue, an ordinal day alone ends the date.
        guard words > 0 else {
            let alone = next >= tokens.count || tokens[next].kind == .mark || NameCues.functionWords.contains(tokens[next].key)
            return cued && day.ordinal && alone && isNear(day.end) ? day.end : nil
        }
        let lastWord = previousWord(before: cursor)
        if let year = year(at: cursor, twoDigits: cued), cued || tokens[cursor].digits == 4 || isTwoK(cursor)
            || tokens[cursor].kind == .word { return year }
        if cued && day.ordinal, let lastWord { return lastWord + 1 }
        return nil
    }

    /// Whether a birth cue stands within six tokens before `end`: "my bday is on the 3rd", not a day ten
    /// words after "birthday".
    private func isNear(_ end: Int) -> Bool {
        (max(0, end - 7)..<end).contains { cue(at: $0) != nil }
    }

    /// The first words of cues that name a date-of-birth field ("dob", "d.o.b", "date of birth", "yob", "year
    /// of birth", "birth year"), not "born" or "birthday" ("born in 2008" says an age, as "im 16" does).
    static let fieldCues: Set<String> = ["dob", "d", "yob", "date", "year", "birth", "birthdate"]

    /// A four-digit year right after a field's cue (past ":", "-", "is"), standing alone: its token range.
    private func yearAlone(at start: Int) -> Range<Int>? {
        var cursor = start
        while cursor < tokens.count, cursor - start < 3, [":", "-", "=", "is", "was", "iz"].contains(tokens[cursor].key) { cursor += 1 }
        guard cursor < tokens.count, tokens[cursor].kind == .number, tokens[cursor].digits == 4,
              let end = year(at: cursor, twoDigits: false), unitDate(at: cursor, cued: true) == nil else { return nil }
        if end < tokens.count, tokens[end].kind == .number || month(at: skip(from: end)) != nil { return nil }
        return cursor..<end
    }
}
