/// The words an address is made of, beyond street types (`StreetTypes`): flats and rooms, floors, buildings,
/// and the street words of other languages, which stand before the street's own name ("Heol y Felin",
/// "ul. Długa 12", "Via Roma 3") or at the end of one word ("Hauptstraße 5", "Kossuth utca 12").
enum AddressWords {
    /// "Flat 4", "rm 1F4", "bedsit l07", "Apartment 18a": a home inside a building, then its number.
    static let units = AddressWordList(.units, [
        "flat", "flt", "fl", "apt", "apartment", "appartment", "apartmant", "unit", "room", "rm", "studio", "bedsit",
        "suite", "maisonette", "pod", "annexe", "annex", "chalet", "caravan", "plot", "berth", "bungalow", "cabin",
        "bedroom", "bedrm",
    ])
    /// "pitch 12 willowbrook park": a caravan's place on a site, a home only with its site or a cue ("we played
    /// on pitch 3" is football).
    static let pitches = AddressWordList(.pitches, ["pitch", "pitches", "pich"])
    /// "my address is", "my mums is", "the flat is": a home before "is", so what follows is where it is.
    static let homeBeforeIs: Set<String> = [
        "address", "addy", "adress", "addres", "adres", "addr", "mums", "mum's", "dads", "dad's", "nans", "nan's",
        "house", "flat", "home", "gaff", "placement", "accommodation", "accom", "hostel", "bedsit",
    ]
    /// "no. 22", "number 24", "nr 5": a house number follows.
    static let numberMarkers = AddressWordList(.numberMarkers, ["no", "number", "num", "nr", "numb", "numba", "#"])
    /// "ground floor flat", "top flat", "basement flat": where in the building.
    static let floors = AddressWordList(.floors, [
        "basement", "ground", "first", "1st", "second", "2nd", "third", "3rd", "fourth", "4th", "top", "upper",
        "lower", "garden", "attic", "loft", "middle", "back", "front", "upstairs", "downstairs",
    ])
    static let floorNouns = AddressWordList(.floorNouns, ["floor", "flr", "fl", "floors"])

    /// The last word of a building's name: "Moorland Lodge", "Riverside Point", "Cedar Chambers".
    static let buildings = AddressWordList(.buildings, [
        "house", "lodge", "tower", "towers", "point", "block", "chambers", "mansions", "apartments", "works", "mill",
        "hall", "halls", "court", "heights", "plaza", "cottage", "cottages", "barn", "buildings", "building", "centre",
        "residence", "residences", "manor", "farm", "farmhouse", "villa", "bungalow", "annexe", "foyer", "hostel",
        "flats", "quarter", "wharf", "yard", "rectory", "vicarage", "grange", "priory", "mews", "gardens", "place",
        "bldg", "ho", "hse", "exchange", "studios", "suites", "residency", "village", "view", "house's",
        // Supported accommodation and houses named for what they were: "the Bridge Project", "Lime Villas".
        "villas", "project", "granary", "stables", "farmhouse", "schoolhouse", "cottages",
    ])

    /// A home's word at the end of a house's name written with capitals: "Honeysuckle House", "Pear Tree Barn".
    static let homes: Set<String> = [
        "house", "cottage", "cottages", "barn", "farmhouse", "farm", "lodge", "villas", "villa", "grange", "rectory",
        "vicarage", "manse", "bungalow", "manor", "croft",
    ]
    /// "the old rectory", "the old forge": words for what a house once was, a house's name after "the old".
    static let formerHouses: Set<String> = [
        "rectory", "vicarage", "manse", "forge", "smithy", "granary", "bakery", "dairy", "brewery", "workhouse",
        "schoolhouse", "farmhouse", "courthouse", "tannery", "maltings", "parsonage", "chapel", "stables", "mill",
    ]
    /// "the old post office", "the old police house": what a house once was, before "house" or "office".
    static let formerUses: Set<String> = ["school", "post", "police", "coach", "station", "mill", "toll", "chapel", "bakers", "court"]

    /// Street words of other languages that come first: Welsh, Polish, French, Italian, Spanish, Portuguese,
    /// Romanian, Turkish abbreviations, Russian and Ukrainian, Greek, Arabic.
    static let prefixes: Set<String> = [
        "heol", "ffordd", "stryd", "lon", "lôn", "rhodfa", "maes", "llwyn", "cwrt", "llys", "clos", "nant", "plas",
        "cae", "erw", "gwaun", "waun", "rhiw", "allt", "parc", "teras", "cilgant", "tyddyn", "rhes", "ul", "ulica", "aleja", "al", "osiedle", "os", "plac",
        "rue", "allée", "allee", "impasse", "chemin", "quai", "via", "viale", "piazza", "corso", "vicolo", "largo",
        "calle", "avenida", "paseo", "carrera", "camino", "rua", "travessa", "praça", "strada", "str", "bulevardul",
        "calea", "aleea", "şoseaua", "soseaua", "intrarea", "ул", "улица", "вул", "вулиця", "проспект", "пр",
        "οδός", "οδος", "λεωφόρος", "شارع", "ulitsa", "prospekt", "utca", "bulevar", "ulice", "cesta", "trg",
    ]

    /// Welsh words that open a street's or house's name but are also English words or names ("tan", "pen",
    /// "bryn", "ty"): a street only with "y"/"yr" after them ("Pen y Bryn", "Tan yr Allt"), a house number before
    /// them ("85 tan dyfed") or a cue before and a word no English list holds after ("on bron eithin").
    static let welshOpeners: Set<String> = [
        "tan", "pen", "bron", "bryn", "ty", "tŷ", "coed", "glan", "tal", "dol", "ael", "cil", "pant", "tre", "llan",
        "fron", "hafod", "penrhyn", "ynys",
    ]
    /// The Welsh article inside a street's name: "Maes yr Haf", "Tan y Bryn".
    static let welshArticles: Set<String> = ["y", "yr", "'r"]

    /// Small words inside a street's name in other languages: "Lon y Waun", "rue de la Paix", "Via dei Mille".
    static let joiningWords: Set<String> = ["y", "yr", "de", "da", "di", "du", "la", "le", "del", "dei", "della", "des", "do", "dos", "das", "von", "am", "an", "der"]

    /// Endings of one-word street names: "Hauptstraße", "Birkenweg", "Drottninggatan", "Atatürk Caddesi".
    static let suffixes: [String] = [
        "straße", "strasse", "gasse", "platz", "allee", "utca", "gatan", "vägen", "vagen", "gata", "straat",
        "gracht", "plein", "sokak", "sokağı", "sokagi", "caddesi", "bulvarı", "vej", "gade", "katu", "väylä",
        "weg", "laan", "steeg",
    ]

    /// Turkish and others after the name: "Atatürk Caddesi", "Gül Sokak".
    static let afterName: Set<String> = ["caddesi", "cad", "sokak", "sk", "sokağı", "bulvarı", "mahallesi", "mah", "utca", "út", "ut", "ulice"]

    static func hasForeignSuffix(_ lower: String) -> Bool {
        guard lower.utf8.count >= 6, endsLikeForeignStreet(lower) else { return false }
        return lower.count >= 6 && !Gazetteer.isEverydayWord(NameKey.key(lower))
    }

    /// Whether `lower` ends in one of `suffixes` with more than two characters before it. An ASCII word (most
    /// words) is compared by its bytes: its characters are its bytes, and no suffix outside ASCII can end it.
    private static func endsLikeForeignStreet(_ lower: String) -> Bool {
        let bytes = lower.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else {
            // A word ends in a suffix only if its last character is the suffix's last (characters compare as
            // `hasSuffix` compares them): most words end in none of these, and are answered by one lookup.
            guard let last = lower.last, suffixEndings.contains(last) else { return false }
            return suffixes.contains(where: { lower.hasSuffix($0) && lower.count > $0.count + 2 })
        }
        return asciiSuffixes.contains { suffix in
            bytes.count > suffix.count + 2 && bytes.reversed().starts(with: suffix.reversed())
        }
    }

    /// The last character of each of `suffixes`.
    private static let suffixEndings = Set(suffixes.compactMap(\.last))

    private static let asciiSuffixes: [[UInt8]] = suffixes.filter { $0.utf8.allSatisfy { $0 < 0x80 } }.map { Array($0.utf8) }

    /// Words that end an address: the comment goes on after them ("[address] and i like it").
    static let stops: Set<String> = [
        "the", "a", "an", "my", "our", "your", "and", "but", "or", "i", "we", "you", "they", "he", "she", "it", "is",
        "was", "are", "so", "because", "cos", "when", "if", "to", "in", "at", "on", "with", "for", "of", "from", "me",
        "us", "them", "near", "by", "live", "lives", "lived", "living", "im", "its", "that", "this", "which", "who",
        "now", "then", "since", "until", "till", "before", "after", "wiv", "w", "n", "&", "2", "4", "but", "not",
        "no", "yes", "has", "have", "had", "got", "get", "been", "be", "will", "can", "cant", "dont", "it's", "i'm",
        "there", "here", "where", "what", "how", "why", "just", "only", "still", "also", "too", "very", "really",
        "u", "ur", "da", "th", "tha", "de", "mi", "me", "ma", "am", "is", "iz", "ive", "i've", "x", "xx", "lol",
    ]
}
