import HeardCore

/// Multi-select answers joined into one cell: Microsoft Forms writes "Sport;Music;" (always a trailing ";"),
/// Google Forms "Sport, Music". Splitting without a column's `ChoiceVocabulary` keeps an option that itself
/// holds ", " whole when the next part starts in lower case ("Yes, always"; "Art, music or drama").
enum ChoiceSplitting {
    static func split(_ cell: String, separator: String) -> [String] {
        let parts = separator == ";" ? cell.split(separator: ";").map(String.init)
            : cell.components(separatedBy: separator)
        var choices: [String] = []
        for part in parts {
            let trimmed = part.trimmingSpaces
            guard !trimmed.isEmpty else { continue }
            if separator != ";", let last = choices.last, let first = trimmed.first, first.isLowercase {
                choices[choices.count - 1] = last + separator + trimmed
            } else {
                choices.append(trimmed)
            }
        }
        return choices
    }

    /// The separator a column's answers are joined with, if they are several choices per cell: most answers
    /// end in ";" (Microsoft Forms), enough answers join options that are also chosen on their own or in other
    /// combinations (";"), or the options learnt from the whole column say so (", ", Google Forms: see
    /// `ChoiceVocabulary`). `invitesSeveral`: the header says "tick all that apply".
    static func separator(of values: [String], invitesSeveral: Bool) -> String? {
        guard !values.isEmpty else { return nil }
        let withSemicolon = values.filter { PlainSearch.contains($0, ";") }
        let trailing = values.filter { $0.trimmingSpaces.hasSuffix(";") }.count
        if Double(trailing) >= 0.8 * Double(values.count) { return ";" }
        if Double(withSemicolon.count) >= (invitesSeveral ? 0.1 : 0.25) * Double(values.count),
           optionLike(values, separator: ";") { return ";" }
        if values.contains(where: { PlainSearch.contains($0, ", ") }),
           ChoiceVocabulary(values: values).isMultiSelect(invitesSeveral: invitesSeveral) { return ", " }
        return nil
    }

    /// Whether the joined answers are made of options: most parts of joined cells are chosen on their own too,
    /// or in at least two different combinations, start as labels do, and are few.
    private static func optionLike(_ values: [String], separator: String) -> Bool {
        var standalone: Set<String> = []
        var combinations: [String: Set<String>] = [:]
        var joined: [[String]] = []
        for value in values {
            let choices = split(value, separator: separator).map(TextFolding.fold)
            if choices.count == 1 { standalone.insert(choices[0]) }
            guard choices.count > 1 else { continue }
            joined.append(choices)
            let key = choices.sorted().joined(separator: "\u{0}")
            for choice in choices { combinations[choice, default: []].insert(key) }
        }
        guard !joined.isEmpty, combinations.count <= 40 else { return false }
        let labelLike = joined.filter { choices in
            choices.allSatisfy { standalone.contains($0) || (combinations[$0]?.count ?? 0) >= 2 }
                && choices.allSatisfy { $0.split(separator: " ").count <= 10 }
        }
        return Double(labelLike.count) >= 0.8 * Double(joined.count)
    }

    /// The items of a ranking answered in one cell: nearly every answer holds the same three or more items, in
    /// different orders.
    static func rankedItems(in values: [String], separator: String) -> [String]? {
        var sets: [[String]: Int] = [:]
        var orders: Set<[String]> = []
        var spelling: [String: String] = [:]
        var firstSeen: [String] = []
        for value in values {
            let choices = split(value, separator: separator)
            for choice in choices where spelling[TextFolding.fold(choice)] == nil {
                spelling[TextFolding.fold(choice)] = choice
                firstSeen.append(TextFolding.fold(choice))
            }
            let folded = choices.map(TextFolding.fold)
            orders.insert(folded)
            sets[folded.sorted(), default: 0] += 1
        }
        guard let (items, count) = sets.max(by: { $0.value < $1.value }), (3...12).contains(items.count),
              Double(count) >= 0.9 * Double(values.count), orders.count >= 2 else { return nil }
        let members = Set(items)
        return firstSeen.filter(members.contains).compactMap { spelling[$0] }
    }
}
