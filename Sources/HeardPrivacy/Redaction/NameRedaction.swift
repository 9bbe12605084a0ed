/// Finds people's names. The rule: a word in a name's place that is not an everyday word is a name, in any
/// case and any alphabet. A name's place is after a cue ("my sw", "called", "me and", "Mr", "tell"), before
/// one ("is my best friend", "from the leaving care team", "takes me", "lol"), beside a name or a `[name]`
/// placeholder, or capitalised. Besides: the export's own identity values (the deny list) wherever they recur;
/// names from the gazetteer that are not everyday words, in any case; and names that are also everyday words
/// ("Will", "Hope", "star") only in a name's place. Places, shops and clubs ("Alton Towers", "Primark") and
/// everyday words mistyped ("hostle") are not names.
struct NameRedaction {
    let denied: Set<String>
    let places: PlaceList

    /// The words to replace by `[name]`, as ranges, plus the lower-case names found (to deny elsewhere).
    /// `schools` are the spans already found to be schools: "jack from <school>" names a person.
    func find(in words: Words, schools: [Range<String.Index>] = []) -> (ranges: [Range<String.Index>], names: [String]) {
        let items = NameCueSpelling.corrected(words.items)
        guard !items.isEmpty else { return ([], []) }
        let casual = words.shouting || words.titleCase
        let facts = items.map { WordFacts($0, denied: denied) }
        let inPlace = placeSpans(items)
        let birthPhrase = NameCues.birthPhraseWords(items, facts)
        let lowerCaseWriter = !casual && NameCues.writesSentencesInLowerCase(items)
        var isName = [Bool](repeating: false, count: items.count)
        for index in items.indices where !birthPhrase[index] {
            isName[index] = decide(index, items: items, facts: facts, place: inPlace[index], casual: casual,
                                   lowerCaseWriter: lowerCaseWriter)
                || namedBeforeSchool(index, items: items, fact: facts[index], schools: schools)
        }
        // Names come in runs: a word beside a name (or a [name] placeholder) is the rest of it when no list
        // knows it ("jay mcfarlane"), when it is a surname ("[name] white"), or when it is a given name before
        // one ("cherry martin"); "Mason and Jade" are two.
        // "[name], royal", "faith, [name] & [name]", "Jay, Kyle": names in a list, joined by a comma or "&".
        for _ in 0..<3 {
            // "[name] greens mum", "[name] Day was my sw": a surname after a name, owning or ending it.
            for index in items.indices.dropFirst() where !isName[index] && !birthPhrase[index] && inPlace[index] < 2 {
                let word = items[index]
                let joined = !word.isAfterBreak && !items[index - 1].punctuationAfter
                let follower = (isName[index - 1] && joined) || word.placeholderBefore == .name
                // "ebony greens mum": a given name before a surname that owns a relation.
                let givenBefore = joined && (facts[index - 1].everydayName || facts[index - 1].given) && facts[index - 1].couldBeName
                    && (index < 2 || !NameCues.determiners.contains(items[index - 2].lower))
                guard follower || givenBefore else { continue }
                if NameCues.ownsRelationAsSurname(items, at: index) {
                    isName[index] = true
                    isName[index - 1] = true
                    continue
                }
                guard follower, !facts[index].couldBeName else { continue }
                let capital = word.isCapitalised && !casual && !word.startsSentence
                let nameAfterJoin = index + 2 < items.count && isName[index + 2] && !items[index + 2].isAfterBreak
                if NameCues.endsFullNameAsSmallWord(items, at: index, capital: capital, nameAfterJoin: nameAfterJoin) {
                    isName[index] = true
                }
            }
            for index in items.indices where !isName[index] && inPlace[index] < 2 && !birthPhrase[index]
                && (facts[index].couldBeName || NameCues.particles.contains(items[index].lower)
                    || NameCues.calendarNames.contains(items[index].lower)) {
                let word = items[index], fact = facts[index]
                if !fact.couldBeName && !NameCues.particles.contains(word.lower) {
                    // "august and [name] and me", "[name] an june": a month in a list of people.
                    if word.lower != "may", !word.numberAfter, !NameCues.isMonthContext(items, at: index),
                       NameCues.isCoordinated(items, isName, at: index) || word.placeholderBeforeList == .name
                        || word.placeholderAfterList == .name
                        // "i'm august [name] and", "ring april [name] on": a month before a surname is a given name.
                        || (NameCues.calendarNames.contains(word.lower) && NameCues.beforeName(items, isName, at: index)) {
                        isName[index] = true
                    }
                    continue
                }
                let before = index > 0 && isName[index - 1] && !word.isAfterBreak && !items[index - 1].punctuationAfter
                let after = index + 1 < items.count && isName[index + 1] && !items[index + 1].isAfterBreak && !word.punctuationAfter
                let coordinated = NameCues.isCoordinated(items, isName, at: index)
                let listed = word.placeholderBeforeList == .name || word.placeholderAfterList == .name
                    || (index > 0 && isName[index - 1] && items[index - 1].listAfter) || (index + 1 < items.count && isName[index + 1] && word.listAfter)
                guard before || after || coordinated || listed || word.placeholderBefore == .name || word.placeholderAfter == .name
                else { continue }
                // "will, [name] and [name] were on shift": a modal opening a list of people is a name; so is one
                // before a surname that goes on as a person ("will [name] from th council sorted it").
                let modalListed = ["will", "may"].contains(word.lower) && ((NameCues.opensClause(items, at: index) && (coordinated || listed))
                    || NameCues.modalBeforeFullName(items, isName, at: index))
                guard !word.classes.contains(.notNameAfterCue) || modalListed, !word.classes.contains(.personMarker),
                      !(fact.everyday && NameCues.followsSubjectPronoun(items, at: index)) else { continue }
                // "my CV", "the NHS" stay abbreviations unless a name stands right beside them ("PHAM, [name]").
                // "JADE [name] was my carer": a given name in capitals before a surname is no abbreviation.
                if word.isAllCapitals && !casual && word.key.count <= 4 && !(listed || word.placeholderBefore == .name
                    || word.placeholderAfter == .name || (after && fact.given && word.key.count >= 3)
                    || (before && word.key.count >= 3 && NameCues.endsFullName(items, facts, at: index))) { continue }
                let capital = (word.isCapitalised && !casual && !word.startsSentence) || word.isCaseless
                let follower = before || word.placeholderBefore == .name
                let leader = after || word.placeholderAfter == .name
                let acting = NameCues.isSubject(items, at: index) && !NameCues.isDescribed(items, at: index)
                // "[name], hope you are ok": an everyday word before a pronoun is the sentence going on.
                let listName = (listed || modalListed) && !(fact.everyday && NameCues.beforePronoun(items, at: index))
                    && (fact.everydayName || (fact.given && !fact.everyday) || fact.unlisted || (fact.surname && (!fact.everyday || capital))
                        || (word.isAllCapitals && fact.listed))
                if fact.unknown || (fact.unlisted && (follower || leader || coordinated)) || (fact.listed && capital)
                    || (follower && fact.surname && (!fact.everyday || fact.commonSurname || acting))
                    || ((leader || coordinated) && (fact.everydayName || (fact.given && !fact.everyday)))
                    // "marigold [name] was my sw": a name seldom written as a word, before a name.
                    || ((leader || coordinated) && fact.seldom && !NameCues.beforePronoun(items, at: index)
                        && !word.classes.contains(.relation) && !NameCues.describers.contains(word.lower))
                    || (leader && NameCues.particles.contains(word.lower)) || listName
                    // "name [name] poppy dob ...": an everyday name right after a name is the rest of it.
                    || (follower && fact.everydayName && fact.given && !NameCues.beforePronoun(items, at: index))
                    // "[name] grey but i dont know him", "[name] rock is the best": the surname ending a full name.
                    || (before && fact.everyday && NameCues.endsFullName(items, facts, at: index))
                    // "[name] van der berg", "[name] ramsbottom": a particle or a town's name after a name is a surname.
                    || (follower && NameCues.particles.contains(word.lower) && index + 1 < items.count && !items[index + 1].isAfterBreak)
                    || (follower && inPlace[index] == 1 && !fact.everyday && !NameCues.isPlaceContext(items, at: index)) {
                    isName[index] = true
                }
            }
        }
        var ranges: [Range<String.Index>] = []
        var names: [String] = []
        for index in items.indices where isName[index] {
            ranges.append(items[index].range)
            names.append(items[index].lower)
        }
        return (ranges, names)
    }

    /// "Summer's", "hopes", "Ivys": a given name with an owner's "s" (with or without the apostrophe).
    private func isPossessiveName(_ word: Words.Word, fact: WordFacts) -> Bool {
        let text = word.text
        if text.hasSuffix("'s") || text.hasSuffix("’s") || text.hasSuffix("'S") {
            return fact.couldBeName && (fact.given || fact.everydayName || fact.unknown) && !word.classes.contains(.notNameAfterCue)
        }
        guard word.key.count >= 4, word.key.hasSuffix("s"), !word.isAllCapitals else { return false }
        let flags = Gazetteer.flags[String(word.key.dropLast())] ?? []
        return flags.contains(.everydayName) || (flags.contains(.given) && !flags.contains(.english) && !flags.contains(.function))
    }

    /// "jack from <school> still messages me": a name-like word, then "from" and a school.
    private func namedBeforeSchool(_ index: Int, items: [Words.Word], fact: WordFacts, schools: [Range<String.Index>]) -> Bool {
        guard !schools.isEmpty, index + 2 < items.count, items[index + 1].lower == "from", !items[index + 1].isAfterBreak,
              fact.couldBeName, fact.given || fact.everydayName || fact.unlisted,
              !items[index].classes.contains(.notNameAfterCue) else { return false }
        let next = items[index + 2].range
        return schools.contains { $0.lowerBound <= next.lowerBound && next.upperBound <= $0.upperBound }
    }

    /// For each word: 2 when it is part of a place of several words, 1 when it is a one-word place, else 0.
    private func placeSpans(_ items: [Words.Word]) -> [Int] {
        var inPlace = [Int](repeating: 0, count: items.count)
        let keys = items.map(\.key)
        var index = 0
        while index < items.count {
            let length = places.match(keys, at: index)
            for offset in 0..<length { inPlace[index + offset] = length > 1 ? 2 : 1 }
            index += max(length, 1)
        }
        return inPlace
    }

    private func decide(_ index: Int, items: [Words.Word], facts: [WordFacts], place: Int, casual: Bool,
                        lowerCaseWriter: Bool = false) -> Bool {
        let word = items[index], fact = facts[index]
        // "RUBY x", "me LILY and [name]": an everyday-word name of four letters in capitals in a comment that is not shouting is
        // read as the same word in lower case (emphasis or a name, never an abbreviation).
        let capsAsLower = word.isAllCapitals && !casual && word.key.count == 4 && fact.everydayName
            && !word.lists.contains(.notName)
        let capital = word.isCapitalised && !casual && !capsAsLower
        // "i got moved again. Hope helped me": a writer who opens sentences in lower case capitalises names only.
        // Not before a pronoun ("Hope you are well") and not a season or a month ("Summer is the best").
        let midSentenceCapital = capital && (!word.startsSentence || (lowerCaseWriter && index > 0 && !word.isAllCapitals && fact.everydayName
            && !word.classes.contains(.personMarker)
            && !NameCues.beforePronoun(items, at: index) && !NameCues.seasonNames.contains(word.lower)
            && !NameCues.calendarNames.contains(word.lower)))
        // Asked only when a rule needs them: most words (function words) are decided without.
        lazy var cue = NameCues.strength(items, at: index)
        lazy var subject = NameCues.isSubject(items, at: index)
        if fact.denied { return place < 2 && (!fact.everyday || capital || cue == .strong || subject) }
        // "my CV", "the NHS": a short word in capitals in a comment that is not shouting is an abbreviation.
        if word.isAllCapitals && !casual && word.key.count <= 4 && !capsAsLower {
            // ...unless a relation or a title names it: "my pa JOE", "Mr OAK".
            // "LOLA is my reading buddy", "Tell BEX": a given name that is no English word is no abbreviation.
            if fact.given && !fact.everyday && place == 0 && word.key.count >= 3 && !word.lists.contains(.place) { return true }
            // "JOSH from the open university", "Tell BEX I said hi": a name's place makes it a name.
            if fact.given && place == 0 && word.key.count >= 3
                && (NameCues.namedBeforeRole(items, at: index) || NameCues.opensSentenceActing(items, at: index)
                    || NameCues.keptCompany(items, at: index) || NameCues.inPeopleFrame(items, at: index)) { return true }
            if fact.unlisted && word.key.count >= 3 && cue >= .person && !word.lists.contains(.notName) { return true }
            return (fact.listed || fact.unlisted) && !word.lists.contains(.notName)
                && (NameCues.afterRelation(items, at: index) || NameCues.afterTitle(items, at: index) || NameCues.precedes(items, at: index))
        }
        // "Summer's mum picked us up", "hopes dad": a name's possessive before a relation.
        if word.key.utf8.last == 115 || word.text.utf8.last == 115 || word.text.utf8.last == 83, NameCues.ownsRelation(items, at: index),
           isPossessiveName(word, fact: fact) { return true }
        guard fact.couldBeName else {
            if NameCues.weekdays.contains(word.lower) {
                // "on Sunday", "see you Monday" are days; "my sw sunday said", "Sunday keeps changing my
                // appointments", "my real name is Sunday" are people.
                return cue == .strong || (cue == .person && capital) || NameCues.calledBy(items, at: index)
                    || (NameCues.opensSentenceActing(items, at: index) && !NameCues.isMonthContext(items, at: index))
            }
            if NameCues.calendarNames.contains(word.lower) {
                // "in May", "May 5th" are months; "ask May she knows", "me and May" are people.
                return (cue >= .person && (capital || subject)) || (midSentenceCapital && !NameCues.isMonthContext(items, at: index))
                    || NameCues.actsInPair(items, facts, at: index) || NameCues.inPersonSlot(items, facts, at: index)
                    || NameCues.inPeopleFrame(items, at: index)
                    // "my sw june is off sick", "my boyfriend may isnt allowed round".
                    || (cue == .strong && !word.numberAfter && !NameCues.isMonthContext(items, at: index)
                        && (word.lower != "may" || NameCues.modalAsName(items, at: index)))
                    || (word.lower != "may" && NameCues.opensClause(items, at: index) && !NameCues.isMonthContext(items, at: index)
                        && NameCues.isSubject(items, at: index) && !word.numberAfter)
            }
            return false
        }
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
            guard fact.listed, !word.classes.contains(.notNameAfterCue) else { return false }
            return cue == .strong || (NameCues.isDescribed(items, at: index) && NameCues.opensClause(items, at: index))
        }
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
            if capital && NameCues.opensWithPerson(items, at: index) { return true }
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
        // Everyday words that are also names ("Will", "hope", "star", "Summer").
        guard !fact.function else { return false }
        let modal = word.classes.contains(.notNameAfterCue)
        // "i will never", "i hope Will comes": an everyday word after a subject pronoun is its verb.
        // ...but "it crystal is my best mate": no verb is followed by "is my mate".
        if NameCues.followsSubjectPronoun(items, at: index) && !midSentenceCapital && !NameCues.spokenTo(items, at: index)
            && !(["is", "was", "s"].contains(index + 1 < items.count ? items[index + 1].lower : "") && NameCues.follows(items, at: index)) {
            return false
        }
        let acts = subject && !NameCues.isDescribed(items, at: index)
        if NameCues.afterTitle(items, at: index) { return true }  // "mrs green", "Mr Price"
        let determinedHere = index > 0 && NameCues.determiners.contains(items[index - 1].lower) && !word.isAfterBreak
        // "my carer will is like a mum to me", "will and me watch celtic": a modal is never followed by "is".
        if modal && (fact.given || fact.everydayName) && NameCues.modalAsName(items, at: index) { return true }
        // "with will again", "we miss will", "now will as our worker", "will, [name] and [name] were on shift",
        // "my key worker is will xx", "called will cos".
        if word.lower == "will" && (NameCues.keptCompany(items, at: index) || NameCues.namedAsRole(items, at: index)
            || NameCues.rankedPerson(items, at: index) || NameCues.actsAsPerson(items, at: index) && !NameCues.followsSubjectPronoun(items, at: index)
            || NameCues.modalInList(items, at: index)) {
            return true
        }
        if fact.given || fact.everydayName || fact.unlisted, !modal {
            // "rang ivy when", "me kitty an [name]", "marigold x": a place only a person fills.
            if (fact.given || fact.everydayName) && NameCues.inPersonSlot(items, facts, at: index) { return true }
            // "placed with wren", "joy and her husband", "thx sonny for everything", "we call her sky".
            if (fact.given || fact.everydayName) && NameCues.inPeopleFrame(items, at: index) { return true }
            // "grace and dawn share a room", "if holly reads this", "dont put me with rob again", "Coral ([date])".
            if NameCues.actsInPair(items, facts, at: index) || NameCues.mayReadThis(items, at: index)
                || NameCues.namedAsRole(items, at: index) || NameCues.rankedPerson(items, at: index) { return true }
            if (fact.everydayName || fact.given) && !determinedHere && NameCues.actsAsPerson(items, at: index) { return true }
            if !determinedHere && (NameCues.keptCompany(items, at: index) || NameCues.givenWithBirth(items, at: index)) { return true }
            // "my mum pat", "my sw is jasmine", "i go by opal", "carol keeps changing my appointments".
            if NameCues.precedes(items, at: index) || NameCues.namedByRelation(items, at: index)
                || NameCues.goesBy(items, at: index) { return true }
            if NameCues.opensSentenceActing(items, at: index) && !determinedHere && !NameCues.isDescribed(items, at: index) {
                return true
            }
            if NameCues.personAfter(items, at: index) || NameCues.namedBeforeRole(items, at: index) { return true }
            if NameCues.isAddressedOrIntroduced(items, at: index) { return true }
            // "justice was the only good carer": a clause that says who the word is.
            if NameCues.opensClause(items, at: index) && !determinedHere && NameCues.isDescribed(items, at: index) { return true }
            if (fact.everydayName || fact.unlisted) && !determinedHere && NameCues.opensClauseBeing(items, at: index) { return true }
            // "faith [address]", "gift [address], [postcode]": a name opening a clause, then its address.
            if fact.everydayName && !determinedHere && word.placeholderAfter == .address && NameCues.opensClause(items, at: index) {
                return true
            }
        }
        // "holly võ from school said": a surname before where a person is from.
        if fact.surname && !fact.everyday && NameCues.namedBeforeRole(items, at: index) { return true }
        // "a grant from the council", "this winter at the home": a determiner makes it a thing, whatever follows.
        let thing = determinedHere && !NameCues.precedes(items, at: index)
        if cue == .strong && !thing && (!modal || acts || word.placeholderAfter == .name) && (fact.listed || fact.everydayName) {
            // "my sister marina", "marina from the leaving care team": a given name after a relation or before
            // a team, unless the sentence goes on through it ("my mum said you").
            return capital || fact.everydayName || acts || NameCues.precedesSurname(items, facts, at: index)
                || (fact.surname && NameCues.isFamilyName(items, at: index))
                || (fact.given && !NameCues.beforePronoun(items, at: index))
        }
        if cue == .person && fact.everydayName && !modal { return true }
        // "its Holly birthday", "its jack bday": whose birthday it is.
        if (fact.given || fact.everydayName) && !modal && NameCues.birthdayOf(items, at: index) { return true }
        if cue == .weak && fact.everydayName && !modal && NameCues.precedesSurname(items, facts, at: index) { return true }
        if subject && !determinedHere && (fact.everydayName || (fact.given && capital)) && (acts || ((capital || cue > .none) && !modal)) {
            return true
        }
        let determined = index > 0 && NameCues.determiners.contains(items[index - 1].lower) && !word.isAfterBreak
        if fact.everydayName && !modal && !determined && index + 1 < items.count && facts[index + 1].commonSurname
            && !items[index + 1].isAfterBreak { return true }  // "frank price from ...", "lucky white hit me"
        // "Pleasure Island", "Rocket League": a capital word after a capital everyday word is a place or a game.
        let afterProperNoun = index > 0 && !word.isAfterBreak && items[index - 1].isCapitalised && !items[index - 1].startsSentence
            && facts[index - 1].everyday && !facts[index - 1].given && !facts[index - 1].everydayName
            && !NameCues.greetings.contains(items[index - 1].lower)  // "Thx Sonny for everything", "Hi Hope"
        if midSentenceCapital && (fact.listed || fact.everydayName) && !afterProperNoun { return true }
        return false
    }
}
