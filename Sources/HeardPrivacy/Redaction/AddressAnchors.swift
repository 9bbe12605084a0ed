/// Where an address starts: a home in a building, a house number and its street, a street named by its own
/// words, a house named for what it once was or by its own name; the parts after it are `part`'s.
extension AddressFinder {
    func anchor(at index: Int) -> Range<Int>? {
        if let end = unit(at: index) {
            // "ground floor flat" or "no. 150" with nothing after them is not an address on its own.
            if end.hasNumber || part(at: end.end, after: true) != nil { return index..<end.end }
            return nil
        }
        if let end = house(at: index) ?? numberedName(at: index) { return index..<end }
        if let end = foreignChain(at: index) ?? foreignStreet(at: index) { return index..<end }
        if let end = namedStreet(at: index) { return index..<end }
        if let end = streetThenNumber(at: index) { return index..<end }
        if let end = formerUse(at: index) ?? namedHouse(at: index) ?? namedHome(at: index) ?? numberedByDate(at: index) {
            var end = end
            while let next = part(at: end, after: true) { end = next }
            return index..<end
        }
        if let end = houseName(at: index) {
            // "the haven, canal side", "lavender cottage chapel rise", "ravensworth Block no. 21".
            let building = tokens[end - 1].kind == .word && AddressWords.buildings.contains(tokens[end - 1].lower)
            if end < tokens.count, tokens[end].gap == .comma || tokens[end].gap == .newline || building,
               let next = part(at: end, after: true) ?? (building ? numberAfterMarker(end) : nil) {
                return index..<next
            }
            // "the laurels tudor passage": a house name, then a street of its own words.
            if tokens[index].lower == "the", end < tokens.count, joined(end),
               let next = street(at: end, own: .distinctive, buildings: false) {
                return index..<next
            }
        }
        return nil
    }

    /// A house or building name: "the haven", "Hillside", "greystones", "lavender cottage", "ravensworth Block".
    func houseName(at index: Int) -> Int? {
        guard tokens[index].kind == .word, tokens[index].gap != .none else { return nil }
        if tokens[index].lower == "the" {
            guard isOwnWord(index + 1, own: .notFunction), joined(index + 1) else { return nil }
            // "the coach house": a building word ends the name even when it is a common word ("house").
            if index + 2 < tokens.count, joined(index + 2), tokens[index + 2].kind == .word,
               AddressWords.buildings.contains(tokens[index + 2].lower) { return index + 3 }
            return index + 2
        }
        // A building: one to three words, then a building word ("bramble barn", "Moorland Lodge").
        var cursor = index
        while cursor < tokens.count, cursor - index < 3, cursor == index || joined(cursor),
              isOwnWord(cursor, own: .notFunction) || (cursor > index && isWord(cursor, in: AddressWords.buildings)) {
            if cursor > index, AddressWords.buildings.contains(tokens[cursor].lower) { return cursor + 1 }
            cursor += 1
        }
        // A house named like a place or with a word of its own: "Hillside", "greystones", "fernlea".
        guard isOwnWord(index, own: .distinctive) || isPlace(index, index + 1) && isOwnWord(index, own: .notFunction) else { return nil }
        if isOwnWord(index + 1, own: .distinctive), joined(index + 1) { return index + 2 }
        return index + 1
    }

    /// "no. 21" after a building: "ravensworth Block no. 21".
    func numberAfterMarker(_ index: Int) -> Int? {
        guard isWord(index, in: AddressWords.numberMarkers), joined(index), isNumber(index + 1), joined(index + 1) else { return nil }
        return index + 2
    }

    /// "Reed Vista", "on Tyne Gr", "East End", "field place [postcode]": a street with no number.
    func namedStreet(at index: Int) -> Int? {
        guard tokens[index].kind == .word, tokens[index].gap != .none else { return nil }
        let cued = precededByCue(index)
        guard let end = street(at: index, own: .distinctive, buildings: false) ?? (cued ? street(at: index, own: .notGeneric, buildings: false) : nil)
        else { return nil }
        // An everyday street type ("park", "hill") needs a cue before it or a postcode after it.
        let type = tokens[end - 1].lower
        if !StreetTypes.unmistakable.contains(type) && !StreetTypes.isMisspelt(type) && !followedByPostcode(end) && !(cued && StreetTypes.townStreet.contains(type)) {
            return nil
        }
        if isPlace(index, end) { return nil }
        // "harrowgate hill community college", "castle view middle school": a school's name, not a street.
        if end < tokens.count, joined(end), tokens[end].kind == .word, SchoolRedaction.isSchoolWord(tokens[end].lower) { return nil }
        return end
    }

    /// "church street nr 74", "tenter link 48", "holly bank no.26": a street of everyday words is an address
    /// when its house number follows it.
    func streetThenNumber(at index: Int) -> Int? {
        guard tokens[index].kind == .word, tokens[index].gap != .none, tokens[index].gap != .other,
              let end = street(at: index, own: .notGeneric, buildings: false),
              // "i put flat 136": a flat or a room before its number is the finder's `unit`, not a street.
              !AddressWords.units.contains(tokens[end - 1].lower), !AddressWords.pitches.contains(tokens[end - 1].lower) else { return nil }
        return numberAfterStreet(end)
    }

    /// The end of a house number written after its street ("nr 74", "no.26", "48", "81a"), or nil; not a count
    /// ("road 2 times"), a year or a measure.
    func numberAfterStreet(_ end: Int) -> Int? {
        guard end > 0, tokens[end - 1].kind == .word, StreetTypes.isStreetType(tokens[end - 1].lower) else { return nil }
        var cursor = end
        if isWord(cursor, in: AddressWords.numberMarkers), cursor + 1 < tokens.count,
           tokens[cursor + 1].gap == .space || tokens[cursor + 1].gap == .none && tokens[cursor].text.hasSuffix(".") {
            cursor += 1
        }
        guard cursor < tokens.count, cursor == end ? joined(cursor) : true, tokens[cursor].kind == .number,
              tokens[cursor].text.first?.isNumber == true, isHouseNumber(tokens[cursor].text),
              !(tokens[cursor].text.count == 4 && tokens[cursor].text.allSatisfy(\.isNumber)),
              // "from [address] 2 get 2": "2" and "4" alone are text-speak for "to" and "for".
              cursor > end || !["2", "4"].contains(tokens[cursor].text) else { return nil }
        let after = cursor + 1
        if after < tokens.count, joined(after), tokens[after].kind == .word,
           Self.countNouns.contains(tokens[after].lower) || Self.measures.contains(tokens[after].lower) { return nil }
        // "my sw works 8 till 5": hours from one time to another, not a house's number.
        if after + 1 < tokens.count, tokens[after].kind == .word, ["till", "til", "until", "to", "2"].contains(tokens[after].lower),
           tokens[after + 1].kind == .number { return nil }
        return after
    }
}
