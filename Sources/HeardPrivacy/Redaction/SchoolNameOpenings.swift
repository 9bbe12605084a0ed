/// How a school's name opens when nothing else says it is one: one word of its own opening a clause before an
/// academy's type ("riverside utc is alright"), a capitalised everyday word before a capitalised name ("Old Forge
/// House School"), and a sixth form college's letters ("xsfc").
extension SchoolRedaction {
    /// Types after which one word of its own opening a clause is the school's name ("riverside utc is alright").
    static let clauseTypes: Set<String> = ["utc", "academy", "academi", "acadamy", "acedemy"]
    /// What a school does as the subject of a clause: "is alright", "were good", "kicked me out".
    static let clauseVerbs: Set<String> = [
        "is", "was", "were", "are", "isnt", "wasnt", "has", "had", "have", "said", "kicked", "excluded", "wont", "didnt",
        "dont", "never", "sent", "put", "gave", "let", "helped", "rang", "called",
    ]

    /// The start of the comment, a line or a clause: after a break or punctuation.
    static func opensClause(_ items: [Words.Word], _ index: Int) -> Bool {
        index == 0 || items[index].isAfterBreak || items[index - 1].punctuationAfter
    }

    /// "Old Forge House School", "New Hall Primary": a capitalised everyday word in mid-sentence opening a name
    /// whose next word is written with a capital too.
    static func isCapitalisedOpening(_ items: [Words.Word], _ index: Int, shouting: Bool) -> Bool {
        let word = items[index]
        guard !shouting, word.isCapitalised, !word.startsSentence, word.lower.count >= 3, index + 1 < items.count,
              openingWords.contains(word.lower) else { return false }
        let next = items[index + 1]
        return next.isCapitalised && !types.contains(next.lower) && !kinds.contains(next.lower)
    }

    /// Everyday words that open schools' names ("Old Forge", "Great Barr", "Little Heath", "High Storrs").
    static let openingWords: Set<String> = [
        "old", "new", "great", "little", "high", "long", "upper", "lower", "north", "south", "east", "west", "green",
        "royal", "grand", "good", "broad", "far", "hill", "top", "park", "red", "white", "black", "castle", "church",
    ]

    /// "xsfc", "HSFC", "jsfc": four to seven letters ending in "sfc" that no list holds.
    static func isSixthFormLetters(_ word: Words.Word) -> Bool {
        let bytes = word.lower.utf8
        guard (4...7).contains(bytes.count), bytes.last == 99 else { return false }  // "c"
        let tail = Array(bytes.suffix(3))
        return tail == [115, 102, 99] && word.lower.allSatisfy(\.isLetter) && !word.lists.isEveryday
    }
}
