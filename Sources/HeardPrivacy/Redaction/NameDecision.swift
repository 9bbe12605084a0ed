/// Whether one word of a comment is a person's name, decided by what kind of word it is and where it stands:
/// the export's own identity values, short words in capitals, owners ("Summer's mum"), days and months, places,
/// words no list holds, and everyday words that are also names (`NameEverydayDecision.swift`). The cue and
/// subject readings are asked only when a rule needs them: most words (function words) are decided without.
struct NameDecision {
    let index: Int
    let items: [Words.Word]
    let facts: [WordFacts]
    /// 2 when the word is part of a place of several words, 1 when it is a one-word place, else 0.
    let place: Int
    /// The comment shouts or capitalises every word, so capitals say nothing.
    let casual: Bool
    let word: Words.Word
    let fact: WordFacts
    /// A capital that may say "name" (not a shouting comment's, not a four-letter name read as lower case).
    let capital: Bool
    /// "RUBY x", "me LILY and [name]": an everyday-word name of four letters in capitals in a comment that is not
    /// shouting is read as the same word in lower case (emphasis or a name, never an abbreviation).
    let capsAsLower: Bool
    /// A capital in the middle of a sentence, or at a sentence's start from a writer who opens sentences in
    /// lower case ("i got moved again. Hope helped me"; not before a pronoun, a season or a month).
    let midSentenceCapital: Bool
    lazy var cue = NameCues.strength(items, at: index)
    lazy var subject = NameCues.isSubject(items, at: index)

    init(index: Int, items: [Words.Word], facts: [WordFacts], place: Int, casual: Bool, lowerCaseWriter: Bool) {
        self.index = index
        self.items = items
        self.facts = facts
        self.place = place
        self.casual = casual
        let word = items[index], fact = facts[index]
        self.word = word
        self.fact = fact
        capsAsLower = word.isAllCapitals && !casual && word.key.count == 4 && fact.everydayName
            && !word.lists.contains(.notName)
        capital = word.isCapitalised && !casual && !capsAsLower
        midSentenceCapital = capital && (!word.startsSentence || (lowerCaseWriter && index > 0 && !word.isAllCapitals && fact.everydayName
            && !word.classes.contains(.personMarker)
            && !NameCues.beforePronoun(items, at: index) && !NameCues.seasonNames.contains(word.lower)
            && !word.classes.contains(.calendarName)))
    }

    mutating func decide() -> Bool {
        if fact.denied { return place < 2 && (!fact.everyday || capital || cue == .strong || subject) }
        // "my CV", "the NHS": a short word in capitals in a comment that is not shouting is an abbreviation.
        // "add me on snapp", "мой инстаграм": an app's name, in any spelling `HandlePlaces` knows, is no person.
        if Self.namesApp(items, at: index) { return decideApp() }
        if word.isAllCapitals && !casual && word.key.count <= 4 && !capsAsLower { return decideInCapitals() }
        // "Summer's mum picked us up", "hopes dad": a name's possessive before a relation.
        // Not after "my" or "the" ("my nans number", "the twins room"): a name takes no owner.
        if word.key.utf8.last == 115 || word.text.utf8.last == 115 || word.text.utf8.last == 83, NameCues.ownsRelation(items, at: index),
           Self.isPossessiveName(word, fact: fact),
           index == 0 || word.isAfterBreak || !items[index - 1].classes.contains(.determiner) { return true }
        // "mr Đỗ", "ms Lê", "[name] Đỗ": a word written with letters English does not use, after a title or
        // as a capital after a name, is a name even when its plain letters spell a small English word.
        if !fact.couldBeName, NameCues.markedSmallWord(word), NameCues.afterTitle(items, at: index)
            || (index > 0 && !word.isAfterBreak && word.isCapitalised && !word.startsSentence && word.placeholderBefore == .name) {
            return true
        }
        // "our carer is mrs Can", "Mr Do": a listed name written with a capital after "Mr", "Mrs", "Ms" or "Dr",
        // even when it spells a small word ("mr and mrs", "Mr And" stay).
        if !fact.couldBeName, fact.listed, word.isCapitalised, !word.startsSentence, index > 0, !word.isAfterBreak,
           items[index - 1].classes.contains(.unambiguousTitle), !NameCues.titleJoiners.contains(word.lower) {
            return true
        }
        // "they spelt le wrong on all my letters": a listed name spelt or said wrong, even a small word.
        if fact.listed && word.key.utf8.count >= 2 && NameCues.spelledWrong(items, at: index) { return true }
        guard fact.couldBeName else { return decideNeverName() }
        // "my Music teacher", "my nass number": a subject or a service before what it has (`NameThings.swift`).
        if NameCues.namesAThing(items, at: index) { return false }
        if let placed = decideAsPlace() { return placed }
        if let unlisted = decideUnlisted() { return unlisted }
        return decideEveryday()
    }

    /// A short word in capitals: an abbreviation unless a relation, a title or a name's place names it.
    private mutating func decideInCapitals() -> Bool {
        // ...unless a relation or a title names it: "my pa JOE", "Mr OAK".
        // "LOLA is my reading buddy", "Tell BEX": a given name that is no English word is no abbreviation.
        if fact.given && !fact.everyday && place == 0 && word.key.count >= 3 && !word.lists.contains(.place) { return true }
        // "JOSH from the open university", "Tell BEX I said hi": a name's place makes it a name.
        if fact.given && place == 0 && word.key.count >= 3
            && (NameCues.namedBeforeRole(items, at: index) || NameCues.opensSentenceActing(items, at: index)
                || NameCues.keptCompany(items, at: index) || NameCues.inPeopleFrame(items, at: index)) { return true }
        if fact.unlisted && word.key.count >= 3 && cue >= .person && !word.lists.contains(.notName) { return true }
        // "BOB is what my mum called me".
        if (fact.listed || fact.everydayName) && word.key.count >= 3 && NameCues.calledWhat(items, at: index) { return true }
        // "my twin ASH lives with my nan": an everyday-word name in capitals after a relation.
        return (fact.listed || fact.unlisted || fact.everydayName) && !word.lists.contains(.notName)
            && (NameCues.afterRelation(items, at: index) || NameCues.afterTitle(items, at: index) || NameCues.precedes(items, at: index))
    }

    /// A word that is never a name, but for days and months that are people's names in a person's place.
    private mutating func decideNeverName() -> Bool {
        if word.classes.contains(.weekday) {
            // "on Sunday", "see you Monday" are days; "my sw sunday said", "Sunday keeps changing my
            // appointments", "my real name is Sunday" are people.
            return cue == .strong || (cue == .person && capital) || NameCues.calledBy(items, at: index)
                || (NameCues.opensSentenceActing(items, at: index) && !NameCues.isMonthContext(items, at: index))
                || (NameCues.actsAsOnlyPeopleDo(items, at: index) && !NameCues.isMonthContext(items, at: index))
        }
        if word.classes.contains(.calendarName) {
            // "in May", "May 5th" are months; "ask May she knows", "me and May" are people.
            return (cue >= .person && (capital || subject)) || (midSentenceCapital && !NameCues.isMonthContext(items, at: index))
                || NameCues.actsInPair(items, facts, at: index) || NameCues.inPersonSlot(items, facts, at: index)
                || NameCues.inPeopleFrame(items, at: index)
                // "at contact april didnt even turn up", "i want june to be my sw".
                || (word.lower != "may" && !NameCues.isMonthContext(items, at: index)
                    && (NameCues.actsAsOnlyPeopleDo(items, at: index) || NameCues.wantedInRole(items, at: index)))
                // "my sw june is off sick", "my boyfriend may isnt allowed round".
                || (cue == .strong && !word.numberAfter && !NameCues.isMonthContext(items, at: index)
                    && (word.lower != "may" || NameCues.modalAsName(items, at: index)))
                || (word.lower != "may" && NameCues.opensClause(items, at: index) && !NameCues.isMonthContext(items, at: index)
                    && NameCues.isSubject(items, at: index) && !word.numberAfter)
                // "my son july got moved", "my sw (its august now)", "luv u july x", "the manager may made me".
                || ((word.lower != "may" || NameCues.pastPeoplesVerbs.contains(index + 1 < items.count ? items[index + 1].lower : ""))
                    && (NameCues.nicknamedByRelation(items, at: index) || NameCues.relationIsNow(items, at: index)))
                || NameCues.receivesAsPerson(items, at: index)
                // "i go shops with june on saturdays", "i only get to see april once a month".
                || (word.lower != "may" && (NameCues.withOnWeekdays(items, at: index) || NameCues.seenRegularly(items, at: index)))
        }
        return false
    }

    /// A place's word, a titled person ("Mr Armitage"), "miss" before a surname, a surname after an initial:
    /// nil when none of these decides.
    private mutating func decideAsPlace() -> Bool? {
        if place == 2 { return false }
        if place == 1 && NameCues.isPlaceContext(items, at: index) { return false }
        // "Mr Armitage", "Ms Ramsbottom": a title makes even a town's name a person's.
        if place == 1 && NameCues.afterTitle(items, at: index) { return true }
        // "miss whitworth", "my teacher miss barker": "miss" before a surname, not after "i" or "we".
        if fact.surname && NameCues.afterMiss(items, at: index) && (capital || !fact.everyday || fact.commonSurname) { return true }
        // "j. pound actually listens", "coach swift at the home": a surname after an initial or a title.
        if NameCues.surnameAfterInitialOrTitle(items, facts, at: index) { return true }
        if place == 1 && !word.lists.contains(.given) {
            // "i support Chelsea", "we went to Hope" are places; "my friend Chelsea", "my carers last name is
            // atherton", "atherton is the worst teacher" are people.
            // "my sister kendal is annoying": a town's name no name list holds, right after a relation, is a person's
            // too (not a nationality or a language: "my mum kurdish").
            if !fact.listed, !fact.everyday, !fact.function, NameCues.afterRelation(items, at: index), !NameCues.namesAPeople(word.lower),
               NameCues.onlySpaceBefore(items, at: index) {  // not "my mate @ wembley"
                return true
            }
            guard fact.listed, !word.classes.contains(.notNameAfterCue) else { return false }
            return cue == .strong || (NameCues.isDescribed(items, at: index) && NameCues.opensClause(items, at: index))
        }
        return nil
    }

    /// A word no list holds, or a listed name that is no everyday word: nil for everyday words.
    private mutating func decideUnlisted() -> Bool? {
        if fact.unlisted && cue == .strong { return true }
        // "Mursal said i will be fine": a capital word no list holds, acting or after a cue.
        if fact.unlisted && midSentenceCapital && (subject || cue > .none) { return true }
        // "思雨 supports Wolves", "thank 小明": a word in a script without capitals that no list holds.
        if word.isCaseless && fact.unlisted && word.key.unicodeScalars.contains(where: { !$0.isASCII }) { return true }
        if fact.unknown {
            // A word no list holds and no everyday word is near, with a vowel (not "smh", "wnt"): a name
            // wherever it stands ("tymarni has had 12 placements", "£40 from jaydynn").
            if fact.voiced && word.key.count >= 4 { return true }
            if cue > .none || midSentenceCapital || subject || word.isCaseless { return true }
            if NameCues.opensSentenceActing(items, at: index) || NameCues.opensClauseBeing(items, at: index) { return true }
            // "everyone calls me abz", "me and baz went out": beside the writer (`NameBesideMe.swift`).
            if NameCues.standsBesideMe(items, at: index, capital: capital) { return true }
            if capital && NameCues.opensWithPerson(items, at: index) { return true }
            // "love you gaz", "asked baz if i could": loved or asked as only a person is (not "love you bby").
            if fact.hasVowelLetter, NameCues.receivesAsPerson(items, at: index) {
                return true
            }
            // "heard from abdinasir roble", "frank uzor": a name no list holds beside another name.
            let next = index + 1 < items.count && !items[index + 1].isAfterBreak ? facts[index + 1] : nil
            let previous = index > 0 && !word.isAfterBreak ? facts[index - 1] : nil
            return next?.unknown == true || previous?.unknown == true
                || (previous.map { ($0.given && !$0.everyday) || $0.everydayName } ?? false)
                || (next.map { $0.listed && !$0.everyday } ?? false)
        }
        // "민준 u are the best": two letters of a script without capitals are a whole name.
        if fact.listed && !fact.everyday { return word.key.count >= 3 || cue > .none || capital || (word.isCaseless && fact.given) }
        if fact.nameShaped && !casual { return true }
        return nil
    }

    /// Words whose "'s" is "is" or "has": "it's mum", "who's dad", "there's my sister".
    static let contractionHosts: Set<String> = [
        "it", "that", "he", "she", "who", "what", "where", "there", "here", "how", "when", "why", "this", "let", "one",
        "everyone", "someone", "somebody", "nobody", "everybody", "no", "life", "time", "name", "mine", "yours", "hers",
        "his", "tha", "dat", "wat", "wot", "thats", "whats", "hes", "shes", "theres", "heres", "wheres",
    ]

    /// "Summer's", "hopes", "Ivys": a given name with an owner's "s" (with or without the apostrophe).
    private static func isPossessiveName(_ word: Words.Word, fact: WordFacts) -> Bool {
        let text = word.text
        if text.hasSuffix("'s") || text.hasSuffix("’s") || text.hasSuffix("'S") {
            // "An's mum", "Will's dad": an owner's "'s" makes a given name of a small word or a modal, which never
            // own ("it's mum", "that's dad" are "it is", "that is").
            if fact.given && word.isCapitalised && (fact.function || word.classes.contains(.notNameAfterCue))
                && !contractionHosts.contains(word.lower) && !word.classes.contains(.relation) { return true }
            return fact.couldBeName && (fact.given || fact.everydayName || fact.unknown) && !word.classes.contains(.notNameAfterCue)
        }
        guard word.key.count >= 4, word.key.hasSuffix("s"), !word.isAllCapitals else { return false }
        let flags = Gazetteer.flags[String(word.key.dropLast())] ?? []
        return flags.contains(.everydayName) || (flags.contains(.given) && !flags.contains(.english) && !flags.contains(.function))
    }
}
