/// Addresses that start without a house number: a house named for what it once was ("the old rectory", "the old
/// post office"), a house or building named with capitals and a residential word ("Honeysuckle House", "Pear Tree
/// Barn"), a Welsh street whose first word is also English ("Pen y Bryn", "85 tan dyfed"), and a house number the
/// date reader took for a date ("[date] marlborough ave" from "26/3 marlborough ave").
extension AddressFinder {
    /// "3F3", "2f1", "47d", "29C", "26/3": a tenement flat's floor and door, a number with its letter, a number
    /// and a flat's number; not a plain number ("15, Mill Road" may be an age).
    static func isFlatCode(_ text: Substring) -> Bool {
        let digits = text.prefix { $0.isNumber }
        guard (1...4).contains(digits.count), digits.count < text.count else { return false }
        let rest = text.dropFirst(digits.count)
        if rest.first == "/" { return (1...3).contains(rest.dropFirst().count) && rest.dropFirst().allSatisfy(\.isNumber) }
        guard let letter = rest.first, letter.isLetter else { return false }
        let tail = rest.dropFirst()
        return tail.isEmpty || ((1...2).contains(tail.count) && tail.allSatisfy(\.isNumber))
    }

    /// "Pen y Bryn", "tan yr allt", "85 tan dyfed" (after a house number), "on bron eithin" (after a cue): a
    /// Welsh street or house whose first word is also an English word or a name.
    func welshStreet(at index: Int, afterNumber: Bool) -> Int? {
        guard tokens[index].kind == .word, has(index, .welshOpener),
              joined(index + 1), tokens[index + 1].kind == .word else { return nil }
        var end: Int
        if AddressWords.welshArticles.contains(tokens[index + 1].lower) {
            guard joined(index + 2), tokens[index + 2].kind == .word, !AddressWords.stops.contains(tokens[index + 2].lower) else { return nil }
            end = index + 3
        } else if afterNumber || (precededByCue(index) && isOwnWord(index + 1, own: .distinctive)) {
            guard !AddressWords.stops.contains(tokens[index + 1].lower) else { return nil }
            end = index + 2
        } else {
            return nil
        }
        // "Pen y Bryn Farm", "Ty yr Afon 12".
        if end < tokens.count, joined(end), tokens[end].kind == .word,
           AddressWords.buildings.contains(tokens[end].lower) || StreetTypes.isStreetType(tokens[end].lower) { end += 1 }
        if isNumber(end), joined(end) { end += 1 }
        return end
    }

    /// "the old rectory", "The Old School House", "the old post office": a house named for what it once was.
    func formerUse(at index: Int) -> Int? {
        guard tokens[index].lower == "the", isWord(index + 1, in: ["old"]), joined(index + 1), joined(index + 2),
              tokens.indices.contains(index + 2), tokens[index + 2].kind == .word else { return nil }
        let use = tokens[index + 2].lower
        if AddressWords.formerHouses.contains(use) {
            if isWord(index + 3, in: ["house", "office", "cottage"]), joined(index + 3) { return index + 4 }
            return index + 3
        }
        guard AddressWords.formerUses.contains(use), isWord(index + 3, in: ["house", "office", "cottage"]), joined(index + 3) else { return nil }
        return index + 4
    }

    /// "Honeysuckle House", "Pear Tree Barn", "Stable Cottage": one to three capitalised words, then a word for
    /// a home, in a comment that is not written in capitals; not a place everyone knows.
    func namedHouse(at index: Int) -> Int? {
        guard tokens[index].isCapitalised, tokens[index].kind == .word, tokens[index].gap != .none else { return nil }
        var cursor = index
        while cursor < tokens.count, cursor - index <= 3, cursor == index || joined(cursor), tokens[cursor].kind == .word,
              tokens[cursor].isCapitalised, tokens[cursor].text.contains(where: \.isLowercase) {
            if cursor > index, AddressWords.homes.contains(tokens[cursor].lower) {
                let own = (index..<cursor).allSatisfy { isOwnWord($0, own: .notGeneric) }
                return own && !isPlace(index, cursor + 1) && !isPlace(index, cursor) ? cursor + 1 : nil
            }
            cursor += 1
        }
        return nil
    }

    /// "[date] marlborough ave", "[reference] holloway gate": a tenement number ("26/3", "13/105d") another
    /// reader took for a date or a reference, then a street with its type.
    func numberedByDate(at index: Int) -> Int? {
        guard tokens[index].kind == .placeholder,
              tokens[index].lower == Placeholder.date.rawValue || tokens[index].lower == Placeholder.reference.rawValue, joined(index + 1),
              let end = street(at: index + 1, own: .notGeneric, buildings: false),
              StreetTypes.unmistakable.contains(tokens[end - 1].lower) || StreetTypes.townStreet.contains(tokens[end - 1].lower)
        else { return nil }
        return end
    }
}
