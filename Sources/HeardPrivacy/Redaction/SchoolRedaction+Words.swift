/// The words `SchoolRedaction` reads a school's name from: a high school's "high", the "E" of "C of E", a school's
/// own words and an academy's place.
extension SchoolRedaction {
    /// "X High" or "X High School", not "high" as in "a high score".
    static func isHighSchool(_ items: [Words.Word], _ index: Int) -> Bool {
        guard index > 0 else { return false }
        let previous = items[index - 1]
        return (index + 1 < items.count && items[index + 1].lower == "school")
            || (items[index].isCapitalised && previous.isCapitalised)
            // "Cardinal Heenan RC High", "st bedes catholic high", "wigan high"
            || denominations.contains(previous.lower) || ["e", "community", "girls", "boys"].contains(previous.lower)
            || (previous.lists.contains(.place) && !previous.lists.isEveryday)
            // "put me in castlebrook high", "at parkside high": a word no list holds after a word that places someone.
            || (index >= 2 && !previous.lists.isEveryday && !previous.classes.contains(.function) && previous.lower.count >= 4
                && ["at", "to", "2", "in", "from", "attend", "attended", "left", "started"].contains(items[index - 2].lower))
            || isDenominationEnd(items, index, shouting: false) || isTheHigh(items, index)
    }

    /// The "E" of "C of E".
    static func isChurchOfEngland(_ items: [Words.Word], _ index: Int) -> Bool {
        index >= 2 && items[index].lower == "e" && items[index - 1].lower == "of" && items[index - 2].lower == "c"
    }

    /// A school's own word: "St", a capitalised word, a name, or a word no list knows.
    static func isNameLike(_ word: Words.Word, shouting: Bool) -> Bool {
        let lower = word.lower
        if generic.contains(lower) || types.contains(lower) || NameCues.functionWords.contains(lower) { return false }
        if lower == "st" || lower == "saint" { return true }
        if word.isCapitalised && !shouting { return true }
        if word.lists.contains(.place) { return true }
        return !word.lists.isEveryday || word.lists.isName || word.lists.contains(.place)
    }

    static func isOwnWord(_ word: Words.Word) -> Bool {
        // "St Thomas More Catholic College": a capital in mid-sentence makes even a small word the name's.
        if word.isCapitalised && !word.startsSentence && !word.isAllCapitals && word.lower.count >= 3
            && !["the", "my", "our", "and", "but", "for", "from", "with", "this", "that", "then"].contains(word.lower)
            && !word.classes.contains(.schoolGeneric) && !types.contains(word.lower) && !kinds.contains(word.lower) { return true }
        return !word.classes.contains(.schoolGeneric) && !word.classes.contains(.function) && !types.contains(word.lower)
            && !kinds.contains(word.lower) && word.lower.count >= 3
    }

    /// The place after an academy's sponsor: "Harris Academy Oldfleet", "Oasis Academy Wintringham".
    static func isAcademyPlace(_ word: Words.Word, shouting: Bool) -> Bool {
        if word.classes.contains(.schoolGeneric) || word.classes.contains(.function) { return false }
        return (word.isCapitalised && !shouting) || !word.lists.isEveryday
    }
}
