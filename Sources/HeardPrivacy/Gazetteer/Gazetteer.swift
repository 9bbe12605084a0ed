/// Names and English words for redaction, parsed once on first use from the generated lists beside this file
/// (see `README.md` here for where they come from and their licences).
public enum Gazetteer {
    /// Lower-case given names from many national name sets.
    public static let givenNames: Set<String> = words(givenNameText)
    /// Lower-case surnames.
    public static let surnames: Set<String> = words(surnameText)
    /// Lower-case English words: a name that is also one ("will", "hope", "rose") needs a name context.
    public static let englishWords: Set<String> = words(englishWordText).union(careWords)

    /// Words young people and the care system use that are never names, whatever a name list says.
    public static let careWords: Set<String> = [
        "iro", "pa", "pas", "sw", "sws", "nan", "nana", "nanna", "mum", "mam", "dad", "bro", "sis", "lol", "omg",
        "ok", "okay", "camhs", "lac", "cic", "cicc", "pep", "ehcp", "sen", "send", "adhd", "asd", "gcse", "gcses",
        "nhs", "gp", "ur", "u", "im", "ive", "id", "ill", "dont", "cant", "wont", "didnt", "isnt", "wasnt", "tbh",
        "idk", "pls", "plz", "thx", "xx", "xxx", "x", "innit", "fam", "bruv", "mate", "mates", "hiya", "cos", "coz",
        "wifi", "xbox", "ps4", "ps5", "tiktok", "snapchat", "insta", "instagram", "youtube", "netflix", "fortnite",
        "roblox", "minecraft", "fifa", "tesco", "asda", "aldi", "lidl", "primark", "greggs", "nandos", "kfc",
        "mcdonalds", "maccies", "costa", "iphone", "samsung", "android", "whatsapp", "discord", "spotify",
        "maths", "english", "science", "history", "geography", "pe", "re", "dt", "ict", "christmas", "xmas",
        "easter", "halloween", "eid", "diwali", "ramadan", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "lincoln", "lincolnshire", "grimsby", "cleethorpes",
        "scunthorpe", "nottingham", "nottinghamshire", "skegness", "boston", "louth", "hull", "leeds", "sheffield",
        "london", "manchester", "birmingham", "england", "britain", "uk", "wales", "scotland", "ireland", "poland",
        "romania", "foster", "fostering", "carer", "carers", "keyworker", "staff", "yr", "yrs", "btw", "bf", "gf",
        "lad", "lads", "kid", "kids", "mr", "mrs", "miss", "ms", "sir", "dr", "god", "allah", "jesus",
    ]

    /// Whether `word` (lower case) is a given name or surname in the lists.
    public static func isName(_ word: String) -> Bool { givenNames.contains(word) || surnames.contains(word) }

    private static func words(_ text: String) -> Set<String> {
        var set = Set<String>(minimumCapacity: text.utf8.count / 7)
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) { set.insert(String(word)) }
        return set
    }
}
