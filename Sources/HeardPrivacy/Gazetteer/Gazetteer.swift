/// Names, everyday words and places for redaction, read once on first use from the plain lists in this
/// target's `Data/` folder (see `README.md` here for where they come from and their licences). Every entry is
/// looked up by its `NameKey`, so "Małgorzata" typed as "malgorzata" is still found.
public enum Gazetteer {
    /// Given names from many national name lists, in every alphabet.
    public static let givenNames: Set<String> = keys(EmbeddedData.givenNames)
    /// Surnames.
    public static let surnames: Set<String> = keys(EmbeddedData.surnames)
    /// The commonest surnames, everyday words among them ("smith", "white"): a surname after a first name.
    public static let commonSurnames: Set<String> = keys(EmbeddedData.commonSurnames)
    /// Everyday English words: a name that is also one ("will", "hope", "rose") needs a name context.
    public static let englishWords: Set<String> = keys(EmbeddedData.englishWords)
    /// Given names that are also everyday words: names only in a name's place ("tell star i miss her").
    public static let everydayNames: Set<String> = keys(EmbeddedData.everydayNames)
    /// Given names that are seldom written as everyday words ("marigold", "ivy", "verity"): names in a weak
    /// person's place ("marigold x", "Patience from Barnardos"), where a common word ("love x") is not.
    public static let seldomWordNames: Set<String> = keys(EmbeddedData.seldomWordNames)
    /// Words young people and the care system use that are never names ("iro", "pa", "nan", "maths").
    public static let notNames: Set<String> = keys(EmbeddedData.notNames)
    /// Places, shops, clubs and other proper names that are not people's names.
    public static let places = PlaceList(EmbeddedData.places)

    /// What every list says about a key, found with one lookup (`WordFacts` asks all of them for every word).
    static let flags: [String: ListFlags] = {
        var flags: [String: ListFlags] = [:]
        flags.reserveCapacity(givenNames.count + surnames.count + englishWords.count)
        let lists: [(Set<String>, ListFlags)] = [
            (givenNames, .given), (surnames, .surname), (englishWords, .english), (notNames, .notName),
            (everydayNames, .everydayName), (commonSurnames, .commonSurname),
            (seldomWordNames, .seldomWord),
        ]
        for (list, flag) in lists {
            for key in list { flags[key, default: []].insert(flag) }
        }
        for key in places.singleWords { flags[key, default: []].insert(.place) }
        // The redactor's own small word sets, by the exact word (a word whose key differs is left out, so a
        // lookup by key answers what the set itself would for that key).
        let wordSets: [(Set<String>, ListFlags)] = [
            (NameCues.functionWords, .function), (NameCues.personVerbs, .personVerb), (AddressWords.stops, .addressStop),
            (AddressRedaction.genericStreetWords, .genericStreet),
        ]
        for (words, flag) in wordSets {
            for word in words where NameKey.key(word) == word { flags[word, default: []].insert(flag) }
        }
        return flags
    }()

    /// Whether `key` (a `NameKey`) is a given name or a surname in the lists.
    public static func isName(_ key: String) -> Bool { givenNames.contains(key) || surnames.contains(key) }

    /// Whether `key` is an everyday word or a word that is never a name.
    public static func isEverydayWord(_ key: String) -> Bool { englishWords.contains(key) || notNames.contains(key) }

    /// The keys of a list's lines (one entry a line; "#" starts a comment line). The lines are cut at the byte
    /// of "\n" rather than read as Characters: the same lines, as no character but "\r\n" holds that byte, and
    /// a list with "\r" in it is read the long way.
    static func keys(_ text: String) -> Set<String> {
        var set = Set<String>(minimumCapacity: text.utf8.count / 7)
        guard !text.utf8.contains(13) else {
            for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.isEmpty {
                set.insert(NameKey.key(String(line)))
            }
            return set
        }
        for line in text.utf8.split(separator: 10) where line.first != 35 {
            set.insert(NameKey.key(String(Substring(line))))
        }
        return set
    }
}

/// Which lists hold a word: the gazetteer's lists, and the redactor's small word sets that are asked of most
/// words (so one lookup answers them all).
struct ListFlags: OptionSet, Sendable {
    let rawValue: UInt16
    static let given = ListFlags(rawValue: 1 << 0)
    static let surname = ListFlags(rawValue: 1 << 1)
    static let english = ListFlags(rawValue: 1 << 2)
    static let notName = ListFlags(rawValue: 1 << 3)
    static let everydayName = ListFlags(rawValue: 1 << 4)
    static let commonSurname = ListFlags(rawValue: 1 << 5)
    static let place = ListFlags(rawValue: 1 << 6)
    /// `NameCues.functionWords`: a small word that is never a name.
    static let function = ListFlags(rawValue: 1 << 7)
    /// `NameCues.personVerbs`.
    static let personVerb = ListFlags(rawValue: 1 << 8)
    /// `AddressWords.stops`.
    static let addressStop = ListFlags(rawValue: 1 << 9)
    /// `AddressRedaction.genericStreetWords`.
    static let genericStreet = ListFlags(rawValue: 1 << 10)
    /// `Gazetteer.seldomWordNames`.
    static let seldomWord = ListFlags(rawValue: 1 << 11)
}
