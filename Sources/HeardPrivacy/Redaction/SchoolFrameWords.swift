/// The word lists of `SchoolFrames`: the cues and frames around a school named without a type, and the words
/// that open no school's name.
extension SchoolFrames {
    /// What one starts, leaves or joins after "the" that is no school: "left the army with nothing".
    static let notSchoolAfterThe: Set<String> = [
        "course", "job", "army", "navy", "forces", "team", "club", "band", "group", "programme", "program", "apprenticeship",
        "house", "room", "flat", "country", "area", "city", "town", "process", "game", "season", "gym", "company", "scheme",
        "service", "unit", "ward", "project", "system", "uk", "country", "hostel", "job", "internship", "training",
    ]

    static let schoolNouns: Set<String> = ["school", "skool", "skl", "college", "academy", "school:", "sixth-form", "uni", "university"]
    /// Words just before a school's name that say where someone is or was: "at", "into", "left", "attend".
    static let placeCues: Set<String> = ["at", "into", "left", "attend", "attends", "attended", "attending", "joined", "started"]
    /// Words before "to" that say someone goes somewhere: "go back to", "moved to", "sent 2".
    static let motionWords: Set<String> = [
        "go", "goes", "going", "gone", "went", "back", "moved", "move", "moving", "sent", "send", "get", "got", "come",
        "came", "transferred", "return", "returned", "returning", "off", "applied", "apply", "switched", "changed",
    ]
    static let ownedSchool: Set<String> = ["old", "new", "previous", "last", "first", "current", "next"]
    /// Services and shops young people name by their letters: never a school's.
    static let services: Set<String> = [
        "uc", "hmrc", "dwp", "dvla", "ucas", "jcp", "cab", "cex", "tk", "hmv", "mcd", "mcds", "ymca", "ywca", "bt", "ee",
        "nhs", "gp", "ae", "sw", "iro", "yot", "cps", "snap", "insta", "kfc", "jd", "ikea", "hsbc", "rspca", "nspcc",
        "flt", "fl", "apt", "rm", "blk", "ap", "sen",
    ]
    static let startWords: Set<String> = ["started", "start", "starting", "joined", "join", "joining", "moved", "move"]
    /// Places of everyday life a frame might hold: "went to town in september", "at the gym till year 10".
    static let placeNouns: Set<String> = [
        "town", "city", "church", "mosque", "temple", "gym", "park", "shops", "shop", "hospital", "work", "bed", "beach",
        "london", "england", "uk", "abroad", "camp", "club", "youth", "centre", "contact", "respite", "therapy", "court",
    ]
    static let saintOpeners: Set<String> = ["st", "st.", "saint", "holy", "sacred", "notre", "blessed", "christ", "all", "corpus"]
    /// Names that follow a faith's opener: "Holy Trinity", "Sacred Heart", "All Saints", "Notre Dame".
    static let faithNames: Set<String> = [
        "trinity", "cross", "family", "rosary", "spirit", "heart", "dame", "saints", "souls", "angels", "redeemer",
        "ghost", "name", "innocents", "child", "apostles", "martyrs", "king", "christi",
    ]
    static let examWords: Set<String> = [
        "gcses", "gcse", "qualifications", "exams", "levels", "level", "btec", "btecs", "a-levels", "alevels", "results",
        "grades", "maths", "english",
    ]
    /// Words that open no school's name even where a frame says school: people and the places of a life in care.
    static let notSchoolWords: Set<String> = [
        "home", "care", "foster", "placement", "hostel", "work", "uni", "university", "everyone", "everybody", "nobody",
        "someone", "they", "people", "staff", "school", "college", "teachers", "teacher", "kids", "mum", "dad", "mums",
        "dads", "nan", "nans", "mates", "friends", "police", "court", "hospital", "prison", "jail", "mainstream",
        "primary", "secondary", "sixth", "year", "yr", "classes", "lessons", "class", "pe", "it", "re", "dt",
    ]
}
