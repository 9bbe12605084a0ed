/// The parts an address is made of after its start: the next part joined by a comma, a line break or a space
/// (a flat, a house number, a street, a town before a postcode, a house name between commas), and a street
/// of one to three own words and its type.
extension AddressFinder {
    /// The end of the address part that starts at `index`, joined to what came before by a comma, a line break
    /// or (for a part with a street or building word) a space.
    func part(at index: Int, after: Bool) -> Int? {
        guard index < tokens.count else { return nil }
        let gap = tokens[index].gap
        guard gap == .comma || gap == .newline || gap == .space else { return nil }
        if tokens[index].kind == .placeholder { return nil }
        if let end = unit(at: index), end.hasNumber { return end.end }
        if let end = house(at: index, chained: true) { return end }
        if gap != .space, isWord(index, in: AddressWords.numberMarkers), isNumber(index + 1), joined(index + 1),
           isHouseNumber(tokens[index + 1].text) {
            return index + 2  // "hatfield block, no. 37"
        }
        // "room 4 the gateway foyer", "flat 2, the laurels": a named house after a part; "12 hope street the flat
        // above the chippy": a home placed by what it stands above.
        if after, tokens[index].lower == "the", let end = placedHome(at: index) ?? namedHome(at: index, afterPart: true) { return end }
        // "[address], kv. 30", "str Trandafirilor nr 89 bl D5 ap 60": another country's parts after the street.
        if let end = foreignChain(at: index, continuing: true) { return end }
        if let end = foreignStreet(at: index) ?? (gap == .space ? nil : welshStreet(at: index, afterNumber: true)) { return end }
        if let end = street(at: index, own: .notFunction, buildings: true) ?? (gap == .space ? nil : openedStreet(at: index)) { return end }
        // "Reed Vista, New Barbara, DN31 1HU": a town of up to three words between a street and a postcode.
        if gap != .space {
            var end = index
            while end < tokens.count, end - index < 3, tokens[end].kind == .word, end == index || joined(end),
                  !NameCues.functionWords.contains(tokens[end].lower) || tokens[end].lower == "new" {
                end += 1
                if followedByPostcode(end) { return end }
            }
        }
        // "flat 3, the old bakery, church street": a house name of up to three words between commas, then a
        // street or a house.
        if gap == .comma || gap == .newline, after {
            var end = index
            // "the old police station": three words after "the".
            let longest = tokens[index].lower == "the" ? 4 : 3
            while end < tokens.count, end - index < longest, tokens[end].kind == .word, end == index || joined(end),
                  isOwnWord(end, own: .any) || (end == index && tokens[end].lower == "the") {
                end += 1
            }
            if end > index, end < tokens.count, tokens[end].gap == .comma || tokens[end].gap == .newline,
               let next = part(at: end, after: false) {
                return next
            }
        }
        // "23A, the Crescent", "apartment 4c, the maltings": a house or street called "the ...".
        if gap != .space, tokens[index].lower == "the", index + 1 < tokens.count, joined(index + 1), tokens[index + 1].kind == .word,
           tokens[index + 1].text.first?.isUppercase == true || StreetTypes.all.contains(tokens[index + 1].lower)
            || AddressWords.buildings.contains(tokens[index + 1].lower) || isOwnWord(index + 1, own: .distinctive)
            || isOwnWord(index + 1, own: .notFunction) && partEnds(at: index + 2) {
            return index + 2
        }
        // "rm 9 at Kingfisher Lodge": a building after "at".
        let building = index + 1 < tokens.count && tokens[index + 1].lower == "the" ? index + 2 : index + 1  // "at the bridge project"
        if tokens[index].lower == "at", gap == .space, let end = street(at: building, own: .notFunction, buildings: true),
           tokens[end - 1].kind == .word, AddressWords.buildings.contains(tokens[end - 1].lower) {
            return end
        }
        // "plot 6 on the meadows development", "bedroom 32 in clarendon house hostel": a site or building of up to
        // three words of its own after "on", "in", "at" or "off".
        if gap == .space, isWord(index, in: ["at", "on", "in", "off"]) {
            var cursor = building
            while cursor < tokens.count, cursor - building < 4, joined(cursor), tokens[cursor].kind == .word {
                if cursor > building, Self.siteWords.contains(tokens[cursor].lower) || AddressWords.buildings.contains(tokens[cursor].lower)
                    || ["accommodation", "housing", "lodgings"].contains(tokens[cursor].lower) {
                    return cursor + 1
                }
                guard isOwnWord(cursor, own: .notFunction) else { break }
                cursor += 1
            }
        }
        return nil
    }

    /// A street or building name starting at `index`: one to three of its own words, then its type (the last
    /// type within four words: "Mill Road", "Church Hill Road"), with an abbreviation's dot.
    func street(at index: Int, own: Own, buildings: Bool, requireUnmistakable: Bool = false, titles: Bool = true) -> Int? {
        var end: Int?
        var cursor = index
        while cursor < tokens.count, cursor - index < 4, tokens[cursor].kind == .word, cursor == index || joined(cursor) {
            let lower = tokens[cursor].lower
            let isType = requireUnmistakable ? StreetTypes.unmistakable.contains(lower)
                : StreetTypes.isStreetType(lower) || (buildings && AddressWords.buildings.contains(lower))
                    || own != .distinctive && cursor > index && StreetTypes.isMisspelt(lower)
            if isType, cursor > index, !titles || !isTitle(cursor) { end = cursor + 1 }
            // "Prince of Wales Yard", "Duke of York Court": "of" between a street's own words.
            let joinsOwn = lower == "of" && cursor > index && isOwnWord(cursor + 1, own: .notFunction) && joined(cursor + 1)
            guard joinsOwn || isOwnWord(cursor, own: cursor == index ? own : (own == .distinctive ? .notGeneric : own)) || (isType && cursor > index) else { break }
            cursor += 1
        }
        guard let found = end else { return nil }
        if own == .distinctive, !(index..<(found - 1)).contains(where: { isOwnWord($0, own: .distinctive) }) { return nil }
        return found
    }

    /// "St Patricks", "Dr Khan": "st" and "dr" before a capitalised word are a saint and a doctor.
    func isTitle(_ index: Int) -> Bool {
        let lower = tokens[index].lower
        guard lower == "st" || lower == "dr", index + 1 < tokens.count, joined(index + 1), tokens[index + 1].kind == .word else { return false }
        return tokens[index + 1].isCapitalised && !AddressWords.stops.contains(tokens[index + 1].lower)
    }
}
