/// Going to a school named without a type, with the town it is in: "i go to the Bridge in sunderland", "she
/// goes to Tenisons in Grimsby". The town alone says little ("we go to the zoo in chester"), so the name must
/// be written as one (a capital not opening a sentence) or be a word no list holds, and neither a kind of place
/// ("the gym", "the park") nor a place everyone knows (shops, cinemas, towns).
extension SchoolFrames {
    /// Whether someone goes to the word at `index`: a word of going, then "to" (or "2"), maybe "back", maybe "the".
    static func goesToThe(_ items: [Words.Word], _ index: Int) -> Bool {
        var cursor = index - 1
        if cursor >= 0, items[cursor].lower == "the", items[cursor].onlySpacesBefore { cursor -= 1 }
        guard cursor >= 1, ["to", "2"].contains(items[cursor].lower) else { return false }
        cursor -= 1
        if cursor >= 1, items[cursor].lower == "back" { cursor -= 1 }
        return items[cursor].classes.contains(.motion)
    }

    /// A school's own word: capitalised where a capital means something, or a word no list holds, and no kind
    /// of place.
    static func isWrittenName(_ word: Words.Word, shouting: Bool) -> Bool {
        // A place everyone knows is no school's own word ("go to Tesco in Grimsby", "the Odeon in Hull").
        guard !placeNouns.contains(word.lower), !word.classes.contains(.placeNoun), !word.classes.contains(.function),
              !word.lists.contains(.place) else { return false }
        return word.isCapitalised && !word.startsSentence && !shouting || isUnknown(word)
    }
}
