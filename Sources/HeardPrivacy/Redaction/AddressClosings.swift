/// What closes an address after a part already found: its town ("[address] dudley", "[address], Walsall") and
/// the name of the block, hostel or site it is in ("[address] the Quays", "[address] the traveller site on
/// [address]"). A town everyone knows right after an address says where the home is; an everyday word that is
/// also a town ("[address] reading the letters") only with its capital. A name after "the" only written with
/// capitals, or before a dwelling's word ("site", "hostel", "project").
enum AddressClosings {
    static func join(_ text: String) -> String {
        Placeholder.address.widenEach(in: text) { result, found in
            closingEnd(result, after: found.upperBound).map { found.lowerBound..<$0 }
        }
    }

    /// The end of a town or a named block right after `start` (the end of an `[address]`), or nil.
    private static func closingEnd(_ text: String, after start: String.Index) -> String.Index? {
        var cursor = start
        let comma = cursor < text.endIndex && text[cursor] == ","
        if comma { cursor = text.index(after: cursor) }
        guard cursor < text.endIndex, text[cursor] == " " else { return nil }
        cursor = text.index(after: cursor)
        var words: [(word: Substring, end: String.Index)] = []
        while words.count < 4, cursor < text.endIndex {
            let end = text[cursor...].firstIndex { !$0.isLetter } ?? text.endIndex
            guard end > cursor else { break }
            words.append((text[cursor..<end], end))
            guard end < text.endIndex, text[end] == " " else { break }
            cursor = text.index(after: end)
        }
        guard let first = words.first, first.end == text.endIndex || !["'", "’", "-"].contains(text[first.end]) else { return nil }
        if isTown(first.word) { return first.end }
        // "[address] on the Meadowell", "[address] in the Meadowell": an estate by a name no word list holds.
        if ["in", "on"].contains(first.word), words.count >= 2 {
            if words[1].word == "the", words.count >= 3, words[2].word.first?.isUppercase == true,
               !Gazetteer.isEverydayWord(NameKey.key(words[2].word.lowercased())), !Gazetteer.places.contains(single: NameKey.key(words[2].word.lowercased())) {
                return words[2].end
            }
        }
        // "[address] care home", "[address] childrens home": the kind of home its name is of.
        if words.count >= 2, ["care", "childrens", "children", "residential"].contains(first.word.lowercased()),
           words[1].word.lowercased() == "home" || first.word.lowercased() == "children" && words[1].word.lowercased() == "s" {
            if words[1].word.lowercased() == "s" { return words.count >= 3 && words[2].word.lowercased() == "home" ? words[2].end : nil }
            return words[1].end
        }
        guard !comma, first.word == "the", words.count >= 2 else { return nil }
        // "[address] the traveller site", "[address] the Lighthouse hostel": up to two words, then a dwelling's word.
        for (offset, candidate) in words.enumerated().dropFirst(2) {
            let lower = candidate.word.lowercased()
            if dwellingWords.contains(lower) || AddressHouseWords.shipped.isDwelling(lower),
               !AddressHouseWords.shipped.has(words[1].word.lowercased(), .ordinary) {
                return words[offset].end
            }
        }
        // "[address] the Quays", "[address] the Old Mill": words written with capitals.
        var last: String.Index?
        for candidate in words.dropFirst() {
            guard candidate.word.first?.isUppercase == true, !NameCues.functionWords.contains(candidate.word.lowercased()) else { break }
            last = candidate.end
        }
        return last
    }

    /// Words for where people stay that are not a house's own: "the traveller site", "the Lighthouse hostel".
    static let dwellingWords: Set<String> = ["site", "hostel", "project", "foyer", "lodgings", "refuge", "estate", "flats", "block", "tower"]

    private static func isTown(_ word: Substring) -> Bool {
        let key = NameKey.key(word.lowercased())
        guard key.count >= 3, Gazetteer.places.contains(single: key), !NameCues.functionWords.contains(key),
              !DateVocabulary.shared.months.contains(single: key) else { return false }
        return word.first?.isUppercase == true || !Gazetteer.isEverydayWord(key)
    }
}
