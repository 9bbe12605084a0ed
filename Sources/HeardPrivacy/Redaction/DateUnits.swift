/// Dates as a learner of English writes them, in the order and with the words of their first language: a word
/// after each part in numbers ("2009 year 7 month", "2004 year 11 month 11 day", "6 month 28 day" after a birth
/// cue), a unit word round a date written otherwise ("year 2006 october 26", "20th of April 2008 year", "23 july
/// month"), and, after a birth cue, a year of another calendar standing alone ("born 1387", "my tazkira says
/// ۱۳۸۳", "born in the year 2703"). The unit words are `unit-year`, `unit-month` and `unit-day` in
/// `Data/date-words.txt`.
extension DateReader {
    /// The end of a date of units starting at `index`: a four-digit year and its word, a month and its word,
    /// perhaps a day and its word; or, after a birth cue, a month and a day with their words. Nil otherwise.
    func unitDate(at index: Int, cued: Bool) -> Int? {
        guard tokens[index].kind == .number else { return nil }
        if tokens[index].digits == 4, year(at: index, twoDigits: false) == index + 1, index + 1 < tokens.count,
           tokens[index + 1].kind == .word, vocabulary.unitYear.contains(tokens[index + 1].key),
           let month = unitPart(at: index + 2, upTo: 12, words: vocabulary.unitMonth) {
            return unitPart(at: month, upTo: 31, words: vocabulary.unitDay) ?? month
        }
        // "16 year 7 month" is an age, "1 month 2 days" a while: a month and a day alone only after a cue.
        guard cued, let month = unitPart(at: index, upTo: 12, words: vocabulary.unitMonth) else { return nil }
        return unitPart(at: month, upTo: 31, words: vocabulary.unitDay)
    }

    /// A number from 1 to `limit` at `index` and one of `words` after it: the end.
    private func unitPart(at index: Int, upTo limit: Int, words: Set<String>) -> Int? {
        guard index + 1 < tokens.count, tokens[index].kind == .number, tokens[index].digits <= 2, (1...limit).contains(tokens[index].value),
              tokens[index + 1].kind == .word, words.contains(tokens[index + 1].key) else { return nil }
        return index + 2
    }

    /// A date found otherwise, widened over a unit word before its year or after its year or month: "year [2006
    /// october 26]", "[20th of April 2008] year", "[23 july] month". `after` is where the date before it ends.
    func widened(_ span: Range<Int>, after previous: Int) -> Range<Int> {
        var lower = span.lowerBound
        var upper = span.upperBound
        if lower - 1 >= previous, tokens[lower].kind == .number, tokens[lower].digits == 4, tokens[lower - 1].kind == .word,
           vocabulary.unitYear.contains(tokens[lower - 1].key) {
            lower -= 1
        }
        if upper < tokens.count, tokens[upper].kind == .word, tokens[upper].spaceBefore {
            let last = tokens[upper - 1]
            let key = tokens[upper].key
            // Not "born 1 july 2009 year 9 was the worst": a school year.
            let schoolYear = upper + 1 < tokens.count && tokens[upper + 1].kind == .number
            if last.kind == .number && last.digits == 4 && vocabulary.unitYear.contains(key) && !schoolYear
                || last.kind == .word && vocabulary.unitMonth.contains(key) && month(at: upper - 1) != nil {
                upper += 1
            }
        }
        return lower..<upper
    }

    /// After a birth cue, a year of another calendar standing alone: the solar and lunar Hijri years (1300 to
    /// 1450) and the Kurdish and Buddhist ones (2500 to 2800). A Gregorian year alone after "born" says an age,
    /// as "im 16" does, and stays; "born 1400 miles away" is a count.
    func calendarYear(at index: Int) -> Int? {
        let token = tokens[index]
        guard token.kind == .number, token.digits == 4, (1300...1450).contains(token.value) || (2500...2800).contains(token.value),
              index == 0 || !["£", "$", "€", "#"].contains(tokens[index - 1].key),
              let end = year(at: index, twoDigits: false) else { return nil }
        if end < tokens.count, tokens[end].kind == .word, Self.countWords.contains(tokens[end].key) { return nil }
        // "reference uc 2533 1506": a group of a number with a code before it or more groups after it is no year.
        if end < tokens.count, tokens[end].kind == .number { return nil }
        guard index > 0, tokens[index - 1].kind == .word else { return nil }
        let previous = tokens[index - 1].key
        return NameCues.functionWords.contains(previous) || vocabulary.unitYear.contains(previous) || vocabulary.glue.contains(previous)
            || Self.sayingWords.contains(previous) || cue(at: index - 1) != nil ? end : nil
    }

    /// Words before a year that say what a paper or a person gives as the year: "my tazkira says 1388".
    private static let sayingWords: Set<String> = ["says", "say", "said", "shows", "show", "gives", "wrote", "writes", "put", "is", "was", "iz"]

    private static let countWords: Set<String> = [
        "miles", "mile", "km", "metres", "meters", "feet", "pounds", "quid", "euros", "dollars", "people", "times", "days",
        "hours", "calories", "words", "kids", "children", "students", "followers", "views", "likes", "points",
    ]
}
