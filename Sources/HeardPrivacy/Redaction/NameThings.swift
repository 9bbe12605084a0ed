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
           placeOpeners.contains(items[index - 2].lower) { return true }
        guard index >= 1, index + 1 < items.count, !word.isAfterBreak, !items[index + 1].isAfterBreak,
              !items[index - 1].punctuationAfter, !word.punctuationAfter,
              items[index - 1].classes.contains(.owner) || thingDeterminers.contains(items[index - 1].lower)
        else { return false }
        let head = items[index + 1].lower
        if schoolSubjects.contains(word.lower) { return lessonHeads.contains(head) }
        return services.contains(word.lower) && serviceHeads.contains(head)
    }

    /// What a subject has: "my maths teacher", "my english lesson".
    static let lessonHeads: Set<String> = thingWords["lessonHeads", default: []]
    /// What a service issues or holds: "my nass number", "my ukvi letter", "the esa claim".
    static let serviceHeads: Set<String> = thingWords["serviceHeads", default: []]
    /// School subjects (some are also names or places: "Art", "french", "english").
    static let schoolSubjects: Set<String> = thingWords["schoolSubjects", default: []]
    /// Services whose letters a young person writes before what they issue (some are also names: "esa", "pip").
    static let services: Set<String> = thingWords["services", default: []]

    /// "isle of skye", "the city of london".
    static let placeOpeners: Set<String> = ["isle", "city", "county", "republic", "kingdom"]
    /// "the maths teacher", "our nass letter": what stands before a subject or a service as before a thing.
    static let thingDeterminers: Set<String> = ["the", "a", "an", "our", "their"]
    /// `Data/name-things.txt`: "list word" a line.
    private static let thingWords: [String: Set<String>] = {
        var lists: [String: Set<String>] = [:]
        for line in EmbeddedData.nameThings.split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: " ", maxSplits: 1)
            guard parts.count == 2 else { continue }
            lists[String(parts[0]), default: []].insert(String(parts[1]))
        }
        return lists
    }()
}
