/// Houses given by a number and a name with no street type: "come to 114b cedar", "they put me in 21
/// sycamore which is miles away", "the supported accommodation at 11 wellington is awful", "19 market
/// [postcode]", "52 Mendip,". The number must say it is a house (a letter after it, a postcode after the name,
/// or "live at", "put me in", "my own place" before it) or the name must look like one (capitals, a place, a
/// word no English list holds); and the name must end where the sentence turns ("which", "is", a comma), so
/// "in 2 minds about it" and "at 16 i moved" stay.
extension AddressFinder {
    func numberedName(at index: Int) -> Int? {
        guard isNumber(index), tokens[index].kind == .number || tokens[index].kind == .code,
              isHouseNumber(tokens[index].text), tokens[index].text.first?.isNumber == true,
              // Not money ("£4k"), a year ("in 2017") or a number glued to something else.
              [.start, .space, .comma, .newline].contains(tokens[index].gap), !Self.isYear(tokens[index].text) else { return nil }
        let first = index + 1
        guard first < tokens.count, joined(first), tokens[first].kind == .word, isOwnWord(first, own: .notGeneric),
              !Self.countNouns.contains(tokens[first].lower) else { return nil }
        var end = first + 1
        // A second word of the name: "mount pleasant", "new cross hill".
        if end < tokens.count, joined(end), tokens[end].kind == .word, isOwnWord(end, own: .notGeneric),
           !Self.countNouns.contains(tokens[end].lower) { end += 1 }
        let closes = end >= tokens.count || tokens[end].gap != .space || tokens[end].kind == .placeholder
            || (tokens[end].kind == .word && (NameCues.functionWords.contains(tokens[end].lower) || Self.turns.contains(tokens[end].lower)))
        guard closes else { return nil }
        let lettered = tokens[index].text.last?.isLetter == true
        let named = (first..<end).contains { isOwnWord($0, own: .distinctive) || isPlace($0, $0 + 1) }
        return lettered || followedByPostcode(end) || homeCue(before: index) || named && precededByCue(index) ? end : nil
    }

    private static func isYear(_ text: Substring) -> Bool {
        text.count == 4 && text.allSatisfy(\.isNumber) && (text.hasPrefix("19") || text.hasPrefix("20"))
    }

    /// "live at", "living in", "put me in", "moved into", "my own place", "come to", "address": a home's number follows.
    private func homeCue(before index: Int) -> Bool {
        let words = tokens[max(0, index - 3)..<index].map(\.lower)
        guard let last = words.last, index > 0, joined(index) || tokens[index].gap == .comma else { return false }
        if ["place", "address", "addy", "flat", "house", "home"].contains(last) { return true }
        guard ["at", "in", "to", "into", "2"].contains(last) else { return false }
        return words.dropLast().contains { Self.homeVerbs.contains($0) }
    }

    static let homeVerbs: Set<String> = [
        "live", "lives", "living", "lived", "put", "moved", "move", "moving", "come", "send", "sent", "stay", "staying",
        "stayed", "placed", "me", "visit", "post", "write",
    ]
    /// Words after a number that count things, never a house's name: "in 2 minds", "on 3 occasions".
    static let countNouns: Set<String> = [
        "minds", "occasions", "parts", "pieces", "kids", "people", "carers", "workers", "placements", "homes", "schools",
        "oclock", "o'clock", "am", "pm", "ish", "quid", "pounds", "pound", "grand", "mins", "min", "secs", "hrs",
        "hour", "hours", "stone", "kg", "miles", "mile", "percent", "pence", "p", "x", "gcses", "gcse", "sessions",
        "siblings", "brothers", "sisters", "times", "days", "weeks", "months", "years", "yrs", "year", "day", "week",
        "month", "nights", "night", "meetings", "reviews", "moves", "foster", "different", "other", "more", "less",
        "bus", "buses", "train", "tram", "coach", "o", "clock", "birthday", "pocket", "money", "setting",
    ]
    /// Words where a sentence turns after a house's name: "21 sycamore which is", "114b cedar if u want".
    static let turns: Set<String> = ["which", "where", "now", "tho", "though", "lol", "tbh", "its", "it's", "thats", "x", "xx"]
}
