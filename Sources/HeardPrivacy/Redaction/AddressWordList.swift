/// One of the address finder's fixed word lists (`AddressWords.units`, `.buildings`...), with its own bit, so
/// that the finder reads what every list says of a token with one lookup, once per comment
/// (`AddressWordList.memberships`), instead of hashing the token again for each list each time a rule asks.
struct AddressWordList: Sendable {
    /// Which lists hold a word, as bits: the lists themselves, and two readings the finder asks of most words.
    struct Membership: OptionSet, Sendable {
        let rawValue: UInt8
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
    }

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
        return table
    }()
}
