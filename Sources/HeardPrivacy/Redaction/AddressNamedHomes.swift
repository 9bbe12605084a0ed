/// Houses known by a name and no number (`AddressHouseWords`), in any case: a name before a dwelling's word
/// ("honeysuckle cottage", "STONECROFT BUNGALOW", "kingfisher lodge has a garden"), a name before a building's
/// word where someone is placed ("at bridge house", "moved to cedar house", "is in heron court"), and "the" with
/// a house's word where someone is placed or a clause begins ("moved to the laurels", "at the nook", "the rowans
/// is where i stay"). Never an ordinary dwelling ("a big house", "crown court", "the town hall"), a place
/// everyone knows ("blackpool tower") or a word that is no name ("rented cottage", "living lodge").
extension AddressFinder {
    private var houseWords: AddressHouseWords { AddressHouseWords.shipped }

    func namedHome(at index: Int, afterPart: Bool = false) -> Int? {
        guard let end = home(at: index, afterPart: afterPart) else { return nil }
        // "at kingsmead centre for learning", "beechwood utc", "bridge house school": a school's name goes on.
        if end < tokens.count, tokens[end].kind == .word,
           SchoolRedaction.types.contains(tokens[end].lower) || SchoolRedaction.kinds.contains(tokens[end].lower) { return nil }
        return end
    }

    private func home(at index: Int, afterPart: Bool) -> Int? {
        guard tokens[index].kind == .word, tokens[index].gap != .none, mayBeHome(index) else { return nil }
        let placed = afterPart || placedBefore(index)
        if tokens[index].lower == "the" {
            let next = index + 1
            guard next < tokens.count, joined(next), tokens[next].kind == .word, placed || opensClause(index) else { return nil }
            // "the laurels", "the nook", "the haven lodge".
            if houseWords.has(tokens[next].lower, .named) {
                if next + 1 < tokens.count, joined(next + 1), isDwelling(next + 1) { return next + 2 }
                return next + 1
            }
            // "the coach house", "the gateway foyer": a building's name after "the" only where someone is placed.
            guard placed, let end = nameThenDwelling(from: next, placed: true) else { return nil }
            return end
        }
        if let end = nameThenDwelling(from: index, placed: placed) { return end }
        // "cedar house has a garden", "cedar house - i have been there since": a building's name opening a clause.
        if opensClause(index), let end = nameThenDwelling(from: index, placed: true), end < tokens.count,
           ["is", "has", "was", "had", "have"].contains(tokens[end].lower) || separator(before: end).contains("-") {
            return end
        }
        // "moved to redroofs", "not greystones", "at fairview": one word of its own where someone is placed.
        if placed, !afterPart, index > 0, has(index - 1, .placingOneWord), tokens[index].lower.utf8.count >= 6,
           isOwnWord(index, own: .distinctive), !tokens[index].isCapitalised, !Misspelling.isNearEverydayWord(NameKey.key(tokens[index].lower)),
           // "live semi-independently": a word made of words, or an adverb, is no house's name.
           !Self.unnamed(tokens[index].lower), !tokens[index].lower.contains("-"),
           !SchoolRedaction.startingWords.contains(NameKey.key(tokens[index].lower)),
           !isPlace(index, index + 1), !Gazetteer.isName(NameKey.key(tokens[index].lower)), !HandleCues.platforms.contains(tokens[index].lower),
           // The name ends there: "at lindale vale community college" is no house called "lindale".
           index + 1 >= tokens.count || tokens[index + 1].gap != .space || tokens[index + 1].kind != .word
            || AddressWords.stops.contains(tokens[index + 1].lower) || NameCues.functionWords.contains(tokens[index + 1].lower) {
            return index + 1
        }
        return nil
    }

    /// One to three words of a name, then a dwelling's word (a building's word only where someone is placed);
    /// the longest such name ("low fold farm cottage").
    private func nameThenDwelling(from start: Int, placed: Bool) -> Int? {
        let first = tokens[start].lower
        // "someone's house", "nan's cottage": a possessive is whose home it is, not its name.
        guard !houseWords.has(first, .ordinary), !Self.unnamed(first), !first.contains("'"), !first.contains("’") else { return nil }
        var end: Int?
        var cursor = start
        while cursor < tokens.count, cursor - start < 4, tokens[cursor].kind == .word, cursor == start || joined(cursor) {
            let lower = tokens[cursor].lower
            if cursor > start, houseWords.has(lower, .home) || placed && houseWords.has(lower, .building) {
                end = cursor + 1
            }
            guard !AddressWords.stops.contains(lower), isOwnWord(cursor, own: .notFunction), !HandleCues.platforms.contains(lower)
            else { break }
            cursor += 1
        }
        // "went to Kayden house": a friend's house, said without the "'s".
        if let found = end, tokens[found - 1].lower == "house", (start..<(found - 1)).contains(where: { Gazetteer.isName(NameKey.key(tokens[$0].lower)) }) {
            return nil
        }
        // Not a place everyone knows ("blackpool tower", "york hall").
        guard let found = end, !isPlace(start, found),
              !(isPlace(start, found - 1) && ["tower", "hall", "court", "view"].contains(tokens[found - 1].lower)) else { return nil }
        // "the coach house" with a frame; "rose cottage" anywhere, but not "rented cottage".
        if !placed, (start..<(found - 1)).contains(where: { Self.unnamed(tokens[$0].lower) }) { return nil }
        return found
    }

    /// Whether any reading of `home` can start at `index` (most tokens: none): a dwelling's or building's word in
    /// the next four words, "the" before a house's name, or a word that places someone just before a one-word name.
    private func mayBeHome(_ index: Int) -> Bool {
        if index > 0, has(index - 1, .placingOneWord) { return true }
        let last = min(index + 4, tokens.count - 1)
        guard index < last else { return false }
        if tokens[index].lower == "the", houseWords.has(tokens[index + 1].lower, .named) { return true }
        return (index + 1...last).contains(where: isDwelling)
    }

    private func isDwelling(_ index: Int) -> Bool { isDwellingWord(index) }

    /// A word that places someone just before: "at", "to", "moved to", "is in", "called", "not", "live".
    private func placedBefore(_ index: Int) -> Bool {
        guard index > 0, tokens[index].gap == .space, tokens[index - 1].kind == .word || tokens[index - 1].text == "2" else { return false }
        return Self.placing.contains(tokens[index - 1].lower)
    }

    /// The start of the comment, a line or a clause ("the rowans is where i stay", "... - the haven").
    private func opensClause(_ index: Int) -> Bool {
        if index == 0 || tokens[index].gap == .newline { return true }
        guard index > 0 else { return true }
        return separator(before: index).contains { ".!?-:;…(".contains($0) }
    }

    /// Words that are no house's name: verbs and adverbs by their endings ("rented", "staying", "really").
    private static func unnamed(_ lower: String) -> Bool {
        lower.count > 4 && (lower.hasSuffix("ed") || lower.hasSuffix("ing") || lower.hasSuffix("ly"))
    }

    /// Words before a house's one-word name ("moved to redroofs", "not greystones"): not "is" or "was", which
    /// come before a mistyped everyday word as often ("it was brillant").
    static let placingOneWord: Set<String> = ["to", "2", "into", "at", "not", "called", "live", "lives", "named"]

    static let placing: Set<String> = [
        "at", "to", "2", "from", "frm", "in", "into", "not", "called", "live", "lives", "lived", "living", "stay",
        "stays", "stayed", "staying", "is", "was", "address", "named", "find", "like", "love", "hate", "miss", "near",
        "visit", "visited", "left", "leave", "hostel", "placement",
    ]
}
