/// Which readings of `AddressFinder.Own` an address token meets, found once per token: every anchor the
/// finder tries asks again.
struct AddressOwnReadings: OptionSet {
    let rawValue: UInt8
    static let any = AddressOwnReadings(rawValue: 1 << 0)
    static let notFunction = AddressOwnReadings(rawValue: 1 << 1)
    static let notGeneric = AddressOwnReadings(rawValue: 1 << 2)
    static let distinctive = AddressOwnReadings(rawValue: 1 << 3)

    init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Which readings of `Own` a token meets: any word but a stop word; not a function word either; not a
    /// generic street word either; distinctive (capitalised, or no everyday word or place, or a name).
    init(_ token: AddressTokens.Token) {
        self = Self.readings(token)
    }

    /// The same for a word token read elsewhere (`AddressFinderGate`), by its lower case and whether it is capitalised.
    init(lower: String, isCapitalised: Bool) {
        self = Self.readings(lower: lower, isCapitalised: isCapitalised)
    }

    private static func readings(_ token: AddressTokens.Token) -> AddressOwnReadings {
        guard token.kind == .word else { return [] }
        return readings(lower: token.lower, isCapitalised: token.isCapitalised)
    }

    private static func readings(lower: String, isCapitalised: Bool) -> AddressOwnReadings {
        let key = NameKey.key(lower)
        if key == lower {
            // One lookup answers every list below (the common case: an ASCII word without an apostrophe).
            let flags = Gazetteer.flags[key] ?? []
            if flags.contains(.addressStop) { return [] }
            if flags.contains(.function) { return [.any] }
            if flags.contains(.genericStreet) { return [.any, .notFunction] }
            let readings: AddressOwnReadings = [.any, .notFunction, .notGeneric]
            if isCapitalised { return readings.union(.distinctive) }
            let distinctive = flags.isDisjoint(with: [.english, .notName, .place])
                || (!flags.isDisjoint(with: [.given, .surname]) && !flags.contains(.english))
            return distinctive ? readings.union(.distinctive) : readings
        }
        if AddressWords.stops.contains(lower) { return [] }
        if NameCues.functionWords.contains(lower) { return [.any] }
        if AddressRedaction.genericStreetWords.contains(lower) { return [.any, .notFunction] }
        let readings: AddressOwnReadings = [.any, .notFunction, .notGeneric]
        if isCapitalised { return readings.union(.distinctive) }
        let distinctive = !Gazetteer.isEverydayWord(key) && !Gazetteer.places.contains(single: key)
            || (Gazetteer.isName(key) && !Gazetteer.englishWords.contains(key))
        return distinctive ? readings.union(.distinctive) : readings
    }
}
