/// The words `SchoolRedaction` reads a school's name by: its types ("academy", "college"), the kinds between a
/// name and its type ("catholic primary"), and the generic words that make no name ("my school", "a catholic
/// school").
extension SchoolRedaction {
    /// Words that end a school's name.
    static let types: Set<String> = Set([
        "academy", "school", "college", "primary", "grammar", "infants", "infant", "juniors", "junior", "high",
        "comprehensive", "centre", "center", "nursery", "pru", "utc", "comp", "university", "uni", "j&i", "institute",
        "tech", "collegiate", "form", "unit", "service",
        // Types as they are often typed: "Tyne Coast Colledge", "Stantonbury Scool", "Penistone Acedemy".
        "colledge", "scool", "acedemy", "acadamy", "accademy", "univeristy", "universty", "univercity", "colleg", "colage",
        // Schools abroad named before their type: "Harnet Elementary", "Khattak Lycee", "Ataturk Lisesi".
        "elementary", "lycee", "lyceum", "lisesi", "okulu",
    ]).union(SchoolWordList.shipped.words(.type))
    /// Words that end a school's name only after a saint's or a person's name ("Holy Cross RC", "St Anne's C of
    /// E", "Emmanuel Catholic"): alone they are a faith ("i am catholic").
    static let denominations: Set<String> = ["rc", "catholic", "cofe", "ce", "methodist"]
    /// Words before "centre" that make it a school: "Learning Centre", "Tuition Centre", "Inclusion Centre".
    static let centreKinds: Set<String> = [
        "learning", "tuition", "inclusion", "support", "education", "training", "skills", "resource", "pupil", "behaviour",
        "assessment", "enterprise", "teaching", "study", "studies",
    ]
    /// Words between a school's own name and its type: "Catholic Primary", "C of E", "Technical", "Learning".
    static let kinds: Set<String> = Set([
        "catholic", "rc", "c", "of", "e", "cofe", "ce", "church", "england", "methodist", "secondary", "primary",
        "technical", "learning", "community", "free", "studio", "sixth", "form", "infant", "infants", "junior",
        "juniors", "grammar", "high", "voluntary", "aided", "controlled", "special", "middle", "upper", "lower",
        "girls", "boys", "academy", "school", "sports", "arts", "science", "language", "enterprise", "business",
        "trust", "federation", "national", "international", "christian", "muslim", "islamic", "jewish", "village",
        "fe", "ap", "short", "stay", "ii", "iii", "iv", "vi", "vii", "viii", "metropolitan", "alternative", "provision", "pupil", "referral", "further",
        "education", "district", "tuition", "inclusion", "behaviour", "support", "6th", "service", "secure", "unit",
    ]).union(SchoolWordList.shipped.words(.kind))

    /// Every word that can end or open a school's name, so `find` passes over the rest at once.
    static let startingWords: Set<String> = types.union(denominations).union(trusts).union(openingTypes)
        .union(twoWordTypes.keys).union(["pru", "secondary", "e", "i"]).union(SchoolProviders.words)

    /// The last word of a two-word type and the word before it.
    static let twoWordTypes: [String: Set<String>] = [
        "form": ["sixth", "6th", "vi"], "unit": ["referral", "referal", "refferal"], "service": ["referral", "education", "teaching"],
        "provision": ["alternative"], "community": ["learning"],
    ]


    /// Words that make no school's name on their own: "my school", "secondary school", "going to college".
    static let generic: Set<String> = [
        "my", "the", "a", "an", "our", "your", "their", "his", "her", "this", "that", "at", "to", "in", "from", "after",
        "before", "for", "of", "and", "or", "new", "old", "same", "different", "another", "secondary", "primary",
        "high", "boarding", "special", "local", "nursery", "sixth", "form", "football", "dance", "drama", "driving",
        "summer", "sunday", "night", "main", "big", "good", "bad", "best", "whole", "village", "catholic", "free",
        "community", "further", "education", "virtual", "independent", "private", "state", "mainstream", "pru",
        "alternative", "boys", "girls", "mixed", "normal", "proper", "next", "last", "first", "previous", "current",
        "i", "we", "you", "they", "go", "went", "going", "gone", "like", "love", "hate", "miss", "left", "leave",
        "changed", "change", "moved", "move", "started", "start", "finished", "finish", "join", "joined", "is", "was",
        "am", "are", "be", "been", "get", "got", "getting", "help", "with", "on", "up", "out", "into", "not", "no",
        "bus", "uni", "art", "music", "sports", "sport", "cadet", "cadets", "coding", "cooking", "kicked", "excluded",
        "attend", "attends", "attending", "gonna", "wanna", "off", "until", "till", "since", "by", "about", "because",
        "cos", "coz", "so", "but", "if", "when", "where", "which", "who", "what", "day", "year", "lunch", "breakfast",
        "holiday", "holidays", "term", "class", "teachers", "teacher", "staff", "some", "any", "all", "every", "he",
        "she", "it", "me", "him", "them", "us", "its", "near", "home", "care", "foster", "children", "kids", "young",
        "people", "ofsted", "forest", "language", "nice", "great", "rubbish", "worst", "only", "still", "now", "then",
        "wiv", "w", "frm", "2", "4", "da", "tha", "goes", "attends", "called", "named", "said", "says", "told", "hate", "love", "loved", "hated", "liked", "enjoy", "enjoyed",
    ]
}
