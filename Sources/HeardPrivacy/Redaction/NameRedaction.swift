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
    /// `placeSeen`, for development, is told each word the place model reads (and whether the rules found it a
    /// name already) with the features of its place.
    func find(in words: Words, schools: [Range<String.Index>] = [],
              placeSeen: ((Words.Word, Bool, [String]) -> Void)? = nil) -> (ranges: [Range<String.Index>], names: [String]) {
        let items = NameExclaimed.joined(NameCueSpelling.corrected(words.items))
        guard !items.isEmpty else { return ([], []) }
        let casual = words.shouting || words.titleCase
        let facts = items.map { WordFacts($0, denied: denied) }
        let inPlace = placeSpans(items)
        let birthPhrase = NameCues.birthPhraseWords(items, facts)
        let lowerCaseWriter = !casual && NameCues.writesSentencesInLowerCase(items)
        var isName = [Bool](repeating: false, count: items.count)
        for index in items.indices where !birthPhrase[index] {
            var decision = NameDecision(index: index, items: items, facts: facts, place: inPlace[index], casual: casual,
                                        lowerCaseWriter: lowerCaseWriter)
            isName[index] = decision.decide()
                || namedBeforeSchool(index, items: items, fact: facts[index], schools: schools)
        }
        // An everyday word the rules left that stands where a person does, by the place model's weights
        // (`NamePlaceModel`): read from the same state for every word, then added.
        var placed: [Int] = []
        for index in items.indices where !birthPhrase[index] && inPlace[index] < 2
            && NamePlaceFeatures.isCandidate(items[index], facts[index]) {
            if let placeSeen {
                placeSeen(items[index], isName[index], NamePlaceFeatures.of(items, facts, isName, at: index, casual: casual).features)
            }
            if !isName[index] && NamePlaceModel.shared.isName(items, facts, isName, at: index, casual: casual) {
                placed.append(index)
            }
        }
        for index in placed { isName[index] = true }
        // Names come in runs: a word beside a name (or a [name] placeholder) is the rest of it when no list
        // knows it ("jay mcfarlane"), when it is a surname ("[name] white"), or when it is a given name before
        // one ("cherry martin"); "Mason and Jade" are two.
        // "[name], royal", "faith, [name] & [name]", "Jay, Kyle": names in a list, joined by a comma or "&".
        // Each round reads `isName` and only ever sets words in it: a round that sets none leaves the next one the
        // same state, so it would set none either (most comments name no one: one round, not three).
        for _ in 0..<3 {
            let before = isName
            // "[name] greens mum", "[name] Day was my sw": a surname after a name, owning or ending it.
            for index in items.indices.dropFirst() where !isName[index] && !birthPhrase[index] && inPlace[index] < 2 {
                let word = items[index]
                let joined = !word.isAfterBreak && !items[index - 1].punctuationAfter
                let follower = (isName[index - 1] && joined) || word.placeholderBefore == .name
                // "ebony greens mum": a given name before a surname that owns a relation.
                let givenBefore = joined && (facts[index - 1].everydayName || facts[index - 1].given) && facts[index - 1].couldBeName
                    && (index < 2 || !items[index - 2].classes.contains(.determiner))
                guard follower || givenBefore else { continue }
                if NameCues.ownsRelationAsSurname(items, at: index) {
                    isName[index] = true
                    isName[index - 1] = true
                    continue
                }
                guard follower, !facts[index].couldBeName else { continue }
                let capital = word.isCapitalised && !casual && !word.startsSentence
                // "lan Đỗ", "[name] Lê": a capital written with marks English does not use ends the name.
                if capital && NameCues.markedSmallWord(word) {
                    isName[index] = true
                    continue
                }
                let nameAfterJoin = index + 2 < items.count && isName[index + 2] && !items[index + 2].isAfterBreak
                if NameCues.endsFullNameAsSmallWord(items, at: index, capital: capital, nameAfterJoin: nameAfterJoin) {
                    isName[index] = true
                }
            }
            for index in items.indices where !isName[index] && inPlace[index] < 2 && !birthPhrase[index]
                && (facts[index].couldBeName || !items[index].classes.isDisjoint(with: [.particle, .calendarName])) {
                let word = items[index], fact = facts[index]
                if !fact.couldBeName && !word.classes.contains(.particle) {
                    // "august and [name] and me", "[name] an june": a month in a list of people.
                    if word.lower != "may", !word.numberAfter, !NameCues.isMonthContext(items, at: index),
                       NameCues.isCoordinated(items, isName, at: index) || word.placeholderBeforeList == .name
                        || word.placeholderAfterList == .name
                        // "jade + april are my siblings", "jade & june": joined by "+" or "&" (not a comma) to a name.
                        || (index > 0 && isName[index - 1] && items[index - 1].listAfter && !items[index - 1].punctuationAfter)
                        // "i'm august [name] and", "ring april [name] on": a month before a surname is a given name.
                        || (word.classes.contains(.calendarName) && NameCues.beforeName(items, isName, at: index)) {
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
                // "همش تو اینستام", "[name] on snapp": an app beside a name is not the rest of it (`NameApps.swift`).
                if NameDecision.namesApp(items, at: index) { continue }
                // "my CV", "the NHS" stay abbreviations unless a name stands right beside them ("PHAM, [name]").
                // "JADE [name] was my carer": a given name in capitals before a surname is no abbreviation.
                // "i live with ASH n [name]": a name in capitals joined by "and" to a name is no abbreviation either.
                if word.isAllCapitals && !casual && word.key.count <= 4 && !(listed || word.placeholderBefore == .name
                    || word.placeholderAfter == .name || ((after || coordinated) && (fact.given || fact.everydayName) && word.key.count >= 3)
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
                    || (leader && word.classes.contains(.particle)) || listName
                    // "name [name] poppy dob ...": an everyday name right after a name is the rest of it.
                    || (follower && fact.everydayName && fact.given && !NameCues.beforePronoun(items, at: index))
                    // "[name] grey but i dont know him", "[name] rock is the best": the surname ending a full name.
                    || (before && fact.everyday && NameCues.endsFullName(items, facts, at: index))
                    // "[name] van der berg", "[name] ramsbottom": a particle or a town's name after a name is a surname.
                    || (follower && word.classes.contains(.particle) && index + 1 < items.count && !items[index + 1].isAfterBreak)
                    || (follower && inPlace[index] == 1 && !fact.everyday && !NameCues.isPlaceContext(items, at: index)) {
                    isName[index] = true
                }
            }
            if isName == before { break }
        }
        var ranges: [Range<String.Index>] = []
        var names: [String] = []
        for index in items.indices where isName[index] {
            ranges.append(items[index].range)
            names.append(items[index].lower)
        }
        return (ranges, names)
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
}
