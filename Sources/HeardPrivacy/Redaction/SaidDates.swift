/// Dates said as numbers in words and typed as heard: "twenty one slash zero three slash two thousand and nine",
/// "oh two nine two thousand five", "eighteen, zero two twelve", "the twelfth of the tenth, 2003", "november eight,
/// oh four", "the 5th of may two thousand eight". Three groups (`SaidDateGroups`), a day, a month and a year, or a
/// month named first; with "slash", "of (the)", commas or spaces between. A date is one when "slash" joins its
/// groups, a day is said as "the twelfth of", a month is named, or a birth or date cue stands just before it
/// ("born", "birthday", "dob", "died on", "care on"). Digit-by-digit dates are `SpokenDates`'; months named with
/// digits are `WrittenDates`'. At least one group is said in words.
enum SaidDates {
    static func redact(_ text: String) -> String {
        SpokenTokens.redact(text, mayHold: mayHold) { tokens, index in
            guard let last = date(tokens, from: index) else { return (nil, index + 1) }
            // "born on the twelfth of ...": the "the" before the day stays.
            let start = tokens.tokens[index].key == "the" ? index + 1 : index
            return ((tokens.tokens[start].start..<tokens.tokens[last].end, .date), last + 1)
        }
    }

    /// The last token of a date said from `first`, or nil.
    static func date(_ tokens: SpokenTokens, from first: Int) -> Int? {
        let all = tokens.tokens
        var index = first
        var groups: [SaidDateGroups.Group] = []
        var slashed = false
        var ofThe = false
        while index < all.count, groups.count < 3 {
            if index > first || all[index].key == "the" {
                // Between groups: spaces and marks, "slash", "of", "the".
                var cursor = index
                while cursor < all.count, cursor - index < 3, ["slash", "of", "the"].contains(all[cursor].key) {
                    if all[cursor].key == "slash" { slashed = true }
                    if all[cursor].key == "of" { ofThe = true }
                    cursor += 1
                }
                if cursor == all.count { return nil }
                if index > first {
                    let gap = tokens.gap(before: index)
                    guard SpokenTokens.isGap(gap, marks: Array(",/-.".utf8), limit: 3) else { break }
                    if gap.contains(47) { slashed = true }
                }
                if groups.isEmpty && cursor > index && all[index].key != "the" { return nil }
                index = cursor
            }
            guard let group = SaidDateGroups.group(tokens, at: index) else { break }
            groups.append(group)
            index = group.last + 1
        }
        guard groups.count == 3, groups.contains(where: \.said) else { return nil }
        let (a, b, c) = (groups[0], groups[1], groups[2])
        guard c.isYear, !c.month else { return nil }
        let named = a.month && (1...31).contains(b.value) && !b.month || b.month && (1...31).contains(a.value) && !a.month
        let numeric = !a.month && !b.month && (1...31).contains(a.value) && (1...12).contains(b.value)
        guard named || numeric else { return nil }
        guard named || slashed || ofThe && a.ordinal || cued(tokens, before: first) else { return nil }
        return c.last
    }

    /// A birth or date cue among the four tokens before `first`, or "on" right before it after "care" or "died".
    private static func cued(_ tokens: SpokenTokens, before first: Int) -> Bool {
        let all = tokens.tokens
        if (max(0, first - 4)..<first).contains(where: { cues.contains(all[$0].key) }) { return true }
        return first >= 2 && all[first - 1].key == "on" && ["care", "died", "moved", "placed"].contains(all[first - 2].key)
    }

    private static let cues: Set<String> = ["born", "birthday", "birthdays", "bday", "dob", "birth", "date", "died", "turn", "form"]

    /// A comment that may hold one: "slash", "thousand", a cue, "of the" or a month named, as a token in any
    /// case; a test over the bytes before any token is read.
    static func mayHold(_ bytes: [UInt8]) -> Bool {
        SpokenTokens.anyRange(in: bytes) { range in
            guard (3...9).contains(range.count), openings.contains(bytes[range.lowerBound] | 32) else { return false }
            let key = String(decoding: bytes[range].lazy.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
            return gateWords.contains(key)
        }
    }

    private static let gateWords: Set<String> = cues.union(["slash", "thousand", "care", "tenth", "twelfth"])
        .union(SaidDateGroups.months.keys.filter { $0.count >= 3 }).union(DateReader.ordinals.keys.filter { $0.count >= 3 })
    private static let openings: Set<UInt8> = Set(gateWords.compactMap(\.utf8.first))
}
