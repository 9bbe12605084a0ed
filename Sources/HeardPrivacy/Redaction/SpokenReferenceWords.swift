/// The words `SpokenReferences` reads: words that name a number (and their one-letter slips), the small words
/// allowed between such a word and the run, capitals that name something else, and digits said in English.
extension SpokenReferences {
    /// A word that names a number, or one mistyped by a letter ("numer", "refrence", "incedent", "hopsital").
    static func isCue(_ key: String) -> Bool {
        if cues.contains(key) { return true }
        guard key.count >= 6 else { return false }
        return longCues.contains { abs($0.count - key.count) <= 1 && HandlePlaces.oneEditApart($0, key) }
    }

    /// Words that name a phone's number as readily as a reference's.
    static let genericCues: Set<String> = ["no", "num", "number", "numba", "numer", "nr", "nmbr", "numbr"]
    /// Words after a number that say it counts something: "... 5 times".
    static let countWords: Set<String> = WholeReferences.countWords.union(IdentifierChunks.units)
    static let otherNumbers: Set<String> = [
        "phone", "mobile", "mob", "tel", "landline", "nhs", "ni", "insurance", "house", "flat", "door", "room", "bus",
        "shirt", "seat", "kit", "contact", "whatsapp", "work", "home",
    ]

    static let cues: Set<String> = [
        "ref", "reff", "refs", "reference", "case", "caes", "cas", "file", "id", "no", "num", "numba", "number", "numer",
        "nr", "nmbr", "numbr", "log", "claim", "application", "app", "upn", "uln", "crn", "mrn", "uan", "gwf", "brp", "ho",
        "quote", "account", "acc", "acct", "membership", "member", "customer", "client", "tenancy", "bidding", "register",
        "registration", "incident", "crime", "occurrence", "complaint", "booking", "pupil", "student", "candidate",
        "learner", "patient", "hospital", "council", "mosaic", "lac", "cla", "cp", "cin", "ehcp", "card", "pass", "permit",
        "licence", "license", "passport", "visa", "railcard", "tracking", "policy", "serial", "unique",
        "enrolment", "enrollment", "benefit", "benefits", "housing", "homechoice", "dwp", "hmrc", "uc", "pip", "esa",
    ]
    /// Cues long enough to be recognised with a letter slipped.
    static let longCues: [String] = cues.filter { $0.count >= 6 }.sorted()

    /// Small words between a cue and the run: "ref is", "number at the council", "no its", "id: ...".
    static let connectors: Set<String> = [
        "is", "was", "its", "it", "s", "my", "the", "no", "number", "num", "nr", "id", "ref", "at", "are", "be", "now",
        "still", "just", "like", "maybe", "prob", "probably", "think", "says", "said", "on", "of", "for", "with", "me",
        "their", "new", "old", "council", "office", "home",
    ]

    /// Capitals that name something else before a number: "DOB", "UK", "GB", "PM".
    static let notCodes: Set<String> = ["dob", "uk", "gb", "am", "pm", "ok", "lol", "omg", "gcse", "gcses", "sats"]
}
