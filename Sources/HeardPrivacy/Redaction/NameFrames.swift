/// How people write about people, read as frames around a word that is also an everyday word: whoever a
/// child was placed with or went out with ("placed with wren", "went shopping with dawn", "get on well with
/// sky"), someone with their own family ("joy and her husband"), someone thanked ("thx sonny for everything",
/// "thank you to precious"), what someone is called ("we call her sky"), someone wanted back ("bring back
/// willow"), and the one person who did something ("the person who helped me most was mercy"). The same
/// words in their ordinary use stay: "with hope for the future", "thanks for everything", "bring back the
/// old rules", "it was the best summer".
extension NameCues {
    /// Whether the everyday-word or given name at `index` stands in one of the frames above.
    static func inPeopleFrame(_ items: [Words.Word], at index: Int) -> Bool {
        let word = items[index]
        guard !word.isAfterBreak || index == 0 || word.startsSentence else { return false }
        if seasonNames.contains(word.lower) || calendarNames.contains(word.lower) && isMonthContext(items, at: index) { return false }
        // "we call her sky": "her" is whom, not whose.
        if calledBy(items, at: index) { return true }
        if index > 0 && !word.isAfterBreak && items[index - 1].classes.contains(.determiner) { return false }
        return companionAfterWith(items, at: index) || withOwnFamily(items, at: index) || thanked(items, at: index)
            || wantedBack(items, at: index) || theOneWho(items, at: index) || namedAfterPersonNoun(items, at: index)
    }

    /// "the new girl faith is nice", "this lad rich from my class", "the other boy will was": a person
    /// named right after "girl", "boy", "lad"... that a determiner or a describing word opens, then what a
    /// person does or is; not "the girl is", "a boy rose up".
    static func namedAfterPersonNoun(_ items: [Words.Word], at index: Int) -> Bool {
        guard personNouns.contains(before(items, index, 1)) else { return false }
        let two = before(items, index, 2)
        guard determiners.contains(two) || describers.contains(two) || ["other", "older", "younger", "nice", "quiet"].contains(two)
        else { return false }
        let next = after(items, index, 1)
        return ["is", "was", "wuz", "woz", "has", "had", "from", "in", "at"].contains(next) || personMarkers.contains(next)
            || actingVerbs.contains(next)
    }

    static let personNouns: Set<String> = ["girl", "boy", "lad", "lass", "kid", "woman", "man", "lady", "guy", "fella", "bloke"]

    /// The word `offset` places before `index` in the same sentence, with no punctuation between, or "".
    private static func before(_ items: [Words.Word], _ index: Int, _ offset: Int) -> String {
        var cursor = index
        for _ in 0..<offset {
            guard cursor > 0, !items[cursor].isAfterBreak, !items[cursor - 1].punctuationAfter else { return "" }
            cursor -= 1
        }
        return items[cursor].lower
    }

    /// The word `offset` places after `index` in the same sentence, with no punctuation between, or "".
    private static func after(_ items: [Words.Word], _ index: Int, _ offset: Int) -> String {
        var cursor = index
        for _ in 0..<offset {
            guard cursor + 1 < items.count, !items[cursor + 1].isAfterBreak, !items[cursor].punctuationAfter else { return "" }
            cursor += 1
        }
        return items[cursor].lower
    }

    /// "i was placed with wren", "went shopping with dawn for my stuff", "i get on well with sky": "with" after
    /// being placed, after going to do something, or after getting on (however well).
    static func companionAfterWith(_ items: [Words.Word], at index: Int) -> Bool {
        guard ["with", "wiv", "w", "wth"].contains(before(items, index, 1)) else { return false }
        let two = before(items, index, 2), three = before(items, index, 3), four = before(items, index, 4)
        if ["placed", "fostered", "matched", "staying", "stopping"].contains(two) { return true }
        // "went shopping with", "been bowling with", "go swimming with".
        if two.count > 4, two.hasSuffix("ing"), goVerbs.contains(three) { return true }
        // "get on well with", "got on really well with", "gets on so well with".
        let manner: Set<String> = ["well", "better", "great", "fine", "ok", "okay", "alright", "best"]
        if manner.contains(two) && (["on", "along"].contains(three) || ["on", "along"].contains(four)) { return true }
        return false
    }

    /// Thanks and greetings before a name: a capital after one is no proper noun's second word ("Thx Sonny").
    static let greetings: Set<String> = ["thx", "thanks", "thank", "ty", "cheers", "hi", "hey", "hiya", "hello", "bye", "dear", "thnx", "thanx"]

    static let goVerbs: Set<String> = ["go", "goes", "went", "going", "been", "gone", "gona", "gonna"]

    /// "joy and her husband", "earl and his kids": someone named with their own family.
    static func withOwnFamily(_ items: [Words.Word], at index: Int) -> Bool {
        guard ["and", "an", "n", "&"].contains(after(items, index, 1)), ["her", "his", "their"].contains(after(items, index, 2))
        else { return false }
        let three = after(items, index, 3)
        return familyRelations.contains(three) || relations.contains(three) && !["staff", "lead", "head"].contains(three)
    }

    static let familyRelations: Set<String> = ["husband", "wife", "kids", "children", "son", "daughter", "partner", "fella",
                                               "dog", "family", "hubby", "wifey"]

    /// "thx sonny for everything", "thank you to precious for", "cheers willow" (ending the comment).
    static func thanked(_ items: [Words.Word], at index: Int) -> Bool {
        let one = before(items, index, 1), two = before(items, index, 2), three = before(items, index, 3)
        let next = after(items, index, 1)
        let thanks: Set<String> = ["thanks", "thank", "thx", "ty", "cheers", "thankyou", "thnx", "thanx"]
        // "thank you to X", "thanks so much to X".
        if one == "to" && (thanks.contains(two) || (["you", "u", "ya"].contains(two) && thanks.contains(three))) { return true }
        guard thanks.contains(one) || (["you", "u", "ya"].contains(one) && thanks.contains(two)) else { return false }
        if next == "for" || next == "4" { return true }
        // "cheers willow" at the very end: only a name the lists hold as seldom a word, or written with a capital.
        let ends = index + 1 == items.count || (index + 1 < items.count && kisses.contains(items[index + 1].lower))
        return ends && (items[index].isCapitalised || items[index].lists.contains(.seldomWord))
    }

    /// "we call her sky", "they called him Will", "everyone calls her summer-rose".
    static func calledBy(_ items: [Words.Word], at index: Int) -> Bool {
        ["call", "calls", "called", "calling"].contains(before(items, index, 2)) && ["her", "him", "them"].contains(before(items, index, 1))
    }

    /// "bring back willow", "bring willow back": someone wanted back, at the end of what is said.
    static func wantedBack(_ items: [Words.Word], at index: Int) -> Bool {
        let ends = index + 1 == items.count || items[index].punctuationAfter || items[index + 1].isAfterBreak
            || kisses.contains(items[index + 1].lower) || ["pls", "please", "plz", "plzz"].contains(items[index + 1].lower)
        if before(items, index, 1) == "back" && ["bring", "brin", "bringing"].contains(before(items, index, 2)) && ends { return true }
        return ["bring", "brin"].contains(before(items, index, 1)) && after(items, index, 1) == "back"
    }

    /// "the person who helped me most was mercy", "the only one who came was bliss": the one person who did
    /// something, named after "was" at the end of the clause.
    static func theOneWho(_ items: [Words.Word], at index: Int) -> Bool {
        guard ["was", "is", "wuz", "woz"].contains(before(items, index, 1)) else { return false }
        let ends = index + 1 == items.count || items[index].punctuationAfter || items[index + 1].isAfterBreak
            || ["and", "n", "tbh", "lol", "x", "xx", "ngl", "honestly"].contains(items[index + 1].lower)
        guard ends else { return false }
        var cursor = index - 2
        while cursor >= 1, index - cursor <= 9, !items[cursor + 1].isAfterBreak {
            if items[cursor].lower == "who", ["person", "one", "adult", "teacher", "worker", "carer"].contains(items[cursor - 1].lower) {
                return true
            }
            cursor -= 1
        }
        return false
    }
}
