/// Places beside the writer that only a person fills, read for any word, on a name list or not ("mouse",
/// "pudding", "abz"): one of a pair with "me" ("me and mouse went to town", "its just me and mouse in the car",
/// "Pudding and me are getting a flat"), someone the writer stays or lives with for a while ("i was stayin with
/// Muffin for 3 weeks"), what everyone calls the writer ("everyone calls me abz"), and who the writer says they
/// are ("im Biscuit btw", "im destiny btw"). Each has a guard for the ordinary use: "me" as an object before a
/// new clause ("it upset me and ring me"), a thing paired with "me" ("food and me dont get on", "me and school
/// dont mix"), living with a condition ("living with anxiety for years"), a word the writer is ("im lucky btw",
/// "im fine btw": only a capital, or an everyday-word name whose ordinary grammar never has "im", "am", "was" or
/// "so" before it).
extension NameCues {
    /// Whether the word at `index` stands beside the writer where only a person does. `capital`: the word has a
    /// capital that may say "name" (the comment is not shouting or capitalising every word).
    static func standsBesideMe(_ items: [Words.Word], at index: Int, capital: Bool) -> Bool {
        let word = items[index]
        guard word.key.utf8.count >= 3 else { return false }
        // "im hope btw": an everyday-word name that is also a verb ("hope") is read by its grammar there.
        if introducedAsMe(items, at: index, capital: capital) { return true }
        guard pairable(word) else { return false }
        return pairedAfterMe(items, at: index) || pairedBeforeMe(items, at: index) || stayedWith(items, at: index)
            || calledByEveryone(items, at: index)
    }

    /// A word that may be someone's name or nickname in these places: `nicknameable`, but a word in "-ing" too
    /// ("pudding", "sterling": no verb stands in these places), and no place everyone knows.
    static func pairable(_ word: Words.Word) -> Bool {
        let classes = word.classes
        guard classes.isDisjoint(with: [.function, .relation, .notNameAfterCue, .personMarker, .personVerb, .describer, .weekday]),
              !adverbs.contains(word.lower), word.lists.isDisjoint(with: [.function, .place]),
              !people.contains(word.lower), !word.key.utf8.contains(where: { $0 >= 48 && $0 <= 57 }) else { return false }
        return true
    }

    /// "me and mouse went to town", "its just me and mouse in the car", "me n bubbles.": after "me and" opening
    /// a clause (or after "just", "only"), then the clause ends, or a verb two people do, or where they were.
    static func pairedAfterMe(_ items: [Words.Word], at index: Int) -> Bool {
        guard index >= 2, !items[index].isAfterBreak, !items[index - 1].isAfterBreak, !items[index - 1].punctuationAfter,
              !items[index - 2].punctuationAfter, pairJoins.contains(items[index - 1].lower), items[index - 2].lower == "me"
        else { return false }
        let me = index - 2
        let opens = opensClause(items, at: me)
            || (me > 0 && !items[me].isAfterBreak && ["just", "only", "was", "its", "it's", "like"].contains(items[me - 1].lower))
        guard opens else { return false }
        if clauseEndsAfter(items, at: index) { return true }
        return pairDoes(items, after: index) || ["in", "at"].contains(items[index + 1].lower)
    }

    /// "Pudding and me are getting a flat", "bubbles n me went out": a word opening a clause, joined to "me",
    /// then a verb two people do (not "food and me dont get on").
    static func pairedBeforeMe(_ items: [Words.Word], at index: Int) -> Bool {
        guard index + 3 < items.count, pairJoins.contains(items[index + 1].lower), items[index + 2].lower == "me",
              opensClause(items, at: index), !items[index].punctuationAfter, !items[index + 1].punctuationAfter,
              (index + 1...index + 3).allSatisfy({ !items[$0].isAfterBreak }) else { return false }
        if index > 0, !items[index].isAfterBreak, items[index - 1].classes.contains(.determiner) { return false }
        return pairDoes(items, after: index + 2)
    }

    /// What two people do together after the pair: "went", "got moved", "are getting a flat", "were best mates".
    private static func pairDoes(_ items: [Words.Word], after index: Int) -> Bool {
        guard index + 1 < items.count, !items[index + 1].isAfterBreak, !items[index].punctuationAfter else { return false }
        let verb = items[index + 1].lower
        if togetherVerbs.contains(verb) { return true }
        guard ["are", "were", "r"].contains(verb), index + 2 < items.count, !items[index + 2].isAfterBreak else { return false }
        let state = items[index + 2].lower
        return pairStates.contains(state) || adverbs.contains(state)
    }

    static let pairJoins: Set<String> = ["and", "n", "an", "&"]
    /// Verbs two people do together: "me and mouse went", "bubbles n me got split up".
    static let togetherVerbs: Set<String> = [
        "went", "go", "goes", "got", "get", "used", "both", "fell", "share", "shared", "met", "hang", "hung", "grew",
        "moved", "lived", "stayed", "played", "play", "fight", "fought", "argue", "argued", "talk", "talked",
    ]
    /// What two people are: "are getting a flat", "were best mates", "are like sisters".
    static let pairStates: Set<String> = [
        "getting", "going", "moving", "living", "staying", "best", "mates", "friends", "close", "twins", "besties",
        "together", "like", "sisters", "brothers", "gonna", "still", "inseparable", "engaged", "dating",
    ]

    /// "i was stayin with Muffin for 3 weeks", "im living with bubbles till i get a flat": a word after staying
    /// or living with, then a while or a time (not "living with anxiety for years").
    static func stayedWith(_ items: [Words.Word], at index: Int) -> Bool {
        guard index >= 2, index + 1 < items.count, !items[index].isAfterBreak, !items[index].punctuationAfter,
              !items[index + 1].isAfterBreak, !items[index - 1].isAfterBreak, !items[index - 2].punctuationAfter,
              ["with", "wiv", "w"].contains(items[index - 1].lower), stayVerbs.contains(items[index - 2].lower),
              !livedWithConditions.contains(items[index].lower) else { return false }
        return whileWords.contains(items[index + 1].lower)
    }

    static let stayVerbs: Set<String> = [
        "stay", "stays", "stayed", "staying", "stayin", "living", "livin", "stopping", "stoppin", "stopped", "kipping", "sofa",
    ]
    /// A while or a time after whoever the writer stays with: "for 3 weeks", "till i get a flat", "at weekends".
    static let whileWords: Set<String> = ["for", "till", "til", "until", "since", "at", "on", "over", "every", "most", "some"]
    /// What one lives with that is no person: "living with anxiety for years".
    static let livedWithConditions: Set<String> = [
        "anxiety", "depression", "adhd", "add", "autism", "asd", "ptsd", "ocd", "bpd", "asthma", "epilepsy", "diabetes",
        "pain", "grief", "trauma", "stress", "guilt", "fear", "regret", "dyslexia", "cancer", "hiv", "eczema", "insomnia",
    ]

    /// "everyone calls me abz not my real name", "my mates call me sugar": what the writer's own people call them,
    /// then the clause ends or says more of the name (not "they call me lazy": only everyone, mates or family).
    static func calledByEveryone(_ items: [Words.Word], at index: Int) -> Bool {
        guard index >= 3, !items[index].isAfterBreak, !items[index - 1].isAfterBreak, !items[index - 2].isAfterBreak,
              items[index - 1].lower == "me", ["calls", "call", "called"].contains(items[index - 2].lower),
              callers.contains(items[index - 3].lower) else { return false }
        return clauseEndsAfter(items, at: index) || ["not", "cos", "because", "for", "btw", "but"].contains(items[index + 1].lower)
    }

    /// Who calls the writer by a nickname: "everyone calls me", "my mates call me", "the family call me".
    static let callers: Set<String> = ["everyone", "everybody", "evryone", "mates", "friends", "family", "fam", "all", "sisters", "brothers"]

    /// "im Biscuit btw", "its SUGAR btw", "im destiny btw": who the writer is, before "btw" or "here", for a word
    /// with a capital, or an everyday-word name whose ordinary grammar never has the writer being it ("im lucky
    /// btw", "im sunny btw", "im precious btw" stay).
    static func introducedAsMe(_ items: [Words.Word], at index: Int, capital: Bool) -> Bool {
        let word = items[index]
        guard index >= 1, index + 1 < items.count, !word.isAfterBreak, !word.punctuationAfter, !items[index + 1].isAfterBreak,
              ["im", "i'm", "its", "it's", "itz"].contains(items[index - 1].lower), introductionEnds.contains(items[index + 1].lower)
        else { return false }
        guard !word.lists.contains(.function), word.classes.isDisjoint(with: [.function, .relation, .personMarker]) else { return false }
        if capital || (word.isAllCapitals && word.key.utf8.count >= 3) { return true }
        guard word.lists.contains(.everydayName), let uses = NameGrammar.table[word.lower] else { return false }
        return uses.before.isDisjoint(with: beingBefore)
    }

    /// Words before a word the writer may be: "im lucky", "was sunny", "so precious" (not "is": "there is hope").
    static let beingBefore: Set<String> = ["im", "i'm", "am", "are", "was", "were", "so", "very", "too", "be", "been", "feel"]
}
