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

    /// Words before "to" that make what follows a person: "thanks to", "next to", "talk to", "kind to".
    static let toPerson: Set<String> = [
        "thanks", "thank", "out", "next", "nxt", "talk", "talked", "talking", "speak", "spoke", "speaking", "listen",
        "listens", "listened", "lied", "nice", "kind", "mean", "rude", "married", "engaged", "close", "closer",
        "say", "said", "sed", "explain", "explained", "complained", "apologise", "apologised", "sorry", "grateful",
    ]

    /// "Summer's mum", "hopes dad", "ivys bday": a name owning a relation or a birthday.
    static func ownsRelation(_ items: [Words.Word], at index: Int) -> Bool {
        guard index + 1 < items.count, !items[index + 1].isAfterBreak, !items[index].punctuationAfter else { return false }
        let next = items[index + 1].lower
        return relations.contains(next) || ["house", "bday", "birthday", "room", "phone", "place", "flat", "b'day", "number", "snap",
                                            "insta", "email", "tiktok", "snapchat"].contains(next)
    }

    /// Words before a quality, not a person: "i feel safe n i like it", "its so calm and i can sleep".
    static let qualityBefore: Set<String> = ["feel", "feels", "felt", "feeling", "so", "too", "very", "really", "proper", "more"]

    static let placeWords: Set<String> = ["to", "in", "at", "from", "near", "outside", "around", "round", "visit",
                                          "visited", "support", "supports", "watch", "watched", "play", "played", "into",
                                          // "i speak irish at home": a language.
                                          "speak", "speaks", "spoke", "speaking", "fluent"]

    /// Verbs done to a person: the word after them is a person when it could be a name ("tell star").
    static let personVerbs: Set<String> = [
        "tell", "told", "ask", "asked", "facetime", "facetimed", "text", "texted", "txt", "ring", "rang", "call",
        "called", "message", "messaged", "msg", "thank", "thanks", "hug", "hugged", "visit", "visited", "met",
        "phone", "phoned", "dm", "snapped", "invite", "invited", "trusts", "miss", "see", "seeing", "seen", "hi", "hiya", "hello", "hey", "bye", "dear",
        "contact", "contacted", "moved", "thx", "ty",
    ]

    /// Words that follow a person as its subject: "X takes me", "X lol", "X bday".
    static let personMarkers: Set<String> = [
        "takes", "took", "made", "makes", "moved", "goes", "went", "hit", "hits", "left", "says", "said", "tells",
        "keeps", "kept", "came", "comes", "rang", "rings", "texts", "texted", "visits", "visited", "lives", "lived",
        "helps", "helped", "answers", "checks", "checked", "sorted", "lol", "bday", "birthday", "bdday", "born",
        "always", "never", "shouts", "shouted", "listens", "cares", "gave", "gives", "got", "gets", "died", "passed",
        "writes", "wrote", "sends", "sent", "bought", "buys", "picks", "picked", "drives", "drove", "knows",
        "hates", "loves", "likes", "misses", "smiled", "laughs", "cried", "cries", "calls", "phones", "messages",
        "thinks", "reckons", "wants", "needs", "lets", "let", "does", "did", "tried", "tries", "promised", "sorts",
        "n", "&", "told", "asked", "found", "saw", "heard", "forgot", "showed", "reported", "taught",
    ]

    /// "my sw X", "called X", "me and X", "Mr X", "this is X".
    static func precedes(_ items: [Words.Word], at index: Int) -> Bool {
        guard index > 0, !items[index].isAfterBreak else { return false }
        let one = items[index - 1].lower
        let two = index > 1 ? items[index - 2].lower : ""
        let three = index > 2 ? items[index - 3].lower : ""
        // The lists the word before is in, found once when the words were read (`WordClasses`).
        let oneIs = items[index - 1].classes
        if oneIs.contains(.introducer) { return true }
        if oneIs.contains(.title) && (oneIs.contains(.unambiguousTitle) || items[index - 1].isCapitalised || items[index].isCapitalised) {
            return true
        }
        if afterRelation(items, at: index) || afterKinOpening(items, at: index) { return true }
        if (one == "and" || one == "n") && (two == "me" || (two == "i" && three != "")) { return true }
        if one == "an" && two == "me" { return true }  // "me an kaz"
        if one == "is" && (two == "name" || two == "this" || two == "nickname" || two == "surname" || two == "lastname")
            || one == "name" && (owners.contains(two) || nameKinds.contains(two)) {
            return true
        }
        if (one == "to" || one == "with") && ["speak", "talk", "spoke", "talked", "speaking", "talking"].contains(two) { return true }
        if oneIs.contains(.familyTitle) && !items[index - 1].isAfterBreak { return true }
        if one == "names" && owners.contains(two) { return true }
        if one == "as" && two == "known" { return true }
        // "the council has me as PHAM, charity", "they put me down as Kone".
        if one == "as" && (two == "me" || two == "down") { return true }
        return false
    }

    /// "X my carer", "X is my sw", "X and me", "X from the leaving care team".
    static func follows(_ items: [Words.Word], at index: Int) -> Bool {
        guard index + 1 < items.count, !items[index + 1].isAfterBreak else { return false }
        let one = items[index + 1].lower
        let two = index + 2 < items.count && !items[index + 2].isAfterBreak ? items[index + 2].lower : ""
        let three = index + 3 < items.count ? items[index + 3].lower : ""
        let four = index + 4 < items.count ? items[index + 4].lower : ""
        let five = index + 5 < items.count ? items[index + 5].lower : ""
        // "Jay my carer", not "i hope my brother is ok" or "Call my carer".
        let word = items[index]
        let apposition = index == 0 || !subjectPronouns.contains(items[index - 1].lower)
        // "Chi, my sw, is lovely": set off by commas on both sides, the relation can only be said of the word.
        let apposed = word.punctuationAfter && index + 3 < items.count
            && ((relations.contains(two) && items[index + 2].punctuationAfter)
                || (describers.contains(two) && relations.contains(three) && items[index + 3].punctuationAfter))
        if items[index + 1].classes.contains(.owner) && apposition
            && (!word.startsSentence || !word.lists.isEveryday || word.lists.contains(.everydayName) || apposed)
            && (relations.contains(two) || (describers.contains(two) && (relations.contains(three)
                // "carol my old foster carer still texts me": two describing words before the relation.
                || (describers.contains(three) && relations.contains(four) && !items[index + 3].isAfterBreak)))) { return true }
        if ["is", "was", "s", "wuz", "woz", "iz"].contains(one) && owners.contains(two)
            && (relations.contains(three) || (describers.contains(three) && (relations.contains(four) || relations.contains(five)))) {
            return true
        }
        // "pickering is my dads surname", "vo is my surname".
        if ["is", "was", "s"].contains(one) && owners.contains(two)
            && (three == "surname" || (four == "surname" && ["dads", "mums", "nans", "real", "birth", "dad's", "mum's"].contains(three))) {
            return true
        }
        // "jade and me", "Jay n i" (not "i feel safe n i like it": a quality after "feel" or "so").
        if (one == "and" || one == "n" || one == "an") && (two == "me" || two == "i")
            && (index == 0 || word.isAfterBreak || !qualityBefore.contains(items[index - 1].lower)) { return true }
        if (one == "family" || one == "household" || one == "familys") && index > 0 && ["the", "th", "da"].contains(items[index - 1].lower) {
            return true
        }
        if (one == "from" || one == "at") && [three, four, five].contains(where: teams.contains) { return true }
        return false
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
