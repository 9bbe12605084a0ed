/// One of the address finder's fixed word lists (`AddressWords.units`, `.buildings`...), with its own bit, so
/// that the finder reads what every list says of a token with one lookup, once per comment
/// (`AddressWordList.memberships`), instead of hashing the token again for each list each time a rule asks.
struct AddressWordList: Sendable {
    /// Which lists hold a word, as bits: the lists themselves, and two readings the finder asks of most words.
    struct Membership: OptionSet, Sendable {
        let rawValue: UInt16
        static let units = Membership(rawValue: 1 << 0)
        static let pitches = Membership(rawValue: 1 << 1)
        static let numberMarkers = Membership(rawValue: 1 << 2)
        static let floors = Membership(rawValue: 1 << 3)
        static let floorNouns = Membership(rawValue: 1 << 4)
        static let buildings = Membership(rawValue: 1 << 5)
        /// `StreetTypes.isStreetType`.
        static let streetType = Membership(rawValue: 1 << 6)
        /// `AddressHouseWords.isDwelling` of the shipped list.
        static let dwelling = Membership(rawValue: 1 << 7)
        /// `AddressWords.welshOpeners`.
        static let welshOpener = Membership(rawValue: 1 << 8)
        /// `AddressWords.prefixes`: a street word before the street's name in another language.
        static let foreignPrefix = Membership(rawValue: 1 << 9)
        /// `StreetWords.shipped.english`: a foreign street word that is also English.
        static let englishStreetWord = Membership(rawValue: 1 << 10)
        /// `AddressWords.afterName`.
        static let afterName = Membership(rawValue: 1 << 11)
        /// `AddressFinder.placingOneWord`.
        static let placingOneWord = Membership(rawValue: 1 << 12)
        /// `AddressFinder.joining`: a small word inside a foreign street's name.
        static let foreignJoining = Membership(rawValue: 1 << 13)
        /// `AddressFinder.streetCues`.
        static let streetCue = Membership(rawValue: 1 << 14)
    }

    /// The sets with a bit of their own beyond the lists, keyed by a token's lower case as they are (the finder
    /// asks them of any token, a number's too: "2" is a street cue).
    static let sets: [(Membership, Set<String>)] = [
        (.welshOpener, AddressWords.welshOpeners), (.foreignPrefix, AddressWords.prefixes),
        (.englishStreetWord, StreetWords.shipped.english), (.afterName, AddressWords.afterName),
        (.placingOneWord, AddressFinder.placingOneWord), (.foreignJoining, AddressFinder.joining),
        (.streetCue, AddressFinder.streetCues),
    ]

    let words: Set<String>
    let bit: Membership

    init(_ bit: Membership, _ words: Set<String>) {
        self.bit = bit
        self.words = words
    }

    func contains(_ word: String) -> Bool { words.contains(word) }

    /// What the lists say of a word (lower case): empty for a word none of them holds.
    static func membership(of word: String) -> Membership { memberships[word] ?? [] }

    private static let memberships: [String: Membership] = {
        var table: [String: Membership] = [:]
        let lists = [AddressWords.units, AddressWords.pitches, AddressWords.numberMarkers, AddressWords.floors,
                     AddressWords.floorNouns, AddressWords.buildings]
        for list in lists {
            for word in list.words { table[word, default: []].insert(list.bit) }
        }
        for word in StreetTypes.unmistakable.union(StreetTypes.ambiguous) { table[word, default: []].insert(.streetType) }
        for word in AddressHouseWords.shipped.dwellingWords { table[word, default: []].insert(.dwelling) }
        for (bit, words) in sets {
            for word in words { table[word, default: []].insert(bit) }
        }
        return table
    }()
}
