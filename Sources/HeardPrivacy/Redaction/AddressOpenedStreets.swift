/// Address parts the finder's main readings miss because a word in them is an everyday one: a street whose
/// name opens with one ("201 Old Walk", "88 new garth [postcode]", "[address], old pl"), a caravan's pitch
/// ("pitch 12 willowbrook park"), and a supported-accommodation project between a room and its street
/// ("room 4 at Fresh Steps, 41 Garnet Heights").
extension AddressFinder {
    /// Everyday words that open a street's name: "Old Walk", "New Garth", "Upper Row", "West Parade".
    static let streetOpeners: Set<String> = [
        "old", "new", "upper", "lower", "great", "little", "north", "south", "east", "west", "high", "low", "far",
        "long", "broad", "middle", "nether", "back", "front",
    ]

    /// A street that opens with an everyday word. After a house number that says nothing else (`number`), only
    /// where the street's type ends the address: an unmistakable type with capitals, a postcode, a comma, a
    /// line break or the end after it ("we got 3 new close friends" goes on). After a comma or a line break
    /// (`number` nil) the part is already known to be an address's.
    func openedStreet(at first: Int, number: Int? = nil) -> Int? {
        guard isWord(first, in: Self.streetOpeners) else { return nil }
        if let number, ["2", "4"].contains(tokens[number].text) { return nil }  // "2 old lanes": "to"
        guard first + 1 < tokens.count, joined(first + 1),
              isOwnWord(first + 1, own: .notGeneric) || StreetTypes.isStreetType(tokens[first + 1].lower),
              let end = street(at: first, own: .any, buildings: number == nil, titles: false) else { return nil }
        guard number != nil else { return end }
        let type = tokens[end - 1].lower
        let written = (first..<end).allSatisfy { tokens[$0].isCapitalised }
        guard StreetTypes.unmistakable.contains(type) || written && StreetTypes.isStreetType(type) else { return nil }
        let ends = end == tokens.count || [.comma, .newline, .other].contains(tokens[end].gap) || followedByPostcode(end)
            || tokens[end].kind == .placeholder
        return ends || written ? end : nil
    }

    /// Whether an address part ends before `index`: the comment's end, a comma, a line break, a postcode, or
    /// a word that closes a message ("flat 22, the lighthouse tbh"), not the sentence going on ("flat 22, the
    /// kitchen is tiny").
    func partEnds(at index: Int) -> Bool {
        guard index < tokens.count else { return true }
        if [.comma, .newline, .other].contains(tokens[index].gap) || followedByPostcode(index) { return true }
        return tokens[index].kind == .word && ["tbh", "lol", "now", "x", "xx", "ngl", "innit", "thanks", "ty"].contains(tokens[index].lower)
    }

    /// "pitch 12 willowbrook park", "my caravan is pitch 7", "pitch 58, whitestead park": a pitch's number with
    /// its site after it or a word before it that says an address is given.
    func pitchUnit(at index: Int) -> (end: Int, hasNumber: Bool)? {
        guard isNumber(index + 1), joined(index + 1) else { return nil }
        let end = index + 2
        if part(at: end, after: true) != nil { return (end, true) }
        let before = index > 0 ? tokens[index - 1].lower : ""
        return Self.pitchCues.contains(before) ? (end, true) : nil
    }

    static let pitchCues: Set<String> = ["is", "iz", "was", "at", "to", "2", "address", "addy", "caravan", "o"]

    /// "at Fresh Steps, 41 Garnet Heights", "the launchpad 9 linnet crossway", "New Start 27 Westfield Hill":
    /// up to three words naming a project after a room's number ("Step Up House": everyday words too, for the
    /// house number and street after them say what they are), then a house number and its street. The end of
    /// the street, or nil.
    func projectThenHouse(at index: Int) -> Int? {
        var cursor = index
        if isWord(cursor, in: ["at", "@"]), joined(cursor) { cursor += 1 }
        if isWord(cursor, in: ["the"]), joined(cursor) { cursor += 1 }
        let first = cursor
        guard first < tokens.count, [.space, .comma].contains(tokens[first].gap) || first > index else { return nil }
        while cursor < tokens.count, cursor - first < 3, tokens[cursor].kind == .word, cursor == first || joined(cursor),
              isOwnWord(cursor, own: .any) {
            cursor += 1
        }
        guard cursor > first, cursor < tokens.count, [.space, .comma].contains(tokens[cursor].gap),
              isNumber(cursor), isHouseNumber(tokens[cursor].text) else { return nil }
        return house(at: cursor, chained: true)
    }
}
