/// A home in a building ("Flat 52", "rm no 22", "ground floor flat") and a house number with its street
/// ("12 Mill Road", "58 a granby loan", "9 the crescent").
extension AddressFinder {
    /// "Flat 52", "rm no 22", "Flat no. B12", "ground floor flat", "top flat", "apartment 1F2", "no. 150".
    func unit(at index: Int) -> (end: Int, hasNumber: Bool)? {
        var cursor = index
        var floor = false
        if cursor < tokens.count, tokens[cursor].kind != .placeholder, has(cursor, .floors) {
            if isWord(cursor + 1, in: AddressWords.floorNouns), isWord(cursor + 2, in: AddressWords.units) {
                cursor += 2
                floor = true
            } else if isWord(cursor + 1, in: AddressWords.units) {
                cursor += 1
                floor = true
            } else {
                return nil
            }
        }
        // "bed sit 8": a bedsit written as two words.
        if !floor, isWord(cursor, in: ["bed"]), isWord(cursor + 1, in: ["sit"]), joined(cursor + 1) { cursor += 1 }
        let bedsit = cursor > index && !floor
        let marker = isWord(cursor, in: AddressWords.numberMarkers)
        let pitch = !floor && isWord(cursor, in: AddressWords.pitches)
        guard isWord(cursor, in: AddressWords.units) || marker || pitch || bedsit else { return nil }
        if pitch { return pitchUnit(at: cursor) }
        var next = cursor + 1
        // "the flat above 204 Pinfold Avenue": a home placed by the address after it.
        if !marker, isWord(next, in: ["above", "below", "over", "under", "behind"]), joined(next) { return (next + 1, false) }
        if !marker, isWord(next, in: AddressWords.numberMarkers), joined(next) { next += 1 }
        if marker {
            // "no. 150, 152 Ladybarn Garth", "number 24, ...": a house number only when an address part follows.
            guard isNumber(next), joined(next), isHouseNumber(tokens[next].text), part(at: next + 1, after: true) != nil else { return nil }
            return (next + 1, true)
        }
        if next < tokens.count, joined(next), tokens[next].kind == .number || tokens[next].kind == .code
            || (tokens[next].kind == .word && tokens[next].text.count == 1 && tokens[next].text.first!.isUppercase && isNumber(next + 1)) {
            var end = next + 1
            if tokens[next].kind == .word { end += 1 }  // "Flat B 12"
            if isWord(end, in: AddressWords.floorNouns), joined(end) { end += 1 }  // "Flat 1st floor"
            // "flat 17 above the chippy": where the flat is.
            if isWord(end, in: ["above", "over", "below", "behind", "under"]), joined(end), isWord(end + 1, in: ["the"]),
               joined(end + 1), isOwnWord(end + 2, own: .notFunction), joined(end + 2) {
                end += 3
            }
            // "room 4 at Fresh Steps, 41 Garnet Heights": a project's name between a room and its street.
            if let house = projectThenHouse(at: end) { end = house }
            return (end, true)
        }
        if floor { return (cursor + 1, false) }
        return nil
    }

    /// A house number ("12", "176b", "36-40", "58 a", "no. 105") and a street or building of up to four words.
    func house(at index: Int, chained: Bool = false) -> Int? {
        var cursor = index
        if isWord(cursor, in: AddressWords.numberMarkers), isNumber(cursor + 1), joined(cursor + 1) { cursor += 1 }
        guard isNumber(cursor), isHouseNumber(tokens[cursor].text) else { return nil }
        var first = cursor + 1
        // "58 a granby loan", "157 A Calder view": a house letter written apart.
        if first < tokens.count, tokens[first].kind == .word, tokens[first].text.count == 1, joined(first),
           tokens[first].lower != "i", first + 1 < tokens.count, tokens[first + 1].kind == .word, joined(first + 1) {
            first += 1
        }
        // "12 Mill Road", "173, vicarage rd": a space or a comma between the number and its street.
        guard first < tokens.count, tokens[first].gap == .space || tokens[first].gap == .comma else { return nil }
        // A number in words says no more than digits do ("sixty two"); "176b" or "36-40" says a house.
        let spelled = AddressTokens.isSpelledNumber(tokens[cursor].text)
        let clear = chained || cursor > index || !spelled && tokens[cursor].text.contains(where: { !$0.isNumber }) || precededByCue(index)
        // "a 40 minute walk", "a forty mile drive": a distance or a time, not a house.
        if tokens[first].kind == .word, !tokens[first].isCapitalised, Self.measures.contains(tokens[first].lower) { return nil }
        if let end = foreignStreet(at: first) { return end }  // "165a stryd fawr", "29-33 heol y felin"
        // "9 the crescent", "14 the parade": a house number, then "the" and a street type alone.
        if tokens[first].lower == "the", tokens[cursor].text != "2", tokens[cursor].text != "4", first + 1 < tokens.count,
           joined(first + 1), isWord(first + 1, in: StreetTypes.unmistakable) {
            return first + 2
        }
        guard let end = street(at: first, own: clear ? .any : .notGeneric, buildings: true, titles: false) else {
            return clear ? nil : openedStreet(at: first, number: cursor)  // "201 Old Walk", "88 new garth [postcode]"
        }
        if !clear && isTextSpeak(index, streetStart: first, end: end) { return nil }
        return end
    }

    /// Words that measure after a number: "a 40 minute walk", "a ten mile drive".
    static let measures: Set<String> = [
        "minute", "minutes", "min", "mins", "mile", "miles", "hour", "hours", "hr", "hrs", "second", "seconds", "metre",
        "metres", "meter", "meters", "yard", "yards", "mph", "km", "day", "days", "week", "weeks",
    ]

    /// "went 2 thorpe park", "back 4 tea": "2" and "4" as text-speak for "to" and "for".
    func isTextSpeak(_ index: Int, streetStart: Int, end: Int) -> Bool {
        if isPlace(streetStart, end) { return true }
        let number = tokens[index].text
        guard number == "2" || number == "4" else { return false }
        let before = index > 0 ? tokens[index - 1].lower : ""
        return !["at", "number", "no", "flat", "is", "was", "live", "lives", "address"].contains(before)
    }
}
