/// Schools named with no type, read from a sentence that is about school or from going somewhere bare:
/// "im in year 13 at Cranbrook", "the teachers at harefield dont get care kids", "valley wont let me do my
/// gcses", "jo - tolworth - yr11" (a sentence with school's words: a year group, teachers, exams, isolation);
/// "used to go appleton then got moved", "went holy family for a bit", "i go to oakwood" (going to a place
/// with no "to", or habitually); "[name] from harefield". The name may be a town's ("Heathfield", "Whitley
/// Bay"): schools are mostly named after where they stand, so where the frame says school a town is taken too.
enum SchoolContext {
    /// Word ranges (first...last) of schools named in such frames.
    static func find(in items: [Words.Word], shouting: Bool) -> [ClosedRange<Int>] {
        var spans: [ClosedRange<Int>] = []
        var start = 0
        while start < items.count {
            var end = start
            while end + 1 < items.count, !items[end + 1].startsSentence { end += 1 }
            let sentence = start...end
            // Whether the sentence is about school is asked only once some word stands in a frame.
            var knownTalk: Bool?
            func talk() -> Bool {
                if let knownTalk { return knownTalk }
                let found = sentence.contains { isSchoolTalk(items, $0) }
                knownTalk = found
                return found
            }
            var index = start
            while index <= end {
                if let span = school(items, at: index, sentence: sentence, talk: talk, shouting: shouting) {
                    spans.append(span)
                    index = span.upperBound + 1
                } else {
                    index += 1
                }
            }
            start = end + 1
        }
        return spans
    }

    /// A school's name starting at `index`, or nil.
    private static func school(_ items: [Words.Word], at index: Int, sentence: ClosedRange<Int>, talk isTalk: () -> Bool,
                               shouting: Bool) -> ClosedRange<Int>? {
        // Most words stand in no frame: a few comparisons say so before any list is asked, whether the sentence
        // is about school is asked last, and the words are copied out only for those that pass.
        let hasPrevious = index > sentence.lowerBound && !items[index].isAfterBreak
        let framed = hasPrevious && (items[index - 1].punctuationAfter || items[index - 1].classes.contains(.schoolFrame))
        let opensClause = !hasPrevious || items[index - 1].classes.contains(.clauseJoin)
        let wereNext = opensClause && index < sentence.upperBound
            && (index + 1...min(index + 3, sentence.upperBound)).contains { items[$0].classes.contains(.pastBe) }
        guard framed || opensClause && (wereNext || isTalk()) || items[index].classes.contains(.saintOpener) && isTalk(),
              isCandidate(items[index]) else { return nil }
        let talk = isTalk()
        let word = items[index]
        let previous = hasPrevious ? items[index - 1] : nil
        let joined = previous != nil && word.onlySpacesBefore
        let end = run(items, from: index, sentence: sentence, shouting: shouting)
        let saint = word.classes.contains(.saintOpener) && end > index || openers.contains(word.lower) && end > index
        let strong = saint || isStrong(word, shouting: shouting)
        // "sir gave me detention": a title alone is a teacher.
        guard strong, !(openers.contains(word.lower) && end == index) else { return nil }
        let before = joined ? previous!.lower : ""
        let beforeThat = joined && index - 2 >= sentence.lowerBound && items[index - 1].onlySpacesBefore ? items[index - 2].lower : ""
        // Going there: a school ("used to go appleton then got moved") or an outing ("went whitby on the train").
        if let going = goesThere(items, index, end: end, sentence: sentence, talk: talk) { return going ? index...end : nil }
        // "Dr Pike at Tanfield", "miss jones at Hollins": someone's title and name, then where they teach.
        if before == "at", index >= 3, titles.contains(items[index - 3].lower), items[index - 2].onlySpacesBefore { return index...end }
        // "I am at Cranbrook", "n im at OHS": where someone is now, named alone at a clause's end.
        if before == "at", ["am", "im", "i'm"].contains(beforeThat),
           end == sentence.upperBound || items[end].punctuationAfter || ["and", "n", "now", "but", "&"].contains(items[end + 1].lower) {
            return index...end
        }
        // "College: HOLY FAMILY", "school - Brackley": a school noun, a colon or dash, the name.
        if let previous, previous.punctuationAfter, SchoolFrames.schoolNouns.contains(previous.lower) {
            return index...end
        }
        // "got kicked out of Rainford", "chucked out of X".
        if before == "of", beforeThat == "out", index >= 3, ["kicked", "chucked", "thrown", "booted"].contains(items[index - 3].lower) {
            return index...end
        }
        // "at X in september": a school's term.
        if before == "at", end + 2 <= sentence.upperBound, items[end + 1].lower == "in",
           ["september", "sept", "reception"].contains(items[end + 2].lower) { return index...end }
        // "belmont were good with me": a place that treats someone well or badly, as a school does.
        if end + 4 <= sentence.upperBound, ["were", "was"].contains(items[end + 1].lower),
           ["with", "wiv", "w", "to"].contains(items[end + 3].lower), ["me", "us"].contains(items[end + 4].lower),
           index == sentence.lowerBound || previous.map({ $0.classes.contains(.clauseJoin) || $0.punctuationAfter }) == true
            || word.isAfterBreak && word.placeholderBefore == nil { return index...end }
        guard talk else { return nil }
        // "teachers at X", "first day at X", "left X in year 9", "kicked out of X".
        if slotWords.contains(before) || (before == "of" && beforeThat == "out")
            || (before == "to" && SchoolFrames.motionWords.contains(beforeThat)) { return index...end }
        // "X wont let me do my gcses", "X were good with me": the subject of a clause about school.
        let clauseStart = index == sentence.lowerBound || word.isAfterBreak && word.placeholderBefore != .name
            || (previous.map { $0.classes.contains(.clauseJoin) || $0.punctuationAfter } ?? false)
        if clauseStart, end + 1 <= sentence.upperBound, subjectVerbs.contains(items[end + 1].lower) { return index...end }
        // "jo - tolworth - yr11": set off by punctuation on both sides.
        if previous?.punctuationAfter == true, end == sentence.upperBound || items[end].punctuationAfter { return index...end }
        // "the designated teacher at st. chad's", "notre dame - year 11": a saint's or faith's name anywhere.
        if saint, word.classes.contains(.saintOpener) { return index...end }
        return nil
    }

    /// Going somewhere as to school: "i go to oakwood now", "used to go appleton then got moved", "went
    /// ashbourne for a bit", "my brother goes to X"; not an outing ("we went alton towers for my 16th", "went
    /// leeds on the train", "i want to go to whitby with my mates", "in summer we go to newquay").
    /// Nil where no going verb stands before the name.
    private static func goesThere(_ items: [Words.Word], _ index: Int, end: Int, sentence: ClosedRange<Int>, talk: Bool) -> Bool? {
        guard items[index].onlySpacesBefore, !items[index].isAfterBreak, index > sentence.lowerBound else { return nil }
        var verb = index - 1
        if items[verb].lower == "to" || items[verb].lower == "2", items[verb].onlySpacesBefore, verb > sentence.lowerBound { verb -= 1 }
        // "go back to abbey grange": going back as going.
        if items[verb].lower == "back", items[verb].onlySpacesBefore, verb > sentence.lowerBound { verb -= 1 }
        guard goingWords.contains(items[verb].lower) else { return nil }
        let subject = verb > sentence.lowerBound && items[verb].onlySpacesBefore ? items[verb - 1].lower : ""
        let usedTo = subject == "to" && verb - 1 > sentence.lowerBound && ["used", "use"].contains(items[verb - 2].lower)
        func word(_ at: Int) -> String? { at <= sentence.upperBound && !items[at].isAfterBreak ? items[at].lower : nil }
        let next = items[end].punctuationAfter ? nil : word(end + 1)
        // What follows says school: "now", "then got moved", "till year 11", "for a bit", "next year", "in september".
        if let next {
            let second = word(end + 2)
            if ["now", "then", "till", "until", "til", "since"].contains(next) { return true }
            if next == "next", second == "year" || second == "september" { return true }
            if next == "for", second == "a", let third = word(end + 3), ["bit", "while", "year", "term"].contains(third) { return true }
            if next == "in", let second, ["year", "yr", "sept", "september", "y7", "y9", "y10", "y11", "reception"].contains(second) { return true }
            if outingWords.contains(next) { return false }
        }
        guard !["we", "us", "to", "2"].contains(subject) || usedTo else { return false }
        // Otherwise only where someone goes every day: "i go to oakwood", "my brother goes X", "used to go X".
        let daily = usedTo || items[verb].lower == "goes" || items[verb].lower == "go" && ["i", "she", "he", "still", "also", "now"].contains(subject)
        return daily || talk
    }

    /// Words just before a name that some frame here starts from.
    static let frameWords: Set<String> = goingWords.union(slotWords).union(["to", "2", "of"])
    static let goingWords: Set<String> = ["go", "goes", "went", "going", "attend", "attends", "attended"]
    /// Words after a place that make going there an outing: "on the train", "every sunday", "with my pa".
    static let outingWords: Set<String> = [
        "on", "every", "at", "with", "wiv", "w", "when", "for", "to", "2", "by", "tomorrow", "tonight", "this", "last",
        "party", "and", "n", "&", "after", "before", "once", "twice", "again", "today", "yesterday", "later", "soon",
    ]

    /// The last word of a name starting at `index`: a saint's name, an opener and the names after it, or a
    /// word and up to two more written like it ("Titus Salt", "WHITLEY BAY") or parts of a place's name
    /// ("abbeydale grange").
    static func run(_ items: [Words.Word], from index: Int, sentence: ClosedRange<Int>, shouting: Bool) -> Int {
        let word = items[index]
        func joinedNext(_ at: Int) -> Bool {
            at + 1 <= sentence.upperBound && !items[at + 1].isAfterBreak && !items[at].punctuationAfter
                && (items[at + 1].onlySpacesBefore || SchoolRedaction.gap(items, at + 1).trimmingCharacters(in: .whitespaces) == ".")
        }
        // "st. chad's", "mount st mary's", "sir john thursby".
        if ["st", "saint"].contains(word.lower), joinedNext(index), isCandidate(items[index + 1]) {
            return SchoolFrames.saintName(items, at: index) ?? index + 1
        }
        if word.classes.contains(.saintOpener), let end = SchoolFrames.saintName(items, at: index) { return end }
        if word.lower == "mount", joinedNext(index), ["st", "saint"].contains(items[index + 1].lower) {
            return run(items, from: index + 1, sentence: sentence, shouting: shouting)
        }
        var end = index
        let limit = openers.contains(word.lower) ? 2 : 1
        while end - index <= limit, joinedNext(end), isCandidate(items[end + 1]) {
            let next = items[end + 1]
            let written = (word.isCapitalised || word.isAllCapitals || openers.contains(word.lower)) && !shouting
                && next.isCapitalised && !next.startsSentence
            let shouted = word.isAllCapitals && next.isAllCapitals
            guard written || shouted || nameParts.contains(next.lower) || SchoolFrames.isUnknown(next)
                    || openers.contains(word.lower) && (next.isCapitalised || next.lists.contains(.given)) else { break }
            end += 1
        }
        return end
    }

    /// A word that may stand in a school's name here.
    private static func isCandidate(_ word: Words.Word) -> Bool {
        // The lists, as the word's classes (`WordClasses`): found once when the words were read.
        if word.classes.contains(.schoolOpener) { return true }
        return SchoolFrames.isNameWord(word) && word.classes.isDisjoint(with: [.placeNoun, .schoolTime, .schoolTalk, .schoolService, .team])
            && !(word.lower.first == "y" && word.lower.contains(where: \.isNumber))
    }

    /// A word that looks like a school's own: capitals in mid-sentence, a word no English list holds, a place.
    private static func isStrong(_ word: Words.Word, shouting: Bool) -> Bool {
        if SchoolFrames.isStrongNameWord(word, shouting: shouting) { return true }
        if word.isAllCapitals && word.key.count >= 3 && !word.lists.isEveryday { return true }
        return word.lists.contains(.place)
    }

    /// A word that says a sentence is about school: teachers, exams, a year group, isolation.
    static func isSchoolTalk(_ items: [Words.Word], _ index: Int) -> Bool {
        let lower = items[index].lower
        if items[index].classes.contains(.schoolTalk) { return true }
        // Year groups, levels and "first day" start with "y", "l" or "d": one byte says most words are none.
        guard let initial = lower.utf8.first, initial == 121 || initial == 108 || initial == 100 else { return false }
        if yearWords.contains(lower), items[index].numberAfter { return true }
        if lower == "day", index > 0, items[index - 1].lower == "first" { return true }
        return lower.count <= 4 && (lower.hasPrefix("y1") || lower.hasPrefix("yr1") || lower == "y7" || lower == "y8" || lower == "y9")
            && lower.dropFirst().allSatisfy { $0.isNumber || $0 == "r" }
    }

    static let yearWords: Set<String> = ["year", "yr", "level"]
    static let pastBe: Set<String> = ["were", "was"]
    static let talkWords: Set<String> = [
        "teacher", "teachers", "tutor", "headteacher", "senco", "gcse", "gcses", "alevels", "a-levels", "btec",
        "btecs", "exams", "exam", "lessons", "lesson", "detention", "detentions", "isolation", "excluded", "expelled",
        "suspended", "exclusion", "excluding", "uniform", "homework", "pupils", "pupil", "classmates", "timetable",
        "maths", "ehcp", "designated", "sixth", "6th", "year7", "year8", "year9", "year10", "year11", "year12", "year13",
    ]
    /// Words before a school's name in a sentence about school.
    static let slotWords: Set<String> = [
        "at", "from", "into", "attend", "attends", "attended", "attending", "left", "joined", "started", "leaving",
    ]
    /// What a school does as the subject of a clause about school: "X wont let me", "X were good with me".
    static let subjectVerbs: Set<String> = [
        "wont", "won't", "want", "went", "will", "wouldnt", "didnt", "dont", "never", "were", "kicked", "excluded",
        "expelled", "put", "gave", "let", "made", "has", "have", "are", "is", "was", "said", "called", "sent",
    ]
    static let titles: Set<String> = ["mr", "mrs", "ms", "miss", "dr", "sir", "mx", "mr.", "mrs.", "ms.", "dr."]
    static let joins: Set<String> = ["and", "but", "so", "also", "then", "tbh", "n", "&", "cos", "coz", "because"]
    /// Words that open a school's name before a person's: "Sir John Thursby", "Cardinal Heenan".
    static let openers: Set<String> = ["sir", "cardinal", "bishop", "archbishop", "dame", "king", "queen", "prince", "princess", "corpus"]
    /// Second words of a place's name: "abbeydale grange", "whitley bay", "penn wood".
    static let nameParts: Set<String> = [
        "grange", "park", "hill", "hills", "bay", "wood", "woods", "vale", "green", "field", "fields", "manor", "heath",
        "bank", "dale", "view", "valley", "hall", "castle", "moor", "brook", "gate", "cross", "heights", "grove",
        "bridge", "lea", "meadow", "meadows", "abbey", "priory", "christi", "downs", "mead", "oaks", "common", "royd",
    ]
    /// Times that follow "at" like a place: "excluded at christmas".
    static let times: Set<String> = [
        "christmas", "xmas", "easter", "halloween", "eid", "diwali", "weekend", "weekends", "night", "lunch", "break",
        "breaktime", "lunchtime", "dinner", "tea", "first", "last", "least", "all", "once", "home", "times", "uni",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]
}
