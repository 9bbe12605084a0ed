/// Places in a sentence where a word that is also an everyday word ("Hope", "Will", "pat", "river") stands as
/// a person: the subject that opens a sentence and acts ("carol keeps changing my appointments"), the name a
/// relation is given ("my sw is jasmine", "my mum pat"), the name someone goes by ("i go by opal").
extension NameCues {
    /// "carol keeps ...", "Miles sed ...", "patience plays ...": the first word of a sentence, then a verb a
    /// person does. Not after a determiner ("the rain makes"), and not a word that is itself a verb or a modal.
    static func opensSentenceActing(_ items: [Words.Word], at index: Int) -> Bool {
        guard opensClause(items, at: index), index + 1 < items.count, !items[index + 1].isAfterBreak,
              !items[index].punctuationAfter else { return false }
        let next = items[index + 1].lower
        if personMarkers.contains(next) || actingVerbs.contains(next) { return true }
        // "iris has been my carer", "poppy was my first carer".
        let two = index + 2 < items.count ? items[index + 2].lower : "", three = index + 3 < items.count ? items[index + 3].lower : ""
        if ["has", "had"].contains(next) && two == "been" && (owners.contains(three) || three == "a" || three == "the") { return true }
        // "goodness has had five placements", "harmony had left".
        return ["has", "had"].contains(next) && ["had", "got", "moved", "left", "gone", "done", "said", "told", "asked", "changed"].contains(two)
    }

    /// "amber is coming with me", "Pat is getting adopted": an everyday name opening a clause, then "is" and
    /// what a person does or is ("coming", "older than", "so annoying"), not what a thing is ("is nice").
    static func opensClauseBeing(_ items: [Words.Word], at index: Int) -> Bool {
        guard opensClause(items, at: index), index + 2 < items.count, !items[index + 1].isAfterBreak,
              ["is", "was", "wuz", "has", "had", "isnt", "wasnt", "doesnt", "didnt", "wont", "cant", "got"].contains(items[index + 1].lower)
        else { return false }
        let two = items[index + 2].lower
        // "storm is the best", not "summer is the best" (a season).
        if two == "the", index + 3 < items.count, ["best", "worst", "only", "nicest", "kindest"].contains(items[index + 3].lower),
           !seasonNames.contains(items[index].lower), !calendarNames.contains(items[index].lower) { return true }
        return beingWords.contains(two)
    }

    static let beingWords: Set<String> = [
        "so", "always", "still", "never", "really", "obsessed", "annoying", "mean", "kind", "getting", "going",
        "coming", "older", "younger", "listen", "care", "lost", "adopted", "moved", "moving", "allowed", "been",
        "ill", "pregnant", "off", "lovely", "horrible", "leaving", "staying", "living", "visiting", "bullying",
        "shouting", "crying", "fostered", "excluded", "sick", "poorly", "bossy", "rude", "funny", "born", "sound",
    ]

    /// The first word of a sentence or of a clause after a conjunction ("and iris has been", "cuz carol doesnt").
    static func opensClause(_ items: [Words.Word], at index: Int) -> Bool {
        let word = items[index]
        if index == 0 || word.startsSentence || word.isAfterBreak { return true }
        let previous = items[index - 1]
        // "nobody told me rusty was leaving": a clause reported after "told me".
        if ["me", "us"].contains(previous.lower), index >= 2, ["told", "tell", "tells", "said", "showed"].contains(items[index - 2].lower) {
            return true
        }
        return previous.punctuationAfter || previous.classes.contains(.clauseOpener)
    }

    static let clauseOpeners: Set<String> = [
        "and", "but", "cuz", "cos", "coz", "because", "bc", "so", "when", "if", "wish", "except", "then", "x", "xx",
        "lol", "til", "till", "until", "while", "whereas", "since", "an", "n", "&", "tbh", "ngl", "idk", "smh",
        "unfortunately", "sadly", "apparently", "luckily",
    ]

    /// "except patience", "fell out with harmony", "around bunny", "away from marvellous", "hi im bill".
    static func personAfter(_ items: [Words.Word], at index: Int) -> Bool {
        guard index >= 1, !items[index].isAfterBreak else { return false }
        let one = items[index - 1].lower, two = index >= 2 ? items[index - 2].lower : ""
        let three = index >= 3 ? items[index - 3].lower : ""
        if one == "except" || one == "around" || (one == "from" && two == "away") || (one == "for" && two == "ask") { return true }
        if one == "to" && toPerson.contains(two) && two != "out" && two != "say" { return true }  // "sat next to ruby"
        // "apart from florin", "instead of yaw", "i want faith back".
        if (one == "from" && two == "apart") || (one == "of" && two == "instead") { return true }
        if ["want", "wanted", "want's"].contains(one) && index + 1 < items.count && items[index + 1].lower == "back" { return true }
        // "its jack here, new number ...": a sign-off.
        if (one == "its" || one == "it's") && index + 1 < items.count && items[index + 1].lower == "here" { return true }
        if one == "with" && two == "out" && three == "fell" { return true }
        if (one == "im" || one == "am") && ["hi", "hey", "hiya", "hello", "i"].contains(two) && (two != "i" || index + 1 >= items.count
            || items[index + 1].isAfterBreak || items[index].punctuationAfter || ["and", "n", "&"].contains(items[index + 1].lower)) {
            return true
        }
        return false
    }

    /// "Frank the social worker came", "jack from the school nurse", "rose from college": a person named, then
    /// what they are or where they are from.
    static func namedBeforeRole(_ items: [Words.Word], at index: Int) -> Bool {
        guard index + 2 < items.count, !items[index + 1].isAfterBreak else { return false }
        let one = items[index + 1].lower, two = items[index + 2].lower
        let three = index + 3 < items.count ? items[index + 3].lower : ""
        if one == "the" && (relations.contains(two) || (describers.contains(two) && relations.contains(three))) { return true }
        if one == "from" && (roleHomes.contains(two) || items[index + 1].placeholderAfter == .school) { return true }
        if one == "from" && two == "the" && roleHomes.contains(three) { return true }
        return false
    }

    static let roleHomes: Set<String> = ["school", "college", "class", "work", "youth", "church", "uni", "nursery", "school's",
                                         "university", "open", "sixth", "leaving", "social", "housing", "camhs",
                                         "childrens", "fostering", "virtual", "cafcass"]

    /// Verbs a person does, beyond `personMarkers`, that rarely follow an everyday noun opening a sentence.
    static let actingVerbs: Set<String> = [
        "sed", "sayd", "plays", "played", "watches", "watched", "supports", "copies", "wears", "shares", "ignores",
        "bullies", "blames", "blocked", "blocks", "screams", "laughed", "teaches", "taught", "cooks", "cooked",
        "drives", "lent", "owes", "swore", "stole", "steals", "hugs", "winds", "bought", "u", "ur", "r", "wanted",
        "added", "sees", "messaged", "rung", "emailed", "wrote", "kicked", "runs", "answer", "shares", "snores", "works",
    ]

    /// "my sw is jasmine", "my key worker at the home is brexleigh", "the carer before was kez": the word after
    /// "is" or "was" whose subject, a few words back, is a relation.
    static func namedByRelation(_ items: [Words.Word], at index: Int) -> Bool {
        // "my sw is jasmine", "my siblings are mark, holly and autumn".
        guard index >= 3, !items[index].isAfterBreak, ["is", "was", "s", "are", "were"].contains(items[index - 1].lower) else { return false }
        // After "are", only a list of people: "my siblings are mark, holly and autumn", not "my carers were angels".
        if ["are", "were"].contains(items[index - 1].lower) {
            let listed = items[index].punctuationAfter
                || (index + 1 < items.count && ["and", "n", "&"].contains(items[index + 1].lower) && !items[index + 1].isAfterBreak)
            guard listed else { return false }
        }
        if index + 1 < items.count, !items[index + 1].isAfterBreak, predicateFollowers.contains(items[index + 1].lower) {
            return false
        }
        var cursor = index - 2
        while cursor >= 0, index - cursor <= 6 {
            let lower = items[cursor].lower
            if relations.contains(lower), cursor > 0, items[cursor - 1].classes.contains(.owner) || items[cursor - 1].classes.contains(.describer)
                || items[cursor - 1].lower == "the" {
                return true
            }
            if items[cursor].isAfterBreak { break }
            cursor -= 1
        }
        return false
    }

    /// Words after "my sw is X" that make X an adjective or noun, not a name: "is kind and", "is brilliant at".
    static let predicateFollowers: Set<String> = ["at", "to", "about", "with", "for", "of", "than"]

    /// "i go by opal", "known as Hope", "everyone calls me Will".
    static func goesBy(_ items: [Words.Word], at index: Int) -> Bool {
        guard index >= 2, !items[index].isAfterBreak else { return false }
        let one = items[index - 1].lower, two = items[index - 2].lower
        return (one == "by" && ["go", "goes", "going", "went"].contains(two)) || (one == "as" && two == "known")
            || (one == "me" && ["calls", "call", "called"].contains(two))
            // "we call him storme", "everyone calls her bliss": what people call someone, as a habit.
            || (["him", "her"].contains(one) && ["call", "calls"].contains(two) && index >= 3
                && ["we", "they", "everyone", "everybody", "people", "all", "i"].contains(items[index - 3].lower))
    }

    /// "will is like a mum", "will and me", "may was my carer": a modal verb ("will", "may") before what only
    /// follows a noun is a name.
    static func modalAsName(_ items: [Words.Word], at index: Int) -> Bool {
        guard ["will", "may", "might", "can", "shall", "must"].contains(items[index].lower), index + 1 < items.count,
              !items[index + 1].isAfterBreak else { return false }
        let one = items[index + 1].lower, two = index + 2 < items.count ? items[index + 2].lower : ""
        if ["is", "was", "has", "isnt", "wasnt", "hasnt", "s", "were", "are"].contains(one) { return true }
        // "Will at the leaving care team helped me", "will from the council sorted it": a modal never opens a
        // clause before "at the" or "from the".
        if ["at", "from"].contains(one) && ["the", "th", "da"].contains(two) && opensClause(items, at: index) { return true }
        return ["and", "n", "&"].contains(one) && ["me", "i"].contains(two)
    }
}
