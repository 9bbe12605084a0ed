/// Places where a name that is also an everyday word ("rob", "joy", "holly") stands by the role it plays rather
/// than by a cue word: two people acting together ("grace and dawn share a room"), a person kept company or
/// trusted ("dont put me with rob again", "i get on with joy better than", "i trust mark"), someone who may
/// read the comment ("if holly reads this"), and a person given with their date of birth ("Coral ([date])",
/// "clement was born on ...").
extension NameCues {
    /// "grace and dawn share a room", "jack, mark and ruby were all on shift", "me n june share": two or more
    /// names joined by commas and "and", opening a clause, then what people do together.
    static func actsInPair(_ items: [Words.Word], _ facts: [WordFacts], at index: Int) -> Bool {
        func nameLike(_ at: Int) -> Bool {
            facts[at].everydayName || (facts[at].given && !facts[at].function) || items[at].lower == "me"
        }
        /// The next member of the list after `at`: over a comma or "and".
        func next(_ at: Int) -> Int? {
            guard at + 1 < items.count, !items[at + 1].isAfterBreak else { return nil }
            if items[at].punctuationAfter, nameLike(at + 1) { return at + 1 }
            if ["and", "n", "&", "an"].contains(items[at + 1].lower), at + 2 < items.count, !items[at + 2].isAfterBreak, nameLike(at + 2) {
                return at + 2
            }
            return nil
        }
        guard nameLike(index) else { return false }
        // The list's first member: back over commas and "and".
        var first = index
        while first > 0, !items[first].isAfterBreak {
            if first >= 2, ["and", "n", "&", "an"].contains(items[first - 1].lower), nameLike(first - 2), !items[first - 1].isAfterBreak {
                first -= 2
            } else if items[first - 1].punctuationAfter, nameLike(first - 1), first - 1 > 0, !opensClause(items, at: first) || first == index {
                first -= 1
            } else {
                break
            }
        }
        guard opensClause(items, at: first) || (first > 0 && items[first - 1].punctuationAfter) else { return false }
        var last = first, members = 1
        while let following = next(last) { last = following; members += 1 }
        guard members >= 2, last >= index, last + 1 < items.count, !items[last + 1].isAfterBreak, !items[last].punctuationAfter else { return false }
        let verb = items[last + 1].lower
        if pairVerbs.contains(verb) { return true }
        // "are the only", "were all on shift": what is said of people, not of seasons ("summer and winter are the best").
        guard ["are", "were", "r"].contains(verb), last + 2 < items.count else { return false }
        let seasons = (first...last).contains { calendarNames.contains(items[$0].lower) || seasonNames.contains(items[$0].lower) }
        return !seasons && ["the", "my", "both", "still", "always", "never", "in", "best", "only", "our", "all"].contains(items[last + 2].lower)
    }

    static let pairVerbs: Set<String> = [
        "share", "shared", "both", "used", "kicked", "fight", "fought", "argue", "argued", "came", "went", "live", "lived",
        "keep", "kept", "sleep", "slept", "ran", "run", "always", "never", "left", "moved", "said", "told", "helped", "look",
        "looked", "texted", "visited", "visit", "played", "play", "hate", "love", "miss", "snore", "got", "get", "work",
        "worked", "fell", "stayed", "stay",
    ]
    static let seasonNames: Set<String> = ["summer", "winter", "autumn", "spring", "christmas", "easter"]

    /// "dont put me with rob again", "i get on with joy better than my mum", "without ray i would", "i trust
    /// mark", "nobody checks on sky anymore", "i looked after rose when": a person kept company, trusted or
    /// looked after, with no determiner before, then the sentence going on as it does after a person.
    static func keptCompany(_ items: [Words.Word], at index: Int) -> Bool {
        guard index > 0, !items[index].isAfterBreak, !items[index - 1].punctuationAfter else { return false }
        let one = items[index - 1].lower, two = index > 1 ? items[index - 2].lower : ""
        let companion = ["with", "wiv", "wth", "wiht", "w", "without", "trust", "trusted", "beside", "against"].contains(one)
            || (one == "after" && ["looked", "look", "looking", "looks", "lookin"].contains(two))
            || (one == "on" && ["checks", "check", "checked", "checking"].contains(two))
        guard companion else { return false }
        // At the end of the comment or a sentence ("i trust mark."), or before what follows a person.
        // "i trust mark": whoever is trusted is a person.
        if ["trust", "trusted"].contains(one), !seasonNames.contains(items[index].lower) { return true }
        guard index + 1 < items.count, !items[index + 1].isAfterBreak, !items[index].punctuationAfter else { return false }
        let next = items[index + 1].lower
        return ["again", "better", "anymore", "i", "we", "cos", "coz", "cuz", "because", "who", "sometimes", "either",
                "x", "xx", "any", "when", "wen", "now", "too"].contains(next)
    }

    /// "if holly reads this hi", "if rob sees this": someone who may read the comment.
    static func mayReadThis(_ items: [Words.Word], at index: Int) -> Bool {
        guard index > 0, index + 1 < items.count, items[index - 1].lower == "if", !items[index + 1].isAfterBreak else { return false }
        return ["reads", "sees", "reading", "is", "ever"].contains(items[index + 1].lower)
            && (items[index + 1].lower != "is" || (index + 2 < items.count && items[index + 2].lower == "reading"))
    }

    /// "Coral ([date])", "duke [date]", "clement was born on ...": a person given with their date of birth.
    static func givenWithBirth(_ items: [Words.Word], at index: Int) -> Bool {
        if items[index].placeholderAfter == .date || items[index].placeholderAfterList == .date, opensClause(items, at: index),
           !calendarNames.contains(items[index].lower), !seasonNames.contains(items[index].lower) { return true }
        guard index + 2 < items.count, !items[index + 1].isAfterBreak, ["was", "is", "wuz"].contains(items[index + 1].lower) else { return false }
        return items[index + 2].lower == "born" && !(index > 0 && items[index - 1].classes.contains(.determiner))
    }

    /// "now jack as our worker", "i had lance as my sw": a person named before the role they had.
    static func namedAsRole(_ items: [Words.Word], at index: Int) -> Bool {
        guard index + 3 < items.count, items[index + 1].lower == "as", !items[index + 1].isAfterBreak,
              items[index + 2].classes.contains(.owner) || ["a", "the"].contains(items[index + 2].lower)
        else { return false }
        let role = items[index + 3].lower
        return relations.contains(role) || (describers.contains(role) && index + 4 < items.count && items[index + 4].classes.contains(.relation))
    }

    /// "best was misty", "worst was rob,": the best or worst of the people a young person had.
    static func rankedPerson(_ items: [Words.Word], at index: Int) -> Bool {
        guard index >= 2, !items[index].isAfterBreak, ["was", "is"].contains(items[index - 1].lower),
              ["best", "worst", "favourite", "fave", "fav", "nicest", "kindest"].contains(items[index - 2].lower),
              !seasonNames.contains(items[index].lower) else { return false }
        return index + 1 == items.count || items[index].punctuationAfter || items[index + 1].isAfterBreak || items[index + 1].startsSentence
            || ["and", "n", "tbh", "lol", "x", "xx", "ngl", "idk"].contains(items[index + 1].lower)
    }

    /// "can rose come to my review", "rose said i cant", "we miss will", "Grace!!! answer ur phone": asked
    /// about, reported, missed or called out to as a person.
    static func actsAsPerson(_ items: [Words.Word], at index: Int) -> Bool {
        let word = items[index]
        if index > 0, index + 1 < items.count, !word.isAfterBreak, !items[index + 1].isAfterBreak,
           ["can", "could", "cud", "will", "would", "did", "does"].contains(items[index - 1].lower),
           ["come", "go", "stay", "visit", "ring", "call", "see", "help", "have", "be"].contains(items[index + 1].lower),
           index < 2 || !subjectPronouns.contains(items[index - 2].lower) || items[index - 1].startsSentence {
            return true
        }
        if index + 1 < items.count, !items[index + 1].isAfterBreak, ["said", "sed", "says", "reckons", "told"].contains(items[index + 1].lower),
           index == 0 || !(items[index - 1].classes.contains(.determiner) || items[index - 1].classes.contains(.owner)
                || subjectPronouns.contains(items[index - 1].lower)) {
            return true
        }
        // "staff let bill stay out", not "let it go".
        if index > 0, ["let", "lets"].contains(items[index - 1].lower), index + 1 < items.count, !items[index + 1].isAfterBreak,
           ["stay", "go", "come", "have", "use", "sleep", "keep", "do"].contains(items[index + 1].lower) {
            return true
        }
        // "we miss will...", "i love rose": missed or loved at the end of what is said.
        if index > 0, ["miss", "missed", "love"].contains(items[index - 1].lower), !seasonNames.contains(word.lower),
           index + 1 == items.count || items[index + 1].isAfterBreak || items[index + 1].startsSentence {
            return true
        }
        // "Grace!!! answer ur phone".
        return index + 1 < items.count && !items[index + 1].isAfterBreak && items[index + 1].startsSentence
            && ["answer", "pick", "ring", "reply", "text", "call"].contains(items[index + 1].lower) && opensClause(items, at: index)
    }

    /// "will, [name] and [name] were on shift", "will and [name] are the best", "my key worker is will xx",
    /// "called will cos": a modal verb where only a name stands (never before a list of people, or at the end).
    static func modalInList(_ items: [Words.Word], at index: Int) -> Bool {
        let word = items[index]
        let next = index + 1 < items.count && !items[index + 1].isAfterBreak ? items[index + 1].lower : ""
        if opensClause(items, at: index), word.placeholderAfterList == .name
            || (["and", "n", "&"].contains(next) && items[index + 1].placeholderAfter == .name) {
            return true
        }
        // "my sw is called will ive had three": a modal after "is called" is what someone is called.
        if index >= 2, !word.isAfterBreak, items[index - 1].classes.contains(.introducer), ["is", "was", "s"].contains(items[index - 2].lower) {
            return true
        }
        let ends = next.isEmpty || word.punctuationAfter || ["cos", "coz", "because", "bc", "x", "xx", "lol", "tbh"].contains(next)
        return ends && (namedByRelation(items, at: index) || precedes(items, at: index))
    }
}
