/// Words around a name that mark it as one: "my sw X", "called X", "me and X", "Mr X", "X is my best friend",
/// "X from the leaving care team". A cue is strong when it names a person ("my sister", "called", "Mr") and
/// weak when it only often does ("thanks", "with", "ask").
enum NameCues {
    /// How surely a cue marks a name: `weak` ("with", "miss"), `person` (a verb done to a person: "tell",
    /// "facetime"), `strong` (a relation, a title, "called", "me and").
    enum Strength: Comparable { case none, weak, person, strong }

    /// The strongest cue around the word at `index`.
    static func strength(_ items: [Words.Word], at index: Int) -> Strength {
        if precedes(items, at: index) || follows(items, at: index) { return .strong }
        guard index > 0, !items[index].isAfterBreak else { return .none }
        let one = items[index - 1].lower
        let two = index > 1 ? items[index - 2].lower : ""
        if items[index - 1].classes.contains(.personVerb) { return .person }
        if items[index - 1].classes.contains(.weakIntroducer) { return .weak }
        if one == "im" || (one == "am" && two == "i") || (one == "you" && two == "thank") { return .weak }
        if one == "its" || one == "when" || one == "like" && ["staff", "people", "workers"].contains(two) { return .weak }
        return .none
    }

    /// Whether the word stands as a person does before what follows: "faith takes me", "bex made a fake
    /// account", "Abshir lol", "its rose birthday", "trinmora next door".
    static func isSubject(_ items: [Words.Word], at index: Int) -> Bool {
        guard index + 1 < items.count, !items[index + 1].isAfterBreak else { return false }
        let one = items[index + 1].lower
        let two = index + 2 < items.count ? items[index + 2].lower : ""
        if items[index + 1].classes.contains(.personMarker) { return true }
        if one == "next" && two == "door" { return true }
        return isDescribed(items, at: index)
    }

    /// "X is a good sw", "X was in charge", "X is a legend": what is said of a person.
    static func isDescribed(_ items: [Words.Word], at index: Int) -> Bool {
        guard index + 2 < items.count, !items[index + 1].isAfterBreak else { return false }
        let one = items[index + 1].lower, two = items[index + 2].lower
        let the = ["the", "da", "tha", "th"].contains(two)
        if (one == "is" || one == "was") && (two == "a" || two == "in" || two == "my" || the) && index + 3 < items.count
            && (items[index + 3].classes.contains(.relation) || ["good", "bad", "legend", "charge", "nightmare"].contains(items[index + 3].lower)
                || (index + 4 < items.count && items[index + 4].classes.contains(.relation))) {
            return true
        }
        // "justice was the only good carer", "X is the best social worker ever".
        if (one == "is" || one == "was") && (the || two == "my") {
            var cursor = index + 3
            while cursor < items.count, cursor <= index + 6, !items[cursor].isAfterBreak {
                if items[cursor].classes.contains(.relation) && items[cursor].lower != "head" { return true }
                // "rob is the only one who listens".
                if items[cursor].lower == "one", cursor + 1 < items.count, items[cursor + 1].lower == "who" { return true }
                guard ["only", "best", "worst", "nicest", "first", "last", "good", "bad", "kindest", "favourite", "social",
                       "support", "key", "foster", "youth", "personal", "new", "old"].contains(items[cursor].lower) else { break }
                cursor += 1
            }
        }
        return false
    }

    /// "mason and jade", "[name] and amber": a word joined by "and" to a name.
    static func isCoordinated(_ items: [Words.Word], _ isName: [Bool], at index: Int) -> Bool {
        // "[name] an ruby": "an" as "and" before a word that starts with no vowel.
        let joiner = index > 0 && (["and", "n"].contains(items[index - 1].lower)
            || (items[index - 1].lower == "an" && !"aeiou".contains(items[index].lower.first ?? "a")))
        if index >= 2, joiner, !items[index].isAfterBreak,
           isName[index - 2] || items[index - 1].placeholderBefore == .name { return true }
        if index + 2 < items.count, ["and", "n"].contains(items[index + 1].lower), !items[index + 1].isAfterBreak, isName[index + 2] {
            return true
        }
        if index + 1 < items.count, ["and", "n"].contains(items[index + 1].lower), items[index + 1].placeholderAfter == .name {
            return true
        }
        // "we had bill, then [name], now rob": people one after another.
        if index >= 2, ["then", "now"].contains(items[index - 1].lower), items[index - 2].punctuationAfter || items[index - 1].placeholderBefore == .name,
           isName[index - 2] || items[index - 1].placeholderBefore == .name { return true }
        if index + 2 < items.count, items[index].punctuationAfter, ["then", "now"].contains(items[index + 1].lower), isName[index + 2] || items[index + 1].placeholderAfter == .name {
            return true
        }
        // "i had [name] then june then", "had sapphire then [name]": people one after another, without commas.
        if index >= 2, items[index - 1].lower == "then", !items[index].isAfterBreak, isName[index - 2] || items[index - 1].placeholderBefore == .name,
           index + 1 == items.count || items[index + 1].lower == "then" || items[index].punctuationAfter { return true }
        if index >= 1, index + 2 < items.count, items[index - 1].lower == "had", items[index + 1].lower == "then", !items[index + 1].isAfterBreak,
           isName[index + 2] || items[index + 1].placeholderAfter == .name { return true }
        // "Jay, Kyle and Tavrek": a list of names separated by commas.
        if items[index].punctuationAfter, index + 1 < items.count, isName[index + 1], items[index].placeholderAfter == nil,
           index + 2 < items.count, items[index + 2].lower == "and" || items[index + 1].punctuationAfter { return true }
        return false
    }

    /// "my birth mum cherry martin": the word is followed by a surname no everyday word spells.
    static func precedesSurname(_ items: [Words.Word], _ facts: [WordFacts], at index: Int) -> Bool {
        guard index + 1 < items.count, !items[index + 1].isAfterBreak else { return false }
        return (facts[index + 1].surname && !items[index + 1].classes.contains(.notNameAfterCue)) || facts[index + 1].unknown
            || items[index].placeholderAfter == .name
    }

    /// A month name used as a month: after "in", "on", "since"... or before a number.
    static func isMonthContext(_ items: [Words.Word], at index: Int) -> Bool {
        let before = index > 0 ? items[index - 1].lower : ""
        return temporal.contains(before)
    }

    static let temporal: Set<String> = ["in", "on", "of", "since", "until", "till", "by", "last", "next", "this",
                                        "early", "late", "mid", "end", "from", "during", "before", "after", "every"]

    /// A place name used as a place: after "to", "in", "at", "near"...
    static func isPlaceContext(_ items: [Words.Word], at index: Int) -> Bool {
        let word = items[index]
        if word.placeholderBefore == .address || word.placeholderBefore == .postcode || word.placeholderAfter == .postcode {
            return true  // "[address] hull [postcode]": the town of an address
        }
        // "chelsea beat arsenal 2-0", "wolves lost to chelsea": a club playing a club.
        if index + 1 < items.count, !items[index + 1].isAfterBreak, ["beat", "beats", "drew", "thrashed", "lost"].contains(items[index + 1].lower),
           index + 2 < items.count, items[index + 2].lists.contains(.place) || items[index + 2].lower == "to" { return true }
        guard index > 0, !word.isAfterBreak, placeWords.contains(items[index - 1].lower) else { return false }
        // "thanks to Hope", "sat next to Hope", "talk to Hope": "to" a person.
        return !(items[index - 1].lower == "to" && index > 1 && toPerson.contains(items[index - 2].lower))
    }

    /// "Summer's mum", "hopes dad", "ivys bday": a name owning a relation or a birthday.
    static func ownsRelation(_ items: [Words.Word], at index: Int) -> Bool {
        guard index + 1 < items.count, !items[index + 1].isAfterBreak, !items[index].punctuationAfter else { return false }
        let next = items[index + 1].lower
        return relations.contains(next) || ["house", "bday", "birthday", "room", "phone", "place", "flat", "b'day", "number", "snap",
                                            "insta", "email", "tiktok", "snapchat"].contains(next)
    }


    /// "Zorbina is kind", "Tavrek and me": a sentence that opens with a word no list knows, then a verb.
    static func opensWithPerson(_ items: [Words.Word], at index: Int) -> Bool {
        guard index + 1 < items.count, !items[index + 1].isAfterBreak else { return items[index].placeholderAfter == .name }
        return openingVerbs.contains(items[index + 1].lower) || items[index + 1].isCapitalised
    }

    static let openingVerbs: Set<String> = [
        "is", "was", "has", "had", "and", "said", "says", "will", "would", "can", "could", "does", "did", "isnt",
        "wasnt", "doesnt", "didnt", "cant", "wont", "n", "&",
    ]

    /// "i hope", "we will": the word right after a subject pronoun (not "check it - jade keeps...").
    static func followsSubjectPronoun(_ items: [Words.Word], at index: Int) -> Bool {
        index > 0 && !items[index].isAfterBreak && !items[index - 1].punctuationAfter
            && items[index - 1].classes.contains(.pronounBefore)
    }

    /// "hope you are ok", "will u": the word right before a pronoun, so a verb going on, not a name.
    static func beforePronoun(_ items: [Words.Word], at index: Int) -> Bool {
        index + 1 < items.count && !items[index + 1].isAfterBreak && !items[index].punctuationAfter
            && items[index + 1].classes.contains(.pronounAfter)
    }

    /// Days of the week, which are also names ("Sunday", "Tuesday"): names only where a person stands.
    static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
}
