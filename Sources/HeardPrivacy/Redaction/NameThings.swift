/// Words wrongly taken for names because of where they stand: a school subject before "teacher" ("my Music
/// teacher", "my spanish tutor"), a service's acronym before what it issues ("my nass number", "my ukvi
/// letter") and a place after "isle of" or "city of" ("isle of skye"). Between an owner and a thing only a subject or a service has, a word names that subject or
/// service, never a person: a person there would own it ("jade's number", "my sw's letter").
extension NameCues {
    /// Whether the word at `index` stands between "my"/"the" and a thing a subject or a service has.
    static func namesAThing(_ items: [Words.Word], at index: Int) -> Bool {
        // "isle of skye", "the city of london": a place named after "isle of", "city of".
        if index >= 2, !items[index].isAfterBreak, !items[index - 1].isAfterBreak, items[index - 1].lower == "of",
           ["isle", "city", "county", "republic", "kingdom"].contains(items[index - 2].lower) { return true }
        guard index >= 1, index + 1 < items.count, !items[index].isAfterBreak, !items[index + 1].isAfterBreak,
              !items[index - 1].punctuationAfter, !items[index].punctuationAfter,
              owners.contains(items[index - 1].lower) || ["the", "a", "an", "our", "their"].contains(items[index - 1].lower)
        else { return false }
        let word = items[index]
        guard !word.text.hasSuffix("'s"), !word.text.hasSuffix("’s"), !word.classes.contains(.relation) else { return false }
        return thingHeads.contains(items[index + 1].lower)
    }

    /// What only a subject or a service has: "teacher", "lesson", "number", "letter".
    static let thingHeads: Set<String> = [
        "teacher", "teachers", "tutor", "lesson", "lessons", "class", "classes", "exam", "exams", "homework", "gcse",
        "department", "dept", "coursework", "number", "no", "num", "ref", "reference", "letter", "letters", "support",
        "payment", "payments", "claim", "appointment", "interview", "status", "card", "caseworker", "hearing",
    ]
}
