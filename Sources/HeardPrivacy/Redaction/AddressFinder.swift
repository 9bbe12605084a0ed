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

    init(_ text: String) {
        tokens = AddressTokens(text).items
        ownness = tokens.map(AddressOwnReadings.init)
    }

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

    // MARK: Anchors

    private func anchor(at index: Int) -> Range<Int>? {
        if let end = unit(at: index) {
            // "ground floor flat" or "no. 150" with nothing after them is not an address on its own.
            if end.hasNumber || part(at: end.end, after: true) != nil { return index..<end.end }
            return nil
        }
        if let end = house(at: index) ?? numberedName(at: index) { return index..<end }
        if let end = foreignStreet(at: index) { return index..<end }
        if let end = namedStreet(at: index) { return index..<end }
        if let end = formerUse(at: index) ?? namedHouse(at: index) ?? numberedByDate(at: index) {
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
    private func houseName(at index: Int) -> Int? {
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
    private func numberAfterMarker(_ index: Int) -> Int? {
        guard isWord(index, in: AddressWords.numberMarkers), joined(index), isNumber(index + 1), joined(index + 1) else { return nil }
        return index + 2
    }

    /// "Flat 52", "rm no 22", "Flat no. B12", "ground floor flat", "top flat", "apartment 1F2", "no. 150".
    private func unit(at index: Int) -> (end: Int, hasNumber: Bool)? {
        var cursor = index
        var floor = false
        if cursor < tokens.count, tokens[cursor].kind != .placeholder, AddressWords.floors.contains(tokens[cursor].lower) {
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
        let marker = isWord(cursor, in: AddressWords.numberMarkers)
        let pitch = !floor && isWord(cursor, in: AddressWords.pitches)
        guard isWord(cursor, in: AddressWords.units) || marker || pitch else { return nil }
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
        let clear = chained || cursor > index || tokens[cursor].text.contains(where: { !$0.isNumber }) || precededByCue(index)
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

    /// "Reed Vista", "on Tyne Gr", "East End", "field place [postcode]": a street with no number.
    private func namedStreet(at index: Int) -> Int? {
        guard tokens[index].kind == .word, tokens[index].gap != .none else { return nil }
        let cued = precededByCue(index)
        guard let end = street(at: index, own: .distinctive, buildings: false) ?? (cued ? street(at: index, own: .notGeneric, buildings: false) : nil)
        else { return nil }
        // An everyday street type ("park", "hill") needs a cue before it or a postcode after it.
        let type = tokens[end - 1].lower
        if !StreetTypes.unmistakable.contains(type) && !followedByPostcode(end) && !(cued && StreetTypes.townStreet.contains(type)) {
            return nil
        }
        if isPlace(index, end) { return nil }
        // "harrowgate hill community college", "castle view middle school": a school's name, not a street.
        if end < tokens.count, joined(end), tokens[end].kind == .word, SchoolRedaction.isSchoolWord(tokens[end].lower) { return nil }
        return end
    }

    /// "ul. Długa 12", "Heol y Felin", "Via Roma 3", "Hauptstraße 5", "Atatürk Caddesi No: 15".
    private func foreignStreet(at index: Int) -> Int? {
        guard tokens[index].kind == .word else { return nil }
        let lower = tokens[index].lower
        if let end = welshStreet(at: index, afterNumber: index > 0 && isNumber(index - 1) && joined(index)) { return end }
        if AddressWords.prefixes.contains(lower) {
            guard lower.count >= 3 || tokens[index].text.hasSuffix(".") || tokens[index].isCapitalised else { return nil }
            var end = index + 1
            // The street's own name, then words of its own or small joining words ("Lon y Waun", "rue de la
            // Paix"), never the sentence going on ("Cae Goch and it had mould", "Llys Ddu through the council").
            while end < tokens.count, end - index <= 4, joined(end), tokens[end].kind == .word {
                let word = tokens[end].lower
                let afterJoining = end > index + 1 && AddressWords.joiningWords.contains(tokens[end - 1].lower)
                let own = !AddressWords.stops.contains(word) && (end == index + 1 || afterJoining || isOwnWord(end, own: .distinctive))
                let joining = end > index + 1 && AddressWords.joiningWords.contains(word) && end + 1 < tokens.count
                    && tokens[end + 1].kind == .word && joined(end + 1)
                guard own || joining else { break }
                end += 1
            }
            guard end > index + 1 else { return nil }
            if isNumber(end), joined(end) { end += 1 }
            return end
        }
        if tokens[index].isCapitalised || tokens[index].kind == .word, AddressWords.hasForeignSuffix(lower) {
            var end = index + 1
            if isWord(end, in: ["no", "nr"]), isNumber(end + 1) { end += 1 }
            if isNumber(end), joined(end) { return end + 1 }
            return precededByCue(index) ? end : nil
        }
        if index + 1 < tokens.count, joined(index + 1), AddressWords.afterName.contains(tokens[index + 1].lower),
           tokens[index].isCapitalised || !Gazetteer.isEverydayWord(NameKey.key(lower)) {
            var end = index + 2
            if isWord(end, in: ["no", "nr"]), isNumber(end + 1) { end += 1 }
            if isNumber(end), joined(end) { end += 1 }
            return end
        }
        return nil
    }

    // MARK: Parts that continue an address

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
        return nil
    }

    // MARK: Streets

    enum Own { case any, notFunction, notGeneric, distinctive }

    /// A street or building name starting at `index`: one to three of its own words, then its type (the last
    /// type within four words: "Mill Road", "Church Hill Road"), with an abbreviation's dot.
    func street(at index: Int, own: Own, buildings: Bool, requireUnmistakable: Bool = false, titles: Bool = true) -> Int? {
        var end: Int?
        var cursor = index
        while cursor < tokens.count, cursor - index < 4, tokens[cursor].kind == .word, cursor == index || joined(cursor) {
            let lower = tokens[cursor].lower
            let isType = requireUnmistakable ? StreetTypes.unmistakable.contains(lower)
                : StreetTypes.isStreetType(lower) || (buildings && AddressWords.buildings.contains(lower))
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
    private func isTitle(_ index: Int) -> Bool {
        let lower = tokens[index].lower
        guard lower == "st" || lower == "dr", index + 1 < tokens.count, joined(index + 1), tokens[index + 1].kind == .word else { return false }
        return tokens[index + 1].isCapitalised && !AddressWords.stops.contains(tokens[index + 1].lower)
    }

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

    func isNumber(_ index: Int) -> Bool { index >= 0 && index < tokens.count && tokens[index].kind == .number || index >= 0 && index < tokens.count && tokens[index].kind == .code }

    /// Joined to the token before by spaces only (a house number and its street, a street's words).
    func joined(_ index: Int) -> Bool { index < tokens.count && tokens[index].gap == .space }

    /// "12", "176b", "36-40", "4A": one to four digits, a letter, or a range.
    func isHouseNumber(_ text: Substring) -> Bool {
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
        return Self.streetCues.contains(tokens[index - 1].lower)
            && !(tokens[index - 1].lower == "is" && !(index > 1 && AddressWords.homeBeforeIs.contains(tokens[index - 2].lower)))
    }

    static let streetCues: Set<String> = ["at", "on", "to", "2", "into", "in2", "from", "frm", "off", "near", "onto", "of",
                                                  "address", "addy", "adress", "addres", "is"]

    /// "thorpe park", "alton towers": a place everyone knows.
    func isPlace(_ start: Int, _ end: Int) -> Bool {
        let keys = tokens[start..<end].map { NameKey.key($0.lower) }
        return Gazetteer.places.match(keys, at: 0) == keys.count
    }

    /// "went 2 thorpe park", "back 4 tea": "2" and "4" as text-speak for "to" and "for".
    private func isTextSpeak(_ index: Int, streetStart: Int, end: Int) -> Bool {
        if isPlace(streetStart, end) { return true }
        let number = tokens[index].text
        guard number == "2" || number == "4" else { return false }
        let before = index > 0 ? tokens[index - 1].lower : ""
        return !["at", "number", "no", "flat", "is", "was", "live", "lives", "address"].contains(before)
    }
}
