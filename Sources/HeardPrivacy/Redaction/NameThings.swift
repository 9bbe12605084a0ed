/// Words wrongly taken for names because of where they stand: a school subject before "teacher" ("my Music
/// teacher", "my spanish tutor"), a service before what it issues ("my nass number", "my ukvi letter") and a place
/// after "isle of" or "city of" ("isle of skye"). Between an owner and a thing only a subject or a service has, a
/// subject's or a service's own word names that subject or service: a person there would own it ("jade's number",
/// "my sw's letter"). Only the subjects and services listed here are read so: any other word keeps what the name
/// rules decide ("my Jade number", "my sarah support worker", "the Smith claim" keep their names).
extension NameCues {
    /// Whether the word at `index` is a subject before a teacher or a lesson, a service before its number or
    /// letter, or a place after "isle of".
    static func namesAThing(_ items: [Words.Word], at index: Int) -> Bool {
        let word = items[index]
        // "isle of skye", "the city of london": a place named after "isle of", "city of".
        if index >= 2, !word.isAfterBreak, !items[index - 1].isAfterBreak, items[index - 1].lower == "of",
           ["isle", "city", "county", "republic", "kingdom"].contains(items[index - 2].lower) { return true }
        guard index >= 1, index + 1 < items.count, !word.isAfterBreak, !items[index + 1].isAfterBreak,
              !items[index - 1].punctuationAfter, !word.punctuationAfter,
              items[index - 1].classes.contains(.owner) || ["the", "a", "an", "our", "their"].contains(items[index - 1].lower)
        else { return false }
        let head = items[index + 1].lower
        if schoolSubjects.contains(word.lower) { return lessonHeads.contains(head) }
        return services.contains(word.lower) && serviceHeads.contains(head)
    }

    /// What a subject has: "my maths teacher", "my english lesson".
    static let lessonHeads: Set<String> = [
        "teacher", "teachers", "tutor", "lesson", "lessons", "class", "classes", "exam", "exams", "homework", "gcse",
        "department", "dept", "coursework", "teacha", "teachr",
    ]
    /// What a service issues or holds: "my nass number", "my ukvi letter", "the esa claim".
    static let serviceHeads: Set<String> = [
        "number", "no", "num", "ref", "reference", "letter", "letters", "payment", "payments", "claim", "appointment",
        "interview", "status", "card", "caseworker", "hearing", "money", "form", "application", "decision",
    ]
    /// School subjects (some are also names or places: "Art", "french", "english").
    static let schoolSubjects: Set<String> = [
        "maths", "math", "english", "french", "spanish", "german", "italian", "polish", "arabic", "urdu", "punjabi",
        "bengali", "mandarin", "chinese", "latin", "welsh", "music", "drama", "art", "science", "history", "geography",
        "pe", "re", "rs", "ict", "computing", "business", "biology", "chemistry", "physics", "dance", "media",
        "psychology", "sociology", "law", "food", "tech", "dt", "textiles", "photography", "citizenship", "pshe",
        "economics", "statistics", "accounting", "hairdressing", "construction", "catering", "sport", "sports",
    ]
    /// Services whose letters a young person writes before what they issue (some are also names: "esa", "pip").
    static let services: Set<String> = [
        "nass", "ukvi", "esa", "pip", "dwp", "hmrc", "uc", "jsa", "dla", "nhs", "ucas", "dbs", "camhs", "cafcass",
        "hmpps", "ho", "sia", "tfl", "oyster", "biometric", "brp", "arc", "asylum",
    ]
}
