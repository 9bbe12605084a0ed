/// The parts of an address on either side of one already found: what follows an `[address]` ("[address],
/// wren road", "[address] Project", "[address] the foyer") and what stands before a part (a building or house
/// name, a tenement flat's "3F3", a unit word, "the old").
extension AddressFinder {
    /// An `[address]` with an address part right after it.
    func continuation(at index: Int) -> Range<Int>? {
        guard tokens[index].kind == .placeholder, tokens[index].lower == Placeholder.address.rawValue else { return nil }
        if let end = part(at: index + 1, after: true) { return index..<end }
        // "[address] Project", "[address] villas": the last word of a building's or street's name.
        let next = index + 1
        guard next < tokens.count, tokens[next].gap == .space, tokens[next].kind == .word,
              AddressWords.buildings.contains(tokens[next].lower) || StreetTypes.unmistakable.contains(tokens[next].lower)
                || tokens[next].lower == "the"
        else { return nil }
        if tokens[next].lower == "the" && !(isWord(next + 1, in: AddressWords.buildings) && joined(next + 1)) { return nil }
        // "[address] the foyer": a building called "the ...".
        if tokens[next].lower == "the", isWord(next + 1, in: AddressWords.buildings), joined(next + 1) { return index..<(next + 2) }
        return index..<(next + 1)
    }

    /// The start of a building or house name just before the address part at `start`: "Riverside Tower, Room
    /// 15", "Hargreave Mill,apartment 1F2", "hillside, balmoral bank", "the coach house cavendish wynd".
    /// A school's name goes on after the words found: "Speke [and District Grammar School]", "Chellaston
    /// Institute [of Technology]", "Kirkby Centre [for Learning]": the school finder's, not an address.
    func schoolFollows(_ end: Int) -> Bool {
        guard end < tokens.count, tokens[end].kind == .word, tokens[end].gap == .space else { return false }
        let lower = tokens[end].lower
        if ["academy", "college", "school", "primary", "grammar", "pru", "infants", "juniors"].contains(lower) { return true }
        guard ["and", "of", "for"].contains(lower), end + 1 < tokens.count, tokens[end + 1].gap == .space else { return false }
        return ["district", "technology", "learning", "art", "further", "education", "science", "excellence"].contains(tokens[end + 1].lower)
    }

    func partBefore(_ start: Int) -> Int? {
        guard start > 0 else { return nil }
        let gap = tokens[start].gap
        guard gap == .comma || gap == .space || gap == .newline else { return nil }
        let last = start - 1
        // "3F3, 231 Carntyne Road", "47d, [address]": a flat's place in a tenement or a house number with its
        // letter, before the rest of the address.
        if tokens[last].kind == .number, Self.isFlatCode(tokens[last].text) { return last }
        // "bedroom [address]", "upstairs [address]": a home in a building before the rest.
        if gap == .space, tokens[start].kind == .placeholder, isWord(last, in: AddressWords.units) || isWord(last, in: AddressWords.pitches) || isWord(last, in: AddressWords.floors) && isWord(start, in: AddressWords.units)
            || isWord(last, in: ["upstairs", "downstairs"]) {
            return last
        }
        // "The Old Vicarage", "the old [address]".
        if gap == .space, tokens[last].lower == "old", last > 0, joined(last), tokens[last - 1].lower == "the" { return last - 1 }
        // A building: words ending in a building word ("ravensworth Block no. 21", "bramble barn thornbury road").
        if tokens[last].kind == .word, AddressWords.buildings.contains(tokens[last].lower) || StreetTypes.isStreetType(tokens[last].lower) {
            var first = last
            while first > 0, last - first < 3, joined(first), tokens[first - 1].kind == .word, isOwnWord(first - 1, own: .notGeneric) {
                first -= 1
            }
            if first < last {
                if first > 0, joined(first), tokens[first - 1].lower == "the" { return first - 1 }
                return first
            }
        }
        // A house name before a comma: "The Willows , market gardens", "Sunnyside , Tyne Gr", "fernlea, chapel pl".
        guard gap == .comma || gap == .newline else { return nil }
        var first = last
        guard tokens[last].kind == .word, isOwnWord(last, own: .notFunction) else { return nil }
        if first > 0, joined(first), tokens[first - 1].kind == .word, isOwnWord(first - 1, own: .notFunction) {
            first -= 1
        }
        if first > 0, joined(first), tokens[first - 1].lower == "the" { first -= 1 }
        // One everyday word alone before the comma is part of the sentence ("[address] near mum, 12 ...").
        if first == last, tokens[last].lower != "the", !isOwnWord(last, own: .distinctive) && !(first > 0 && tokens[first - 1].lower == "the") {
            return nil
        }
        return first
    }
}
