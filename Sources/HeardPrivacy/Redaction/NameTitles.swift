/// Titles before a name ("mrs green", "Miss Ward", "the Brown family"), months that are names, and a birthday's
/// owner.
extension NameCues {
    /// Names that are also months: only a cue makes them names ("me and May", not "in May").
    static let calendarNames: Set<String> = ["may", "april", "june", "july", "august", "january"]
    static let titles: Set<String> = ["mr", "mrs", "miss", "ms", "mx", "dr", "sir", "auntie", "aunty", "uncle", "aunt",
                                      "nan", "nanny", "grandma", "grandad", "cousin", "coach", "prof", "dame", "lady", "lord"]
    /// Titles that are never ordinary words ("miss" is also a verb).
    static let unambiguousTitles: Set<String> = ["mr", "mrs", "ms", "mx", "dr", "prof", "professor"]
    /// "mrs green", "Mr Price", "Miss Hope": a title that is never an everyday word (or a capitalised one).
    static func afterTitle(_ items: [Words.Word], at index: Int) -> Bool {
        guard index > 0, !items[index].isAfterBreak else { return false }
        let title = items[index - 1]
        return title.classes.contains(.unambiguousTitle)
            || (title.classes.contains(.title) && title.isCapitalised && items[index].isCapitalised)
    }

    /// "the Brown family": a surname before "family".
    static func isFamilyName(_ items: [Words.Word], at index: Int) -> Bool {
        index > 0 && index + 1 < items.count && ["the", "th", "da"].contains(items[index - 1].lower)
            && ["family", "familys", "household"].contains(items[index + 1].lower)
    }


    /// "miss whitworth", "my teacher miss barker", "Miss Ward": "miss" as a title, not the verb ("i miss home").
    static func afterMiss(_ items: [Words.Word], at index: Int) -> Bool {
        guard index > 0, !items[index].isAfterBreak, items[index - 1].lower == "miss" || items[index - 1].lower == "sir",
              !items[index - 1].punctuationAfter else { return false }
        guard index > 1, !items[index - 1].isAfterBreak else { return true }
        return !missVerbLeaders.contains(items[index - 2].lower)
    }

    /// Words before "miss" the verb: "i miss", "really miss", "gonna miss", "dont miss".
    static let missVerbLeaders: Set<String> = [
        "i", "we", "you", "u", "they", "he", "she", "it", "still", "really", "rly", "realy", "so", "gonna", "will", "ll",
        "dont", "didnt", "doesnt", "do", "does", "did", "cant", "wont", "would", "wud", "could", "might", "always", "just",
        "all", "def", "defo", "definitely", "never", "to", "must", "ill", "also", "too", "reely", "ya", "ye", "not",
        "shall", "may", "kinda", "lowkey", "actually", "proper", "badly", "miss",
    ]

    /// "its Holly birthday", "it's jack bday": the word before a birthday, after "its".
    static func birthdayOf(_ items: [Words.Word], at index: Int) -> Bool {
        guard index > 0, index + 1 < items.count, !items[index].isAfterBreak, !items[index + 1].isAfterBreak else { return false }
        return ["its", "it's", "it"].contains(items[index - 1].lower)
            && ["birthday", "bday", "b'day", "bday's", "birthdy", "birfday", "bdday"].contains(items[index + 1].lower)
    }
}
