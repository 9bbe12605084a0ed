/// Finds people's names. The rule: a word in a name's place that is not an everyday word is a name, in any
/// case and any alphabet. A name's place is after a cue ("my sw", "called", "me and", "Mr"), before one ("is my
/// best friend", "from the leaving care team"), beside a name or a `[name]` placeholder, or capitalised in
/// the middle of a sentence. Besides: the export's own identity values (the deny list) wherever they recur;
/// names from the gazetteer that are not everyday words, in any case; and names that are also everyday words
/// ("Will", "Hope") only in a name's place. Places, shops and clubs ("Alton Towers", "Primark") are not names.
struct NameRedaction {
    let denied: Set<String>
    let places: PlaceList

    /// The words to replace by `[name]`, as ranges, plus the lower-case names found (to deny elsewhere).
    func find(in words: Words) -> (ranges: [Range<String.Index>], names: [String]) {
        let items = words.items
        guard !items.isEmpty else { return ([], []) }
        let casual = words.shouting || words.titleCase
        let facts = items.map { WordFacts($0, denied: denied) }
        var inPlace = [Int](repeating: 0, count: items.count)  // 2: part of a place of several words, 1: one-word place
        let keys = items.map(\.key)
        var index = 0
        while index < items.count {
            let length = places.match(keys, at: index)
            if length > 0 {
                for offset in 0..<length { inPlace[index + offset] = length > 1 ? 2 : 1 }
                index += length
            } else {
                index += 1
            }
        }
        var isName = [Bool](repeating: false, count: items.count)
        for index in items.indices {
            isName[index] = decide(index, items: items, facts: facts, place: inPlace[index], casual: casual)
        }
        // Names come in runs: a word beside a name (or a [name] placeholder) that is not an everyday word is the
        // rest of it ("jay mcfarlane", "Zorbina [name]"); a listed name beside one is too ("Grace Kowalski").
        for _ in 0..<2 {
            for index in items.indices where !isName[index] && inPlace[index] < 2 && facts[index].couldBeName {
                let word = items[index], fact = facts[index]
                let before = index > 0 && isName[index - 1] && !items[index].isAfterBreak && !items[index - 1].punctuationAfter
                let after = index + 1 < items.count && isName[index + 1] && !items[index + 1].isAfterBreak && !word.punctuationAfter
                let besidePlaceholder = word.placeholderBefore == .name || word.placeholderAfter == .name
                guard before || after || besidePlaceholder else { continue }
                let capital = (word.isCapitalised && !casual) || word.isCaseless
                // "grace kowalski": a lower-case everyday name before a surname.
                let firstName = after && NameCues.everydayNames.contains(word.lower) && facts[index + 1].surname
                if !fact.everyday || (fact.listed && capital) || firstName {
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

    private func decide(_ index: Int, items: [Words.Word], facts: [WordFacts], place: Int, casual: Bool) -> Bool {
        let word = items[index], fact = facts[index]
        let capital = word.isCapitalised && !casual
        let midSentenceCapital = capital && !word.startsSentence
        if fact.denied { return place < 2 && (!fact.everyday || capital || NameCues.strength(items, at: index) == .strong) }
        guard fact.couldBeName else {
            if NameCues.calendarNames.contains(word.lower) {
                // "in May", "May 5th" are months; "ask May she knows", "me and May" are people.
                let cue = NameCues.strength(items, at: index)
                return (cue == .strong && (capital || isSubject(items, index)))
                    || (midSentenceCapital && !NameCues.isMonthContext(items, at: index))
            }
            return false
        }
        if place == 2 { return false }
        let cue = NameCues.strength(items, at: index)
        if place == 1 && (!fact.given || NameCues.isPlaceContext(items, at: index)) {
            // "i support Chelsea", "we went to Hope" are places; "my friend Chelsea", "ask Hope" are people.
            return cue == .strong && fact.given && !NameCues.notNamesAfterCue.contains(word.lower)
        }
        if cue == .strong {
            if NameCues.notNamesAfterCue.contains(word.lower) && !midSentenceCapital { return false }
            if !fact.everyday { return true }
            if fact.listed && (capital || NameCues.everydayNames.contains(word.lower)) { return true }
            if isSubject(items, index) && fact.listed { return true }
            return midSentenceCapital && !fact.function
        }
        if cue == .weak && !fact.everyday && word.lower.count >= 3 { return true }
        if fact.listed && !fact.everyday && word.key.count >= 3 { return true }
        if word.isCaseless && !fact.everyday && fact.listed { return true }
        if midSentenceCapital && !fact.function && (!fact.everyday || fact.listed) { return true }
        if fact.nameShaped && !casual { return true }
        if capital && word.startsSentence && !fact.everyday {
            // "Zorbina helped me", "Tavrek Quillan is kind": a sentence that opens with a person.
            let next = index + 1 < items.count ? items[index + 1] : nil
            if let next, !next.isAfterBreak, NameCues.verbsAfterSubject.contains(next.lower) || next.isCapitalised
                || NameCues.follows(items, at: index) || next.placeholderBefore == .name { return true }
        }
        return false
    }

    /// Whether the word is followed by a verb, as a subject is ("me and will are mates").
    private func isSubject(_ items: [Words.Word], _ index: Int) -> Bool {
        index + 1 < items.count && !items[index + 1].isAfterBreak && NameCues.verbsAfterSubject.contains(items[index + 1].lower)
    }
}

/// What the lists say about one word.
struct WordFacts {
    var given: Bool
    var surname: Bool
    var everyday: Bool
    /// A small word ("im", "dont", "tho") that is never a name.
    var function: Bool
    var denied: Bool
    /// Shaped like a surname whatever the lists say: "McFarlane", "MacLeod", "O'Donnell".
    var nameShaped: Bool

    var listed: Bool { given || surname }
    /// Neither a word that is never a name nor a single letter.
    var couldBeName: Bool { !function && !never }
    private var never: Bool

    init(_ word: Words.Word, denied deniedKeys: Set<String>) {
        let key = word.key
        given = Gazetteer.givenNames.contains(key)
        surname = Gazetteer.surnames.contains(key)
        function = NameCues.functionWords.contains(key)
        everyday = function || Gazetteer.isEverydayWord(key)
        denied = deniedKeys.contains(key)
        never = Gazetteer.notNames.contains(key) || (key.count < 2 && !word.isCaseless)
        let text = word.text
        nameShaped = (text.hasPrefix("Mc") || text.hasPrefix("Mac") || text.hasPrefix("O'") || text.hasPrefix("O’"))
            && text.count >= 4 && text.dropFirst(text.hasPrefix("Mac") ? 3 : 2).first?.isUppercase == true
    }
}

extension NameCues {
    /// A month name used as a month: after "in", "on", "since"... or before a number.
    static func isMonthContext(_ items: [Words.Word], at index: Int) -> Bool {
        let before = index > 0 ? items[index - 1].lower : ""
        return temporal.contains(before)
    }

    /// A place name used as a place: after "to", "in", "at", "near"...
    static func isPlaceContext(_ items: [Words.Word], at index: Int) -> Bool {
        index > 0 && !items[index].isAfterBreak && placeWords.contains(items[index - 1].lower)
    }

    static let placeWords: Set<String> = ["to", "in", "at", "from", "near", "outside", "around", "round", "visit",
                                          "visited", "support", "supports", "watch", "watched", "play", "played", "into"]

    static let temporal: Set<String> = ["in", "on", "of", "since", "until", "till", "by", "last", "next", "this",
                                        "early", "late", "mid", "end", "from", "during", "before", "after", "every"]
}
