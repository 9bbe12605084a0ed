/// What only a person does, read right after a word that may be a month, a day or an everyday word: "at
/// contact april didnt even turn up", "june said i could stay", "i want poppy to be my sw again". A month
/// comes, goes and is hard ("april was hard", "may came quickly"); it never says, rings or fails to turn up.
extension NameCues {
    /// The word is followed by a verb only a person does, or by "didnt" and such a verb.
    static func actsAsOnlyPeopleDo(_ items: [Words.Word], at index: Int) -> Bool {
        guard index + 1 < items.count, !items[index + 1].isAfterBreak, !items[index].punctuationAfter else { return false }
        let next = items[index + 1].lower
        if peoplesVerbs.contains(next) { return true }
        // "precious dropped me off", "trinity understands me": done to the writer as only a person does it.
        if doneToMe.contains(next), index + 2 < items.count, !items[index + 2].isAfterBreak, ["me", "us"].contains(items[index + 2].lower) {
            return true
        }
        guard negations.contains(next), index + 2 < items.count, !items[index + 2].isAfterBreak else { return false }
        var two = items[index + 2].lower
        // "didnt even turn up", "never ever rings".
        if ["even", "ever", "really", "actually", "bother", "bothered"].contains(two), index + 3 < items.count,
           !items[index + 3].isAfterBreak {
            two = items[index + 3].lower
        }
        return peoplesBareVerbs.contains(two)
    }

    /// "i want poppy to be my sw again", "we need hope to be our carer": someone wanted in a person's role.
    static func wantedInRole(_ items: [Words.Word], at index: Int) -> Bool {
        guard index >= 1, index + 4 < items.count, !items[index].isAfterBreak,
              ["want", "wanted", "need", "needed", "wish", "wanna"].contains(items[index - 1].lower),
              (index + 1...index + 4).allSatisfy({ !items[$0].isAfterBreak }) else { return false }
        // "i want june back as my sw": wanted back in a person's role.
        if items[index + 1].lower == "back", items[index + 2].lower == "as" {
            return items[index + 3].classes.contains(.owner) && items[index + 4].classes.contains(.relation)
        }
        guard items[index + 1].lower == "to", items[index + 2].lower == "be" else { return false }
        let owner = items[index + 3].lower
        guard owners.contains(owner) || owner == "the" || owner == "a" else { return false }
        if items[index + 4].classes.contains(.relation) { return true }
        return index + 5 < items.count && !items[index + 5].isAfterBreak && items[index + 4].classes.contains(.describer)
            && items[index + 5].classes.contains(.relation)
    }

    /// Verbs in the past or third person that only a person does.
    static let peoplesVerbs: Set<String> = [
        "said", "says", "sed", "told", "tells", "rang", "rings", "texted", "texts", "messaged", "phoned", "shouted",
        "shouts", "promised", "promises", "lied", "lies", "listens", "listened",
        "replied", "replies", "answered", "hugged", "cried", "laughed", "asked", "asks", "visited", "visits",
    ]
    /// Verbs a person does to the writer, read only before "me" or "us" ("winter gets me down" is no person).
    static let doneToMe: Set<String> = [
        "dropped", "drops", "understands", "understood", "collected", "collects", "believed", "believes", "hugs", "hugged",
    ]
    static let negations: Set<String> = ["didnt", "doesnt", "dont", "never", "wont", "cant", "couldnt", "wouldnt", "aint"]
    /// Bare verbs a person does (after "didnt", "never"): "turn up", "ring", "listen".
    static let peoplesBareVerbs: Set<String> = [
        "turn", "show", "ring", "call", "text", "reply", "answer", "listen", "care", "help", "tell", "visit", "say",
        "come", "phone", "message", "speak", "talk", "explain", "ask", "bother", "let",
    ]

    /// "Đỗ", "Lê", "Tô": a word whose letters carry marks or are not ASCII, so it is not the small English word
    /// ("do", "le", "to") its plain letters spell.
    static func markedSmallWord(_ word: Words.Word) -> Bool {
        word.key != word.lower && word.lower.unicodeScalars.contains { !$0.isASCII && $0.properties.isAlphabetic }
            && !Gazetteer.isEverydayWord(word.lower)
    }

    /// Small words that follow a title without being a name: "mr and mrs", "Mr Is Kind" in title case.
    static let titleJoiners: Set<String> = [
        "and", "or", "n", "is", "was", "the", "a", "of", "to", "in", "at", "on", "from", "for", "with", "said", "says",
        "has", "had", "who", "but", "so", "i", "me", "my", "you", "he", "she", "it", "we", "they", "its", "this", "that",
    ]

    /// "happy bday sunny", "a lift off faith", "... thanks for listening - Faith": someone wished a happy
    /// birthday, who gave a lift, or signing after a dash at the very end.
    static func greetedOrRemembered(_ items: [Words.Word], at index: Int) -> Bool {
        let word = items[index]
        if index >= 1, !word.isAfterBreak {
            let one = items[index - 1].lower, two = index >= 2 && !items[index - 1].isAfterBreak ? items[index - 2].lower : ""
            if ["bday", "birthday", "b'day", "birthdy", "bdday"].contains(one) && two == "happy" { return !word.numberAfter }
            if ["off", "from"].contains(one) && ["lift", "lifts"].contains(two) { return true }
        }
        var end = index + 1
        while end < items.count, kisses.contains(items[end].lower) { end += 1 }
        guard end == items.count, index > 0, word.isAfterBreak, !word.startsSentence, word.isCapitalised, word.placeholderBefore == nil
        else { return false }
        return !seasonNames.contains(word.lower) && !calendarNames.contains(word.lower)
    }

    /// "hope who is my sw", "Faith, who is my carer,", "sunny who helps me", "honey (sw) never rings", "storm and
    /// my iro came", "my iro and storm came", "sky is like a mum to me": a word told of as a person by what
    /// stands right beside it.
    static func toldOfAsPerson(_ items: [Words.Word], at index: Int) -> Bool {
        let word = items[index]
        // "it was sunny and my mum took us out": a word after a copula or a degree word is a quality.
        if index > 0, !word.isAfterBreak, NameGrammar.thingBefore.contains(items[index - 1].lower) { return false }
        if index + 1 < items.count, !items[index + 1].isAfterBreak {
            let one = items[index + 1].lower
            let two = index + 2 < items.count && !items[index + 2].isAfterBreak ? items[index + 2].lower : ""
            let three = index + 3 < items.count && !items[index + 3].isAfterBreak ? items[index + 3].lower : ""
            // "who" stands for a person: "hope who is my sw", "sunny who helps me".
            if one == "who" && (personMarkers.contains(two) || peoplesVerbs.contains(two) || ["is", "was", "has", "had"].contains(two)) {
                return true
            }
            // "honey (sw) never rings": a relation in brackets right after the word.
            if word.punctuationAfter, relations.contains(one), bracketed(items, at: index) { return true }
            // "storm and my iro came": joined to someone's relation.
            if ["and", "n", "an"].contains(one), !word.punctuationAfter, owners.contains(two), relations.contains(three) { return true }
            // "sky is like a mum to me".
            if ["is", "was", "s"].contains(one), two == "like", index + 4 < items.count, ["a", "my", "the"].contains(three),
               items[index + 4].classes.contains(.relation) { return true }
        }
        // "my iro and storm came", "me and my sw and hope": after someone's relation and "and".
        if index >= 3, !word.isAfterBreak, ["and", "n", "an"].contains(items[index - 1].lower), items[index - 2].classes.contains(.relation),
           items[index - 3].classes.contains(.owner), !items[index - 2].punctuationAfter, !items[index - 1].isAfterBreak {
            let next = index + 1 < items.count && !items[index + 1].isAfterBreak ? items[index + 1].lower : ""
            return personMarkers.contains(next) || verbsAfterSubject.contains(next) || next.isEmpty || word.punctuationAfter
        }
        return false
    }

    /// Whether the word at `index` is followed by "(" in the text (spaces aside).
    private static func bracketed(_ items: [Words.Word], at index: Int) -> Bool {
        let text = items[index].text.base
        var cursor = items[index].range.upperBound
        while cursor < text.endIndex, text[cursor] == " " { cursor = text.index(after: cursor) }
        return cursor < text.endIndex && text[cursor] == "("
    }

    /// "sw - hope", "iro: faith", "carer = sunny": a relation as a label, then the word ending the clause.
    static func labelledByRelation(_ items: [Words.Word], at index: Int) -> Bool {
        guard index >= 1, items[index - 1].classes.contains(.relation), !items[index - 1].isAfterBreak || index == 1 else { return false }
        let text = items[index].text.base
        let between = text[items[index - 1].range.upperBound..<items[index].range.lowerBound].filter { $0 != " " }
        guard [":", "-", "=", "–"].contains(String(between)) else { return false }
        return index + 1 == items.count || items[index].punctuationAfter || items[index + 1].isAfterBreak
            || items[index].placeholderAfter != nil
    }

    /// Words for spelling or saying a name: "spelt", "pronounced", "says".
    static let spellingVerbs: Set<String> = [
        "spelt", "spelled", "spell", "spells", "spelling", "misspelt", "misspelled", "pronounce", "pronounced",
        "pronounces", "pronouncing", "says", "said", "say",
    ]
    /// How a name was spelt or said: "wrong", "properly".
    static let spellingJudgements: Set<String> = ["wrong", "wrongly", "properly", "correctly"]

    /// "they spelt le wrong on my letters", "nobody says siobhan properly": a name spelt or said wrong.
    static func spelledWrong(_ items: [Words.Word], at index: Int) -> Bool {
        guard index >= 1, index + 1 < items.count, !items[index].isAfterBreak, !items[index + 1].isAfterBreak else { return false }
        // The lists, as the words' classes (`WordClasses`): asked of every listed word, so bit tests.
        return items[index - 1].classes.contains(.spellingVerb) && items[index + 1].classes.contains(.spellingJudgement)
            && !subjectPronouns.contains(items[index].lower) && !["it", "that", "this", "them", "him", "her", "me", "us", "something",
                                                                     "anything", "everything", "nothing", "things", "words", "yes", "no"].contains(items[index].lower)
    }
}
