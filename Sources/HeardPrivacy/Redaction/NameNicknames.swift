/// Any word may be someone's name or nickname ("biggie", "pickle", "chips", "july"): a word no name list holds is
/// a person where only a person stands, between a relation and what only a person does ("my partner biggie took
/// me bowling", "my son chubby was there for me", "uncle autumn is always late", "my iro pickle doesnt
/// listen"), or given as who a relation is now ("my sw (its willow now)"). The ordinary readings stay: "my mum
/// car is broken", "my sw team said" (a team is no person: nothing after it is what only a person does),
/// "its august now" with no relation before it.
extension NameCues {
    /// Whether the word at `index` is named by the relation before it and acts as only a person does after it.
    static func nicknamedByRelation(_ items: [Words.Word], at index: Int) -> Bool {
        guard index >= 1, !items[index].isAfterBreak, !items[index - 1].punctuationAfter else { return false }
        let one = items[index - 1].lower
        let two = index >= 2 && !items[index - 1].isAfterBreak ? items[index - 2].lower : ""
        // "my partner X", "my step dad X", "uncle X", "the manager X" (not "my sw is X": "my carer is strict").
        let related = afterRelation(items, at: index) || (items[index - 1].classes.contains(.familyTitle) && one != "bro")
            || (staffRoles.contains(one) && two == "the")
        return related && nicknameable(items[index]) && doesWhatOnlyPeopleDo(items, after: index)
    }

    /// "my sw (its willow now)", "my sw its biggie now": who a relation is now.
    static func relationIsNow(_ items: [Words.Word], at index: Int) -> Bool {
        guard index >= 3, index + 1 < items.count, items[index + 1].lower == "now", !items[index + 1].isAfterBreak,
              ["its", "it's", "it’s"].contains(items[index - 1].lower), !items[index].isAfterBreak, nicknameable(items[index])
        else { return false }
        return items[index - 2].classes.contains(.relation) && items[index - 3].classes.contains(.owner)
    }

    /// A word that may be a nickname: not a small word, a relation, a describing word, a verb after a name or a
    /// modal ("my sw will", "my mum said", "my carer really").
    static func nicknameable(_ word: Words.Word) -> Bool {
        let classes = word.classes
        guard classes.isDisjoint(with: [.function, .relation, .notNameAfterCue, .personMarker, .personVerb, .describer]),
              !adverbs.contains(word.lower), !word.lists.contains(.function),
              word.key.utf8.count >= 2 else { return false }
        return !word.key.utf8.contains { $0 >= 48 && $0 <= 57 } && !word.lower.hasSuffix("ing") && !people.contains(word.lower)
    }

    /// Words for people that are not their names: "my carer kids took me bowling".
    static let people: Set<String> = ["kids", "children", "family", "people", "staff", "boys", "girls", "lads", "pets", "nobody",
                                      "noone", "everyone", "everybody", "someone", "somebody", "anyone", "anybody"]

    /// "cookie is the only one who listens", "sav was there for me", "Opal pls ring me": a word opening a clause,
    /// then what is said only of a person, or asked only of one.
    static func opensClauseAsPerson(_ items: [Words.Word], at index: Int) -> Bool {
        // Only "X pls ...", "X is ..." and "X was ..." are read: the word after first, the rest only then.
        guard index + 3 < items.count, ["pls", "please", "plz", "is", "was"].contains(items[index + 1].lower),
              nicknameable(items[index]), opensClause(items, at: index), !items[index].punctuationAfter,
              (index + 1...index + 3).allSatisfy({ !items[$0].isAfterBreak }) else { return false }
        if index > 0, !items[index].isAfterBreak, items[index - 1].classes.contains(.determiner) { return false }
        let one = items[index + 1].lower, two = items[index + 2].lower, three = items[index + 3].lower
        if ["pls", "please", "plz"].contains(one) { return ["ring", "call", "text", "message", "phone"].contains(two) && three == "me" }
        guard ["is", "was"].contains(one) else { return false }
        if two == "there" { return three == "for" }
        return two == "the" && three == "only" && index + 5 < items.count && items[index + 4].lower == "one"
            && items[index + 5].lower == "who"
    }

    /// "bean and me fell out", "gem n me are close": a word opening a clause, joined to "me", then a verb.
    static func pairedWithMe(_ items: [Words.Word], at index: Int) -> Bool {
        guard index + 3 < items.count, ["and", "n", "an", "&"].contains(items[index + 1].lower), items[index + 2].lower == "me",
              nicknameable(items[index]), opensClause(items, at: index), !items[index].punctuationAfter,
              (index + 1...index + 3).allSatisfy({ !items[$0].isAfterBreak }) else { return false }
        // "fell out", "used to be close", "share a room", "are best mates" (not "food and me dont get on").
        let verb = items[index + 3].lower
        if ["fell", "used", "share", "shared", "both"].contains(verb) { return true }
        return ["are", "were"].contains(verb) && index + 4 < items.count && !items[index + 4].isAfterBreak
            && ["best", "mates", "friends", "close", "twins", "besties"].contains(items[index + 4].lower)
    }

    /// "i got may a card", "asked indigo if i could", "luv u july x": who is given something, asked or loved.
    static func receivesAsPerson(_ items: [Words.Word], at index: Int) -> Bool {
        guard index >= 1, index + 1 < items.count, !items[index].isAfterBreak, !items[index].punctuationAfter else {
            return index >= 2 && !items[index].isAfterBreak && lovedYou(items, at: index)
        }
        let one = items[index - 1].lower, next = items[index + 1].lower
        let next2 = index + 2 < items.count && !items[index + 2].isAfterBreak ? items[index + 2].lower : ""
        if ["got", "get", "bought", "buy", "made", "make", "sent", "send", "gave", "give"].contains(one), ["a", "an"].contains(next),
           ["card", "present", "gift", "cake", "bday", "birthday"].contains(next2) { return true }
        if ["asked", "ask", "asks", "asking"].contains(one), ["if", "whether"].contains(next) { return true }
        return lovedYou(items, at: index)
    }

    /// "love u squeak x": any word loved, then a kiss (not "love u loads x").
    static func lovedWithKiss(_ items: [Words.Word], at index: Int) -> Bool {
        guard index + 1 < items.count, kisses.contains(items[index + 1].lower), nicknameable(items[index]),
              !["loads", "lots", "more", "much", "forever", "tons", "millions", "heaps", "all", "too", "both"].contains(items[index].lower)
        else { return false }
        return lovedYou(items, at: index)
    }

    /// "luv u july x", "love you squeak": someone loved at the clause's end.
    private static func lovedYou(_ items: [Words.Word], at index: Int) -> Bool {
        guard index >= 2, !items[index - 1].isAfterBreak, ["u", "you", "ya"].contains(items[index - 1].lower),
              ["love", "luv", "ily"].contains(items[index - 2].lower) else { return false }
        return endsClause(items, at: index) || (index + 1 < items.count && kisses.contains(items[index + 1].lower))
    }

    /// The end of a clause after the word: the comment's end, punctuation, a placeholder, a kiss or a joining word.
    static func endsClause(_ items: [Words.Word], at index: Int) -> Bool {
        index + 1 == items.count || items[index].punctuationAfter || items[index + 1].isAfterBreak
            || items[index].placeholderAfter != nil || withEnders.contains(items[index + 1].lower)
    }

    /// What follows the word is what only a person does: "said", "doesnt listen", "never turns up", "took me",
    /// "fights for me", "is really nice to me", "is always late", "was there for me", "actually cares".
    static func doesWhatOnlyPeopleDo(_ items: [Words.Word], after index: Int) -> Bool {
        var cursor = index + 1
        func word(_ at: Int) -> String { at < items.count && !items[at].isAfterBreak ? items[at].lower : "" }
        guard !items[index].punctuationAfter else { return false }
        while adverbs.contains(word(cursor)) { cursor += 1 }
        let verb = word(cursor), next = word(cursor + 1), third = word(cursor + 2)
        if peoplesVerbs.contains(verb) || caringVerbs.contains(verb) { return true }
        if negations.contains(verb) {
            var bare = next
            if adverbs.contains(bare) || bare == "bother" { bare = third }
            return peoplesBareVerbs.contains(bare) || (bare.hasSuffix("s") && peoplesBareVerbs.contains(String(bare.dropLast())))
        }
        // "took me bowling", "made me feel safe", "fights for me", "sticks up for me", "got me into college".
        if doneForMeVerbs.contains(verb) {
            return ["me", "us"].contains(next) || (["for", "up"].contains(next) && ["me", "us", "for"].contains(third))
        }
        guard ["is", "was", "s", "isnt", "wasnt"].contains(verb) else { return false }
        var quality = cursor + 1
        while adverbs.contains(word(quality)) { quality += 1 }
        let said = word(quality), after = word(quality + 1)
        if personQualities.contains(said) { return true }
        // "is really nice to me", "was kind to us": a thing is nice, a person is nice to someone.
        if ["nice", "kind", "good", "horrible", "lovely"].contains(said) && after == "to" && ["me", "us"].contains(word(quality + 2)) {
            return true
        }
        // "is the best", "was the only one who", "was there for me".
        if said == "the" && ["best", "worst", "only", "nicest", "kindest"].contains(after) { return true }
        return said == "there" && after == "for"
    }

    /// Verbs in the past that no modal goes before: "the manager may made me feel safe" (not "may let me").
    static let pastPeoplesVerbs: Set<String> = ["said", "told", "made", "took", "helped", "gave", "brought", "sorted", "rang",
                                                "texted", "picked", "drove", "fought", "stuck", "listened", "cared", "got"]
    static let adverbs: Set<String> = ["always", "really", "actually", "still", "just", "also", "even", "proper", "so", "well",
                                       "literally", "honestly", "deffo", "def", "sometimes", "usually", "rlly", "rly", "actualy"]
    /// Verbs a person does, with no object: "actually cares", "listens when i kick off".
    static let caringVerbs: Set<String> = ["cares", "listens", "listened", "understands", "swore", "swears", "hugs", "shouts"]
    /// Verbs a person does for or to the writer: "took me bowling", "brings me to see my mum".
    static let doneForMeVerbs: Set<String> = [
        "took", "takes", "helped", "helps", "made", "makes", "gave", "gives", "brings", "brought", "fights", "fought",
        "let", "lets", "sorted", "sorts", "picks", "picked", "got", "gets", "sticks", "stuck", "drives", "drove", "hit",
        "hits", "bullies", "bullied", "believes", "supports", "supported", "looks", "looked",
    ]
    /// What is said of a person after "is": "is really nice to me", "is always late to meetings", "is leaving".
    static let personQualities: Set<String> = [
        "sound", "late", "mean", "strict", "rude", "leaving", "pregnant", "caring", "bossy",
    ]
}
