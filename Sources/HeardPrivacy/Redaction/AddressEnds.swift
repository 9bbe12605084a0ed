/// What ends an address already found: its town or district ("[address] Grimsby", "[address], Halifax",
/// "[address] hemsworth luton,[postcode]", "[address],Cleckheaton,Wolverhampton has mould") and a home placed
/// by what it stands above ("[address] the flat above the chippy, Ilford"). A town is one or two words that
/// are places everyone knows or words no everyday list holds, and it must end the address: the comment's end,
/// punctuation, a postcode, or a word that goes back to the comment ("now", "has", "is", "but"). So
/// "[address] Grimsby now" loses its town, "[address] Tom said" keeps "Tom" for the name finder, and
/// "[address] mould everywhere" keeps its words.
extension AddressFinder {
    /// The end of what closes an address at `index`: a placed home, then a town; or a town alone.
    func ending(at index: Int) -> Int? {
        guard let home = placedHome(at: index) else { return town(at: index) }
        return town(at: home) ?? home
    }

    /// "the flat above the chippy", "the room over the shop", "the flat behind the church": a home, where it
    /// stands, and what it stands by (one or two words), ending where an address can end.
    func placedHome(at index: Int) -> Int? {
        guard isWord(index, in: ["the"]), [.space, .comma].contains(tokens[index].gap), isWord(index + 1, in: Self.homeWords),
              joined(index + 1), isWord(index + 2, in: Self.placers), joined(index + 2) else { return nil }
        var cursor = index + 3
        if isWord(cursor, in: ["to"]), tokens[index + 2].lower == "next", joined(cursor) { cursor += 1 }
        if isWord(cursor, in: ["the", "a"]), joined(cursor) { cursor += 1 }
        let first = cursor
        while cursor < tokens.count, cursor - first < 2, joined(cursor), isOwnWord(cursor, own: .notFunction) { cursor += 1 }
        while cursor > first {
            if endsAddress(at: cursor) { return cursor }
            cursor -= 1
        }
        return nil
    }

    func town(at index: Int) -> Int? {
        var end = index
        var towns = 0
        while towns < 3, let next = townWords(at: end) {
            end = next
            towns += 1
            // "[address],Cleckheaton,Wolverhampton": a second town after a comma.
            guard end < tokens.count, tokens[end].gap == .comma || tokens[end].gap == .newline else { break }
        }
        return towns > 0 ? end : nil
    }

    /// One town of one or two words starting at `index`, joined to what is before by a space, a comma or a
    /// line break, and ending where the address can end.
    private func townWords(at index: Int) -> Int? {
        // "[address] / ሰላም": a slash starts something else.
        guard index < tokens.count, [.space, .comma, .newline].contains(tokens[index].gap), !separator(before: index).contains("/") else { return nil }
        var end = index
        while end < tokens.count, end - index < 2, end == index || joined(end), isTownWord(end) { end += 1 }
        while end > index {
            if endsAddress(at: end) { return end }
            end -= 1
        }
        return nil
    }

    private func isTownWord(_ index: Int) -> Bool {
        guard tokens[index].kind == .word, !AddressWords.stops.contains(tokens[index].lower),
              !NameCues.functionWords.contains(tokens[index].lower) else { return false }
        let key = NameKey.key(tokens[index].lower)
        guard key.count >= 2, !Self.afterTown.contains(key) else { return false }
        // A place everyone knows ("Barking", "hull"), or a word no everyday list holds ("Thurnscoe", "ossett"):
        // not a capitalised everyday word ("[address] Mum!").
        return Gazetteer.places.contains(single: key) || isOwnWord(index, own: .distinctive) && !Gazetteer.isEverydayWord(key)
    }

    /// Whether an address may end before `index`: the comment's end, punctuation or a line break, a
    /// placeholder, or a word that is the comment's again.
    func endsAddress(at index: Int) -> Bool {
        guard index < tokens.count else { return true }
        if tokens[index].gap != .space || tokens[index].kind == .placeholder { return true }
        return tokens[index].kind == .word && (AddressWords.stops.contains(tokens[index].lower) || Self.afterTown.contains(tokens[index].lower))
    }

    /// Words that go back to the comment after a town: "[address] Doncaster has mould", "[address] ossett innit".
    static let afterTown: Set<String> = ["has", "had", "innit", "tho", "though", "pls", "please", "plz", "lol", "tbh", "fr", "thats", "which", "thanks", "thx", "ta", "cheers",
                                          "ffs", "idk", "ngl", "btw", "anyway", "smh", "tbf", "omg"]
}
