/// Surnames that are also everyday words ("pound", "white", "cross", "swift"), read by what stands before
/// them: an initial ("j. pound actually listens", "I want P. white to be my sw", "i hate h cross") or a title
/// that is also an everyday word ("coach swift at the home", "prof black", "the judge thatcher decided", "ask
/// miss crow about it"). The ordinary readings stay: "i. the pound shop", "a cross", "the coach trip", "i
/// miss snow", "the judge was fair".
extension NameCues {
    /// Whether the surname at `index` follows an initial or a title that makes it a person's name.
    static func surnameAfterInitialOrTitle(_ items: [Words.Word], _ facts: [WordFacts], at index: Int) -> Bool {
        let fact = facts[index]
        guard fact.surname, !fact.function, index > 0, !items[index].classes.contains(.notNameAfterCue) else { return false }
        return afterInitial(items, at: index) || afterEverydayTitle(items, at: index)
    }

    /// "j. pound", "D. Turner", "P. white", "h cross": one letter before the surname, written as an initial
    /// (with a full stop or a capital), or a letter that is no word of its own in text-speak.
    static func afterInitial(_ items: [Words.Word], at index: Int) -> Bool {
        let initial = items[index - 1]
        guard initial.key.utf8.count == 1, let letter = initial.key.utf8.first, letter >= 97, letter <= 122,
              !["i", "a"].contains(initial.lower), !initial.punctuationAfter, initial.placeholderAfter == nil else { return false }
        if index >= 2, !initial.isAfterBreak, items[index - 2].classes.contains(.determiner) || subjectPronouns.contains(items[index - 2].lower) {
            return false
        }
        let base = initial.text.base
        let fullStop = initial.range.upperBound < base.endIndex && base[initial.range.upperBound] == "."
        if fullStop { return true }
        // "D Turner", not "HELP W MONEY": a capital letter, then a surname written with a capital.
        if initial.text.utf8.first.map({ $0 >= 65 && $0 <= 90 }) == true { return items[index].isCapitalised }
        // "r", "u", "n", "y", "x", "b", "c", "k" are words in text-speak ("r young" is "are young").
        return !wordLetters.contains(initial.lower) && !items[index].isAfterBreak
    }

    static let wordLetters: Set<String> = ["r", "u", "n", "y", "x", "b", "c", "k", "o", "e", "w", "d", "m", "s", "t", "v"]

    /// "coach swift at the home", "prof black put me", "the judge thatcher decided", "ask miss crow about": a
    /// title that is also a word, then a surname, then what a person does or the end of the clause.
    static func afterEverydayTitle(_ items: [Words.Word], at index: Int) -> Bool {
        guard !items[index].isAfterBreak, everydayTitles.contains(items[index - 1].lower) else { return false }
        if items[index - 1].lower == "miss" && !afterMiss(items, at: index) { return false }
        // "miss" the verb: only after a word that asks or tells someone ("ask miss crow").
        if items[index - 1].lower == "miss", index >= 2, !items[index - 1].startsSentence,
           !["ask", "tell", "told", "asked", "and", "with", "from", "by", "to"].contains(items[index - 2].lower),
           !items[index - 2].classes.contains(.relation) { return false }
        guard index + 1 < items.count, !items[index + 1].isAfterBreak, !items[index].punctuationAfter else { return true }
        let next = items[index + 1].lower
        return personMarkers.contains(next) || actingVerbs.contains(next) || titledFollowers.contains(next)
    }

    static let everydayTitles: Set<String> = ["coach", "prof", "professor", "judge", "nurse", "miss", "sir", "doctor", "officer",
                                              "sergeant", "detective", "inspector", "constable", "councillor", "cllr", "reverend"]
    /// What follows a titled person: "coach swift at", "judge thatcher decided", "miss crow about".
    static let titledFollowers: Set<String> = [
        "at", "is", "was", "put", "from", "about", "decided", "in", "actually", "wont", "doesnt", "didnt", "never",
        "always", "and", "n", "who", "isnt", "wasnt", "has", "had", "says", "said", "x", "xx", "lol", "tbh",
    ]
}
