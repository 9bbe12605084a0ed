/// How to get into a home, said right after its address (and its postcode): the block and floor ("[address]
/// [postcode] block c 2nd floor", "[address], lower ground"), the way in ("(rear entrance off the alley)", "back
/// door round the side", "buzzer 4 doesnt work") and the landmark it is known by ("[address] the one near the
/// big tesco"). Each says which door a child is behind, so it goes with the address. A note must open with a word
/// that locates a door or a floor ("block", "basement", "buzzer", "2nd floor", "lower ground", "back door", "the
/// one near"); "[address] back in 2019", "[address] first time i moved" and "[address] the one i liked" keep their
/// words. Without brackets a note ends at a mark or a word that goes back to the comment ("nobody listens").
enum AddressAccessNotes {
    static func join(_ text: String) -> String {
        Placeholder.address.widenEach(in: text) { result, found in
            noteEnd(result, after: found.upperBound).map { found.lowerBound..<$0 }
        }
    }

    /// The end of an access note after an `[address]` ending at `start` (a `[postcode]` may stand between), or nil.
    static func noteEnd(_ text: String, after start: String.Index) -> String.Index? {
        var cursor = skipSeparator(text, from: start)
        let postcode = Placeholder.postcode.rawValue
        if text[cursor...].hasPrefix(postcode) {
            cursor = skipSeparator(text, from: text.index(cursor, offsetBy: postcode.count))
        }
        guard cursor > start else { return nil }
        let bracketed = cursor < text.endIndex && text[cursor] == "("
        if bracketed { cursor = text.index(after: cursor) }
        let words = wordsAhead(text, from: cursor, limit: bracketed ? 8 : 7)
        guard let opening = openingLength(words.map { $0.word.lowercased() }) else { return nil }
        if bracketed {
            // "(rear entrance off the alley)": the note runs to its closing bracket.
            guard let last = words.last, last.end < text.endIndex, text[last.end] == ")" else { return nil }
            return text.index(after: last.end)
        }
        var count = opening
        while count < words.count {
            let lower = words[count].word.lowercased()
            if lower == "the" || lower == "a" {
                // "round the side", "near the aldi": a small word only after a word that places.
                guard directions.contains(words[count - 1].word.lowercased()), count + 1 < words.count else { break }
                count += 2
                continue
            }
            guard !endWords.contains(lower) else { break }
            count += 1
        }
        return words[min(count, words.count) - 1].end
    }

    /// ", " or " " after a placeholder; `from` when neither.
    private static func skipSeparator(_ text: String, from start: String.Index) -> String.Index {
        var cursor = start
        if cursor < text.endIndex, text[cursor] == "," { cursor = text.index(after: cursor) }
        guard cursor < text.endIndex, text[cursor] == " " else { return start }
        return text.index(after: cursor)
    }

    /// Up to `limit` words from `start`, each a run of letters and digits, joined by single spaces.
    private static func wordsAhead(_ text: String, from start: String.Index, limit: Int) -> [(word: Substring, end: String.Index)] {
        var words: [(word: Substring, end: String.Index)] = []
        var cursor = start
        while words.count < limit, cursor < text.endIndex {
            let end = text[cursor...].firstIndex { !($0.isLetter || $0.isNumber || $0 == "'") } ?? text.endIndex
            guard end > cursor else { break }
            words.append((text[cursor..<end], end))
            guard end < text.endIndex, text[end] == " " else { break }
            cursor = text.index(after: end)
        }
        return words
    }

    /// How many words open a note, or nil when the words after the address open none.
    static func openingLength(_ words: [String]) -> Int? {
        guard let first = words.first else { return nil }
        let second = words.count > 1 ? words[1] : ""
        if first == "block" || first == "blk", !second.isEmpty, second.count <= 3 { return 2 }
        if ["basement", "buzzer", "intercom"].contains(first) { return 1 }
        if floorWords.contains(second), first.count <= 6, ordinals.contains(first) || isNumberedOrdinal(first) { return 2 }
        if ["lower", "upper", "top", "bottom"].contains(first), ["ground", "floor", "flat", "bell", "buzzer"].contains(second) { return 2 }
        if first == "ground", second == "floor" { return 2 }
        if ["rear", "back", "side", "front"].contains(first), ["entrance", "door", "gate", "stairs"].contains(second) { return 2 }
        // "the one near the aldi", "the house opposite the mosque": a home by its landmark.
        if first == "the", ["one", "house", "flat", "block", "building", "place"].contains(second), words.count > 3,
           ["near", "by", "opposite", "behind", "beside", "next", "across", "past"].contains(words[2]) { return 3 }
        return nil
    }

    private static func isNumberedOrdinal(_ word: String) -> Bool {
        guard word.count >= 3, word.first?.isNumber == true else { return false }
        return ["st", "nd", "rd", "th"].contains(String(word.suffix(2)))
    }

    private static let floorWords: Set<String> = ["floor", "flr", "floor's"]
    private static let ordinals: Set<String> = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "top"]
    /// Words that place a door or a home, after which "the" belongs to the note: "round the side", "off the alley".
    private static let directions: Set<String> = ["round", "around", "off", "near", "by", "opposite", "behind", "beside", "past",
                                                  "to", "through", "via", "from", "facing"]
    /// Words that go back to the comment: a note ends before them ("lower ground nobody listens").
    private static let endWords: Set<String> = AddressWords.stops.union(AddressFinder.afterTown).union([
        "nobody", "anyway", "idk", "ffs", "sorry", "honestly", "ok", "okay", "ngl", "tho", "btw", "xxx", "pls", "and", "mate",
        "innit", "was", "were", "is", "but", "thats",
    ]).subtracting(["near", "by", "to", "from", "off", "round"])
}
