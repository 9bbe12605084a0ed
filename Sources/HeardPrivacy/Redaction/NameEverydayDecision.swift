/// Everyday words that are also names ("Will", "hope", "star", "Summer"): a name only in a person's place, or
/// where the word's own grammar never puts it (`NameGrammar`).
extension NameDecision {
    mutating func decideEveryday() -> Bool {
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
        // "my partner biggie took me bowling", "my sw (its willow now)", "bean and me fell out": any word
        // where only a person stands (`NameNicknames.swift`).
        if !modal && (NameCues.nicknamedByRelation(items, at: index) || NameCues.relationIsNow(items, at: index)
            || NameCues.pairedWithMe(items, at: index) || NameCues.opensClauseAsPerson(items, at: index)
            || NameCues.lovedWithKiss(items, at: index)) { return true }
        // "bug (my sw) forgot", "... - spud x", "by baz (16)", "told off by tank": places only a person fills,
        // whatever the word (`NameNicknamePlaces.swift`).
        if !modal && NameCues.standsOnlyAsPerson(items, at: index) { return true }
        // "me and mouse went to town", "Pudding and me are getting a flat", "stayin with Muffin for 3 weeks",
        // "everyone calls me abz", "im Biscuit btw": beside the writer (`NameBesideMe.swift`).
        if !modal && NameCues.standsBesideMe(items, at: index, capital: capital) { return true }
        let determinedHere = index > 0 && items[index - 1].classes.contains(.determiner) && !word.isAfterBreak
        // "my carer will is like a mum to me", "will and me watch celtic": a modal is never followed by "is".
        if modal && (fact.given || fact.everydayName) && NameCues.modalAsName(items, at: index) { return true }
        // "with will again", "we miss will", "now will as our worker", "will, [name] and [name] were on shift",
        // "my key worker is will xx", "called will cos".
        if word.lower == "will" && (NameCues.keptCompany(items, at: index) || NameCues.namedAsRole(items, at: index)
            || NameCues.rankedPerson(items, at: index) || NameCues.actsAsPerson(items, at: index) && !NameCues.followsSubjectPronoun(items, at: index)
            || NameCues.modalInList(items, at: index)) {
            return true
        }
        // "bean is what my mum called me": whatever the word, what someone is called (`NameToldTo.swift`).
        if !modal && !word.classes.contains(.relation) && NameCues.calledWhat(items, at: index) { return true }
        if fact.given || fact.everydayName || fact.unlisted, !modal {
            // "rang ivy when", "me kitty an [name]", "marigold x": a place only a person fills.
            if (fact.given || fact.everydayName) && NameCues.inPersonSlot(items, facts, at: index) { return true }
            // "placed with wren", "joy and her husband", "thx sonny for everything", "we call her sky".
            if (fact.given || fact.everydayName) && NameCues.inPeopleFrame(items, at: index) { return true }
            // "grace and dawn share a room", "if holly reads this", "dont put me with rob again", "Coral ([date])".
            if NameCues.actsInPair(items, facts, at: index) || NameCues.mayReadThis(items, at: index)
                || NameCues.namedAsRole(items, at: index) || NameCues.rankedPerson(items, at: index) { return true }
            if (fact.everydayName || fact.given) && !determinedHere && NameCues.actsAsPerson(items, at: index) { return true }
            // "at contact storm didnt even turn up", "i want poppy to be my sw again" (`NameActs.swift`).
            // "i got may a card", "asked indigo if i could", "luv u july x".
            if (fact.everydayName || fact.given) && NameCues.receivesAsPerson(items, at: index) { return true }
            // "praise is what my mum called me", "i told it all to jasmine", "chase dont pick up", "i go shops
            // with mercy on saturdays", "Cliff", "its wisdom btw" (`NameToldTo.swift`).
            if (fact.everydayName || fact.given) && !determinedHere
                && (NameCues.toldTo(items, at: index) || NameCues.picksUp(items, at: index)
                    || NameCues.withOnWeekdays(items, at: index) || NameCues.seenRegularly(items, at: index)
                    || NameCues.afterRelationFrom(items, at: index)) { return true }
            if (fact.everydayName || fact.given) && !NameCues.seasonNames.contains(word.lower)
                && (fact.seldom || (NameGrammar.table[word.lower]?.seen ?? 0) >= NameGrammar.leastSeen)
                && NameCues.introducedAsIts(items, at: index) { return true }
            if fact.seldom && (fact.everydayName || fact.given) && !NameCues.seasonNames.contains(word.lower)
                && (NameCues.saidAlone(items, at: index) || NameCues.lovedByMe(items, at: index)) { return true }
            if fact.everydayName && !determinedHere
                && (NameCues.actsAsOnlyPeopleDo(items, at: index) || NameCues.wantedInRole(items, at: index)
                    || NameCues.greetedOrRemembered(items, at: index) || NameCues.toldOfAsPerson(items, at: index)
                    || NameCues.labelledByRelation(items, at: index)) { return true }
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
            // "im ok now piper is the only one who listens": after "now" or "also" too.
            let opens = NameCues.opensClause(items, at: index)
                || (index > 0 && !word.isAfterBreak && ["now", "also", "honestly"].contains(items[index - 1].lower))
            if opens && !determinedHere && NameCues.isDescribed(items, at: index) { return true }
            if (fact.everydayName || fact.unlisted) && !determinedHere && NameCues.opensClauseBeing(items, at: index) { return true }
            // "faith [address]", "gift [address], [postcode]": a name opening a clause, then its address.
            if fact.everydayName && !determinedHere && word.placeholderAfter == .address && NameCues.opensClause(items, at: index) {
                return true
            }
        }
        // "holly võ from school said": a surname before where a person is from.
        if fact.surname && !fact.everyday && NameCues.namedBeforeRole(items, at: index) { return true }
        // "the bird family took me in", "the Wood family": a surname before "family" (not "the foster family").
        if fact.surname && NameCues.isFamilyName(items, at: index) && !NameCues.describers.contains(word.lower)
            && !fact.function && (!fact.everyday || fact.commonSurname || capital) { return true }
        // "a grant from the council", "this winter at the home": a determiner makes it a thing, whatever follows.
        let thing = determinedHere && !NameCues.precedes(items, at: index)
        if cue == .strong && !thing && (!modal || acts || word.placeholderAfter == .name) && (fact.listed || fact.everydayName) {
            // "my sister marina", "marina from the leaving care team": a given name after a relation or before
            // a team, unless the sentence goes on through it ("my mum said you").
            return capital || fact.everydayName || acts || NameCues.precedesSurname(items, facts, at: index)
                || (fact.surname && NameCues.afterSurnameWord(items, at: index))
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
        let determined = index > 0 && items[index - 1].classes.contains(.determiner) && !word.isAfterBreak
        if fact.everydayName && !modal && !determined && index + 1 < items.count && facts[index + 1].commonSurname
            && !items[index + 1].isAfterBreak { return true }  // "frank price from ...", "lucky white hit me"
        // "Pleasure Island", "Rocket League": a capital word after a capital everyday word is a place or a game.
        let afterProperNoun = index > 0 && !word.isAfterBreak && items[index - 1].isCapitalised && !items[index - 1].startsSentence
            && facts[index - 1].everyday && !facts[index - 1].given && !facts[index - 1].everydayName
            && !NameCues.greetings.contains(items[index - 1].lower)  // "Thx Sonny for everything", "Hi Hope"
        if midSentenceCapital && (fact.listed || fact.everydayName) && !afterProperNoun { return true }
        // "ask grace about it", "Grace!!! answer ur phone": an everyday-word name where its own grammar as a
        // word never puts it (not "saving grace", "in summer", "summer holidays").
        if fact.everydayName && !modal && !determined && !afterProperNoun && NameGrammar.isOutOfGrammar(items, at: index) {
            return true
        }
        return false
    }
}
