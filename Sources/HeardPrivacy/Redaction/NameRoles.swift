/// Places where a name that is also an everyday word ("rob", "joy", "holly") stands by the role it plays rather
/// than by a cue word: two people acting together ("grace and dawn share a room"), a person kept company or
/// trusted ("dont put me with rob again", "i get on with joy better than", "i trust mark"), someone who may
/// read the comment ("if holly reads this"), and a person given with their date of birth ("Coral ([date])",
/// "clement was born on ...").
extension NameCues {
    /// "grace and dawn share a room", "rob and carol are the only staff who listen", "me n june share": two
    /// names joined by "and", opening a clause, then what people do together.
    static func actsInPair(_ items: [Words.Word], _ facts: [WordFacts], at index: Int) -> Bool {
        func nameLike(_ at: Int) -> Bool {
            at >= 0 && at < items.count && (facts[at].everydayName || (facts[at].given && !facts[at].function)
                || items[at].lower == "me")
        }
        func pairFrom(_ first: Int) -> Bool {
            guard first >= 0, first + 3 < items.count, opensClause(items, at: first),
                  ["and", "n", "&"].contains(items[first + 1].lower), !items[first + 1].isAfterBreak, !items[first + 2].isAfterBreak,
                  !items[first + 3].isAfterBreak, !items[first].punctuationAfter, nameLike(first), nameLike(first + 2) else { return false }
            let verb = items[first + 3].lower
            if pairVerbs.contains(verb) { return true }
            // "are the only", "were both": what is said of people, not of seasons ("summer and winter are the best").
            guard ["are", "were", "r"].contains(verb), first + 4 < items.count else { return false }
            let seasons = [first, first + 2].contains { calendarNames.contains(items[$0].lower) || seasonNames.contains(items[$0].lower) }
            return !seasons && ["the", "my", "both", "still", "always", "never", "in", "best", "only", "our"].contains(items[first + 4].lower)
        }
        return pairFrom(index) || pairFrom(index - 2)
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
        guard index + 1 < items.count, !items[index + 1].isAfterBreak, !items[index].punctuationAfter else {
            return ["trust", "trusted"].contains(one)
        }
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
        return items[index + 2].lower == "born" && !(index > 0 && determiners.contains(items[index - 1].lower))
    }
}
