/// Finds street addresses as a whole, by their parts and how they join. An address starts at a home in a
/// building ("Flat 4f3", "ground floor flat", "rm 1F4"), a house number and a street ("12 Smith Park",
/// "58 a granby loan", "no. 105 Linden Hall"), a street named by its own words ("Reed Vista", "on Tyne Gr"),
/// or a street of another language ("ul. Długa 12", "Hauptstraße 5"). It runs on over commas, line breaks
/// and spaces to the next part (a building, a street, a house name before a street: "The Willows, market
/// gardens", "FLAT 0/2, RAVENSWORTH LODGE, QUEEN ANNE'S PARK") and back to a building or house name before
/// it ("Riverside Tower, Room 15", "hillside, balmoral bank").
struct AddressFinder {
    let tokens: [AddressTokens.Token]
    /// For each token, which of the `Own` readings it meets, found once: every anchor tried asks again.
    private let ownness: [AddressOwnReadings]
    /// For each token, which foreign address parts (`StreetWords`) it may start or end, found once.
    let streetMarks: [StreetWords.Marks]
    /// For each word token, which of the finder's word lists hold it, whether it is a street's type and whether
    /// it is a dwelling's or building's word (`AddressWordList.Membership`), found with one lookup: the rules
    /// ask them of the same tokens again and again. Empty for a token that is not a word.
    let memberships: [AddressWordList.Membership]
    /// For every token, a word's or not, which lists and sets hold its lower case (the same lookup): the rules
    /// that ask a set of any token ("2" is a street cue) read it here.
    let listed: [AddressWordList.Membership]

    init(_ text: String) {
        tokens = AddressTokens(text).items
        ownness = tokens.map(AddressOwnReadings.init)
        streetMarks = tokens.map { $0.kind == .word ? StreetWords.shipped.marks($0.lower, text: $0.text) : [] }
        listed = tokens.map { AddressWordList.membership(of: $0.lower) }
        memberships = zip(tokens, listed).map { token, listed in token.kind == .word ? listed : [] }
    }

    /// Whether the set of `bit` (`AddressWordList.sets` or a list) holds the token's lower case.
    func has(_ index: Int, _ bit: AddressWordList.Membership) -> Bool { listed[index].contains(bit) }

    /// The token index ranges that are addresses, in order. With `continuing`, only an `[address]` already in
    /// the text and the parts that follow it ("[address],wren road", "[address], Mill Green").
    func spans(continuing: Bool = false) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var index = 0
        while index < tokens.count {
            guard let anchor = continuing ? continuation(at: index) : anchor(at: index) else {
                index += 1
                continue
            }
            var start = anchor.lowerBound
            var end = anchor.upperBound
            while let next = part(at: end, after: true) { end = next }
            // "Wesley Road nr 81a": the house number after the street.
            if let number = numberAfterStreet(end) { end = number }
            while let before = partBefore(start) { start = before }
            // "Oasis Academy", "Moor Side College": a name that ends in a school's type is a school's.
            if tokens[end - 1].kind == .word, ["academy", "college", "school", "primary", "pru", "comp"].contains(tokens[end - 1].lower)
                || schoolFollows(end), !(start..<end).contains(where: { isNumber($0) }) {
                index = end
                continue
            }
            // A part found looking backwards may reach into the span before: one address, one span,
            // so that spans never overlap (the callers replace them from the end).
            var span = start..<end
            while let last = spans.last, span.lowerBound < last.upperBound {
                spans.removeLast()
                span = min(last.lowerBound, span.lowerBound)..<max(last.upperBound, span.upperBound)
            }
            spans.append(span)
            index = end
        }
        return spans
    }

    /// How much a word must be a street's own: any word but a stop word; not a function word either; not a
    /// generic street word either; distinctive (capitalised, or no everyday word or place, or a name).
    enum Own { case any, notFunction, notGeneric, distinctive }

    func isOwnWord(_ index: Int, own: Own) -> Bool {
        guard index >= 0, index < tokens.count else { return false }
        switch own {
        case .any: return ownness[index].contains(.any)
        case .notFunction: return ownness[index].contains(.notFunction)
        case .notGeneric: return ownness[index].contains(.notGeneric)
        case .distinctive: return ownness[index].contains(.distinctive)
        }
    }

    // MARK: Helpers

    func isWord(_ index: Int, in set: Set<String>) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].kind == .word && set.contains(tokens[index].lower)
    }

    /// The same for one of the finder's lists, read from the token's memberships.
    func isWord(_ index: Int, in list: AddressWordList) -> Bool {
        index >= 0 && index < memberships.count && memberships[index].contains(list.bit)
    }

    /// A word of a street's type (`StreetTypes.isStreetType`).
    func isStreetTypeWord(_ index: Int) -> Bool { memberships[index].contains(.streetType) }

    /// A dwelling's or building's word (`AddressHouseWords.isDwelling`).
    func isDwellingWord(_ index: Int) -> Bool { memberships[index].contains(.dwelling) }

    /// The same for a few words written at the call (`isWord(next, in: ["above", "below"])`): an array literal
    /// is read as it is, where a set literal would be built and every word hashed on each call.
    func isWord(_ index: Int, in words: [String]) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].kind == .word && words.contains(tokens[index].lower)
    }

    func isNumber(_ index: Int) -> Bool { index >= 0 && index < tokens.count && tokens[index].kind == .number || index >= 0 && index < tokens.count && tokens[index].kind == .code }

    /// Joined to the token before by spaces only (a house number and its street, a street's words).
    func joined(_ index: Int) -> Bool { index < tokens.count && tokens[index].gap == .space }

    /// "12", "176b", "36-40", "4A": one to four digits, a letter, or a range; not a decade ("the 90s films",
    /// "the 2000s music").
    func isHouseNumber(_ text: Substring) -> Bool {
        if AddressTokens.isSpelledNumber(text) { return true }
        if (text.count == 3 || text.count == 5), text.last == "s" || text.last == "S", text.dropLast().last == "0",
           text.dropLast().allSatisfy(\.isASCIIDigit) { return false }
        let parts = text.split { $0 == "-" || $0 == "/" }
        guard (1...2).contains(parts.count) else { return false }
        return parts.allSatisfy { part in
            let digits = part.prefix { $0.isNumber }
            return (1...4).contains(digits.count) && part.count - digits.count <= 1
        }
    }

    func followedByPostcode(_ end: Int) -> Bool {
        end < tokens.count && tokens[end].text == Placeholder.postcode.rawValue[...]
            && [.space, .comma, .newline].contains(tokens[end].gap)
    }

    /// A word before the street that says an address follows: "at", "to", "2", "on", "into", "from".
    func precededByCue(_ index: Int) -> Bool {
        guard index > 0, joined(index) else { return false }
        return has(index - 1, .streetCue)
            && !(tokens[index - 1].lower == "is" && !(index > 1 && AddressWords.homeBeforeIs.contains(tokens[index - 2].lower)))
    }

    static let streetCues: Set<String> = ["at", "on", "to", "2", "into", "in2", "from", "frm", "off", "near", "onto", "of",
                                                  "address", "addy", "adress", "addres", "is"]

    /// "thorpe park", "alton towers": a place everyone knows.
    func isPlace(_ start: Int, _ end: Int) -> Bool {
        let keys = tokens[start..<end].map { NameKey.key($0.lower) }
        return Gazetteer.places.match(keys, at: 0) == keys.count
    }
}
