/// Schools named without a type where someone is admitted or applies: "i got an offer from oasis", "got a
/// place at st. peter's to do nursing", "got into Thornhill for hair and beauty", "applying to xav and Oakwood
/// for september", "applied to [a school] and kings". Being offered a place, getting into somewhere and
/// applying are what one does with a school, college or university, so the frame is strong enough for a name
/// that is an everyday word ("oasis", "kings"); the guards keep what one is offered or gets into otherwise
/// ("an offer from the council", "got into trouble", "got a place at my nans", "applied to jobs").
enum SchoolAdmissions {
    /// Word ranges (first...last) of schools named after an admission cue, and the names listed with them or
    /// with a school already `found` ("Oakwood Academy and kings").
    static func find(in items: [Words.Word], found: [Range<String.Index>]) -> [ClosedRange<Int>] {
        // Every cue holds one of a few words starting "o", "p", "g", "a", "y" or "f": most comments hold none.
        guard items.contains(where: { word in
            let utf8 = word.lower.utf8
            guard (2...9).contains(utf8.count), let first = utf8.first,
                  first == 111 || first == 112 || first == 103 || first == 97 || first == 121 || first == 102 else { return false }
            if first == 121, word.lower.contains(where: \.isNumber) { return true }
            return cueWords.contains(word.lower)
        }) else { return [] }
        var spans: [ClosedRange<Int>] = []
        var index = 1
        while index < items.count {
            guard let strength = cue(items, endingAt: index - 1), !items[index].isAfterBreak, items[index].onlySpacesBefore,
              !(items[index].lower == "the" && (index + 1 == items.count || !items[index + 1].onlySpacesBefore)) else {
                index += 1
                continue
            }
            // A list: "xav and Oakwood", "Oakwood Academy and kings", "highfields, Westfield or Ashton Park".
            var cursor = index
            var listed = false
            while cursor < items.count {
                var end: Int
                if let school = found.first(where: { $0.lowerBound == items[cursor].range.lowerBound }) {
                    end = cursor
                    while end + 1 < items.count, items[end + 1].range.upperBound <= school.upperBound { end += 1 }
                } else if let named = name(items, at: cursor, strong: strength || listed, theAllowed: cursor == index && afterYearGroup(items, index)) {
                    spans.append(cursor...named)
                    end = named
                } else {
                    break
                }
                listed = true
                let joined = end + 1 < items.count && ["and", "or", "&", "n"].contains(items[end + 1].lower)
                    && !items[end + 1].isAfterBreak && !items[end].punctuationAfter
                if joined, end + 2 < items.count, !items[end + 2].isAfterBreak, items[end + 2].onlySpacesBefore {
                    cursor = end + 2
                } else if items[end].listAfter, end + 1 < items.count, !items[end + 1].isAfterBreak {
                    cursor = end + 1
                } else {
                    cursor = end + 1
                    break
                }
            }
            index = max(cursor, index + 1)
        }
        return spans
    }

    /// Whether an admission cue ends at word `index`: true for a strong one ("offer from", "place at", "got
    /// into", "accepted at/into/to"), false for applying ("applied to", "applying for"), which needs its name
    /// written as one; nil for none.
    private static func cue(_ items: [Words.Word], endingAt index: Int) -> Bool? {
        guard index >= 1 else { return nil }
        let word = items[index].lower
        let previous = items[index - 1].lower
        if word == "at", !items[index].isAfterBreak {
            // "in year 10 at X", "y9 at X", "head of year at X", "sixth form at X": where a year group or form is.
            if ["year", "yr"].contains(previous), items[index - 1].numberAfter { return true }
            if previous.allSatisfy(\.isNumber), index >= 2, ["year", "yr"].contains(items[index - 2].lower) { return true }
            if items[index].onlySpacesBefore, previous == "year" && index >= 2 && items[index - 2].lower == "of"
                || previous == "form" && index >= 2 && ["sixth", "6th"].contains(items[index - 2].lower)
                || previous.first == "y" && SchoolContext.isSchoolTalk(items, index - 1) {
                return true
            }
        }
        guard items[index].onlySpacesBefore, !items[index].isAfterBreak else { return nil }
        if ["from", "frm"].contains(word), ["offer", "offers", "place"].contains(previous) { return true }
        if ["at", "@"].contains(word), previous == "place", index >= 2, ["a", "my", "the", "got", "offered", "get"].contains(items[index - 2].lower) {
            return true
        }
        if ["into", "in2", "in"].contains(word), ["got", "get", "gets", "getting"].contains(previous) { return word == "into" || word == "in2" }
        if ["at", "into", "to", "by"].contains(word), ["accepted", "accepting"].contains(previous) { return true }
        if ["to", "2", "for"].contains(word), ["applied", "applying", "apply", "applies"].contains(previous) { return false }
        return nil
    }

    /// The last word of a school's name starting at `index` (at most three words, ending before a small word,
    /// a mark or a break), or nil when the words there name no school.
    private static func name(_ items: [Words.Word], at index: Int, strong cue: Bool, theAllowed: Bool = false) -> Int? {
        guard index < items.count else { return nil }
        // "in year 4 at the cardinal": a school named with "the" where a year group is ("got into the security
        // industry" is no school).
        if cue, theAllowed, items[index].lower == "the", index + 1 < items.count, !items[index + 1].isAfterBreak, items[index + 1].onlySpacesBefore,
           !notAfterThe.contains(items[index + 1].lower), let end = name(items, at: index + 1, strong: true) {
            return end
        }
        let first = items[index]
        guard isNameWord(first), !notAdmission.contains(first.lower) else { return nil }
        var end = index
        // "st. peter's", "st thomas more": a saint's name as the school readers take it.
        if first.classes.contains(.saintOpener) { end = SchoolContext.run(items, from: index, sentence: index...(items.count - 1), shouting: false) }
        while end + 1 < items.count, end - index < 2, !items[end + 1].isAfterBreak, items[end + 1].onlySpacesBefore,
              !items[end].punctuationAfter, !items[end].listAfter, isNameWord(items[end + 1]),
              !notAdmission.contains(items[end + 1].lower) {
            end += 1
        }
        // After applying, a name written as one: "applied to Westfield", not "applied to loads".
        guard cue || (index...end).contains(where: { SchoolFrames.isStrongNameWord(items[$0], shouting: false) }) else { return nil }
        return end
    }

    /// Whether "at" before word `index` follows a year group or a form ("year 4 at", "y9 at", "sixth form at").
    private static func afterYearGroup(_ items: [Words.Word], _ index: Int) -> Bool {
        guard index >= 2, items[index - 1].lower == "at" else { return false }
        let before = items[index - 2].lower
        return ["year", "yr", "form"].contains(before) || before.allSatisfy(\.isNumber)
            || before.first == "y" && before.contains(where: \.isNumber)
    }

    private static func isNameWord(_ word: Words.Word) -> Bool {
        SchoolFrames.isNameWord(word) && !word.classes.contains(.placeNoun) && !word.classes.contains(.schoolTime)
            && !word.classes.contains(.schoolTalk) && !word.classes.contains(.schoolService)
            && !(word.lower.first == "y" && word.lower.contains(where: \.isNumber))
    }

    /// The words one of which every cue holds before its last word.
    static let cueWords: Set<String> = [
        "offer", "offers", "place", "got", "get", "gets", "getting", "accepted", "accepting", "applied", "applying", "apply", "applies",
        "year", "form", "yr",
    ]

    /// What "at the" leads to after a year group that is no school: "in year 9 at the time".
    static let notAfterThe: Set<String> = [
        "time", "moment", "minute", "min", "mo", "start", "end", "beginning", "back", "front", "same", "weekend",
        "weekends", "top", "bottom", "age", "point", "hospital", "doctors", "dentist", "unit", "centre", "home",
    ]

    /// What one is offered, gets into or applies for that is no school.
    static let notAdmission: Set<String> = [
        "trouble", "bother", "fights", "fight", "drugs", "debt", "arguments", "loads", "lots", "stuff", "things", "it",
        "council", "housing", "jobs", "job", "work", "universal", "credit", "pip", "benefits", "bursary", "grant",
        "grants", "apprenticeships", "apprenticeship", "courses", "course", "uni", "university", "college", "school",
        "colleges", "schools", "unis", "universities", "flats", "flat", "houses", "house", "places", "place", "army",
        "navy", "police", "fostering", "adoption", "passport", "licence", "license", "driving", "provisional", "money",
        "funding", "support", "help", "leaving", "care", "trust", "sixth", "form", "nursing", "everything", "everywhere",
        "loads", "ucas", "gym", "clubs", "club", "team", "teams", "shape", "habits", "routine", "music", "football",
        "gaming", "college's", "mine", "theirs", "his", "hers", "ours", "yours", "him", "her", "them", "us", "me",
    ]
}
