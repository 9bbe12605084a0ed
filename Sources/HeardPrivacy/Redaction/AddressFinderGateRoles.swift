extension AddressFinderGate {
    /// What a word may do towards an address, for `Scan`.
    struct Role: OptionSet {
        let rawValue: UInt16
        /// Starts an address whatever stands around it (`AddressFinderGate`'s first list).
        static let anchor = Role(rawValue: 1 << 0)
        /// A flat's, room's or pitch's word ("flat", "rm", "pitch"; "sit" of "bed sit"): an address with a number.
        static let unit = Role(rawValue: 1 << 1)
        /// Numbers a part of a foreign address ("kv", "m", "no"): one with the number or short word after it.
        static let numbers = Role(rawValue: 1 << 2)
        /// Counts after a number ("hao", "nong").
        static let counted = Role(rawValue: 1 << 3)
        /// "c", a street's word in Spanish only as "c/".
        static let spanishStreet = Role(rawValue: 1 << 4)
        /// `AddressFinder.placingOneWord`.
        static let placing = Role(rawValue: 1 << 5)
        /// `AddressWords.numberMarkers`.
        static let marker = Role(rawValue: 1 << 6)
        static let the = Role(rawValue: 1 << 7)
        static let old = Role(rawValue: 1 << 8)
        /// A number in words ("twelve"): `AddressTokens` reads it as a number.
        static let numberWord = Role(rawValue: 1 << 9)
        /// `AddressWords.floors` or `.floorNouns` ("ground", "top", "floor"): a flat's word after it needs no number.
        static let floor = Role(rawValue: 1 << 10)
        /// Where a flat stands against a place ("above", "below"): a flat's word before it needs no number.
        static let placer = Role(rawValue: 1 << 11)
    }

    static let table: [String: Role] = {
        var table: [String: Role] = [:]
        func add(_ words: some Sequence<String>, _ role: Role) {
            for word in words { table[word, default: []].insert(role) }
        }
        add(AddressWords.buildings.words, .anchor)
        add(StreetTypes.all, .anchor)
        add(StreetTypes.misspellings, .anchor)
        add(AddressHouseWords.shipped.hintWords, .anchor)
        add(AddressHouseWords.shipped.dwellingWords, .anchor)
        add(AddressWords.homes, .anchor)
        add(AddressWords.welshOpeners, .anchor)
        add(AddressWords.prefixes, .anchor)
        add(AddressWords.afterName, .anchor)
        add(AddressWords.units.words.union(AddressWords.pitches.words).union(["sit"]), .unit)
        add(AddressFinder.placingOneWord, .placing)
        add(AddressWords.numberMarkers.words, .marker)
        add(AddressTokens.numberWords.keys, .numberWord)
        add(AddressWords.floors.words.union(AddressWords.floorNouns.words), .floor)
        add(["above", "below", "over", "under", "behind"], .placer)
        add(["the"], .the)
        add(["old"], .old)
        for word in StreetWords.shipped.words {
            let marks = StreetWords.shipped.marks(word, text: word[...])
            if !marks.isDisjoint(with: [.before, .after]) { table[word, default: []].insert(word == "c" ? .spanishStreet : .anchor) }
            if marks.contains(.numbered) { table[word, default: []].insert(.numbers) }
            if marks.contains(.counted) { table[word, default: []].insert(.counted) }
        }
        return table
    }()

    /// The longest word of `table`, in bytes.
    static let longest = table.keys.map(\.utf8.count).max() ?? 0

    /// For a word's first two bytes (`first << 8 | second`, lowered), or its one byte: whether a word of `table`
    /// opens so. Most words open as none does, and are answered without a string or a hash.
    static let openings: [Bool] = {
        var openings = [Bool](repeating: false, count: 1 << 16)
        for word in table.keys {
            let bytes = Array(word.utf8)
            openings[bytes.count == 1 ? Int(bytes[0]) : Int(bytes[0]) << 8 | Int(bytes[1])] = true
        }
        return openings
    }()

    /// The last byte of each ASCII ending of `AddressWords.suffixes`.
    static let suffixLastBytes: [Bool] = {
        var last = [Bool](repeating: false, count: 256)
        for suffix in AddressWords.suffixes { if let byte = suffix.utf8.last, byte < 0x80 { last[Int(byte)] = true } }
        return last
    }()
}
