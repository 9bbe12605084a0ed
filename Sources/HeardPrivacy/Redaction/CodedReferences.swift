/// Case references written as a system's letters, a space and the number: "MOS 4761657", "case ref mos
/// 6253531", "quote LCS 55012". The letters go with the number, or they would say which council's system
/// holds the child's file. Capitals alone are enough; in lower case a reference word must come just before
/// the letters ("ref", "case", "number", "quote"), so "i rang 08001111" or "won 200000 points" stay. A
/// system's name of five to twelve letters ("child id mosaic 303891", "my case number is mosaic 584544") is
/// taken only after a reference word, in any case: alone it may be a word ("SCORE 123456").
enum CodedReferences {
    static let shape = Pattern(#"\b([A-Za-z]{2,12}) (\d{5,9})\b(?![\-/.:]\d)"#, caseInsensitive: false)

    static func redact(_ text: String) -> String {
        guard mayHold(text) else { return text }
        return shape.redact(in: text, with: .reference) { match in
            guard let letters = match.group(1) else { return false }
            let lower = letters.lowercased()
            guard !NameCues.functionWords.contains(lower), !notPrefixes.contains(lower) else { return false }
            guard !notSystems.contains(lower) else { return false }
            let capitals = letters.allSatisfy(\.isUppercase) && letters.count <= 4
            // In lower case only right after a reference word: "case ref mos 6253531", not "i rang 08001111".
            return capitals || isCued(match.before)
        }
    }

    /// Two to four letters, one space, five to nine digits, by their bytes: the pattern only runs where they
    /// stand, so a comment with a phone number after "on" or "call" costs one pass more, not a search.
    private static func mayHold(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            guard bytes[index] == 32, index >= 2, index + 5 < bytes.count else { index += 1; continue }
            var letters = 0
            var cursor = index - 1
            var capitals = true
            while cursor >= 0, (bytes[cursor] | 0x20) >= 97, (bytes[cursor] | 0x20) <= 122 {
                if bytes[cursor] >= 97 { capitals = false }
                letters += 1
                cursor -= 1
            }
            var digits = 0
            var end = index + 1
            while end < bytes.count, bytes[end] >= 48, bytes[end] <= 57 { digits += 1; end += 1 }
            // Capitals ("MOS 4761657") or lower case after a space (a reference word's check is the pattern's).
            if (2...12).contains(letters), (5...9).contains(digits), cursor < 0 || bytes[cursor] == 32 || !(bytes[cursor] >= 48 && bytes[cursor] <= 57),
               capitals || cursor >= 0 {
                return true
            }
            index = end
        }
        return false
    }

    /// Whether a reference word ends `before`, perhaps with "is" after it: "child id ", "my case number is ",
    /// "my id on the system is ".
    static func isCued(_ before: Substring) -> Bool {
        var words = before.lowercased().split { !$0.isLetter }.suffix(2)
        if words.count == 2, ["is", "was"].contains(words.last!) { words.removeLast() } else if words.count == 2 { words.removeFirst() }
        guard let last = words.last else { return false }
        return cues.contains(String(last)) || last == "system"
    }

    /// Words that may stand between a reference word and a number without naming a system: "my id is still
    /// 1234567" keeps "still".
    static let notSystems: Set<String> = ["still", "now", "just", "actually", "literally", "basically", "definitely",
                                          "probably", "always", "like", "number", "numbers", "called", "named", "says", "said"]

    static let cues: Set<String> = ["ref", "reference", "case", "number", "no", "num", "quote", "id", "file", "council", "mosaic",
                                    "iban"]
    /// Letters before a number that name another kind of number: "NHS 485...", "tel 01472...", "mob 07...".
    static let notPrefixes: Set<String> = ["nhs", "ni", "tel", "mob", "ph", "phone", "fone", "mobile", "call", "text", "ring", "upn", "pin", "sort"]
}
