/// Postcodes written in pieces: the outward code split over a space ("RM1 1 9LZ" for RM11 9LZ, "SW1 A 2UU",
/// "hd 3 5df"), and the two halves told apart after a postcode cue ("postcode is e1w and then 1sf", "first
/// half [postcode] second half 2JS", "my postcode [postcode] ... the end bit is 6LX", "starts w1t ends 9bz").
/// A half is read by its shape only near a cue: an outward code of a real postcode area ("e5", "b18") or an
/// inward code ("4nt"), a digit and two letters a postcode's inward code may hold (never C, I, K, M, O, V:
/// "2pm", "10am" are times) and not an ordinal ("4th", "2nd").
enum PostcodeHalves {
    /// "RM1 1 9LZ", "SW1 A 2UU": an outward code split after its first digit. "hd 3 5df", "S 1 8GU": its letters
    /// apart from its digits.
    static let split = Pattern(#"\b([a-z]{1,2})(?:\d [a-z\d]| \d[a-z\d]?) {0,2}\d(?!(?:st|nd|rd|th)\b)[abd-hjlnp-uw-z]{2}\b"#)

    static func redactSplit(_ text: String) -> String {
        split.redact(in: text, with: .postcode) { hit in
            guard let letters = hit.group(1) else { return false }
            return PostcodeAreas.all.contains(letters.uppercased())
        }
    }

    /// Whether a comment could hold a postcode cue: "post" in any case, or a `[postcode]` already found.
    static func mayHoldCue(_ text: String) -> Bool {
        let lower = ASCIISearch.lowered(text)
        return ASCIISearch.contains(lower, "post")
    }

    /// The halves of a postcode within `window` words after a cue ("postcode", "post code", "[postcode]").
    static func redactHalves(_ text: String, window: Int = 10) -> String {
        let words = wordRanges(text)
        var halves: [Range<String.Index>] = []
        var left = 0
        for (index, range) in words.enumerated() {
            let lower = text[range].lowercased()
            // "postcode", "postcde", "post code", "[postcode]".
            if lower.hasPrefix("postc") || lower == Placeholder.postcode.rawValue
                || lower == "post" && index + 1 < words.count && text[words[index + 1]].lowercased().hasPrefix("cod") {
                left = window
                continue
            }
            guard left > 0 else { continue }
            left -= 1
            // "stuck on the m1": a road, not a postcode.
            if isHalf(lower), index == 0 || text[words[index - 1]].lowercased() != "the" { halves.append(range) }
        }
        var result = text
        for range in halves.reversed() { result.replaceSubrange(range, with: Placeholder.postcode.rawValue) }
        return result
    }

    /// "e1w", "b18", "W1T" (an outward code of a real area) or "1sf", "4NT" (an inward code).
    static func isHalf(_ word: String) -> Bool {
        let characters = Array(word)
        guard (2...4).contains(characters.count), characters.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return false }
        if characters.count == 3, characters[0].isNumber, characters[1].isLetter, characters[2].isLetter {
            let letters = String(characters[1...])
            return !["st", "nd", "rd", "th"].contains(letters) && letters.allSatisfy { inwardLetters.contains($0) }
        }
        let letters = characters.prefix { $0.isLetter }
        guard (1...2).contains(letters.count), letters.count < characters.count, characters[letters.count].isNumber else { return false }
        let rest = characters[(letters.count + 1)...]
        guard rest.count <= 1 || rest.count == 2 && rest.first!.isNumber && rest.last!.isLetter else { return false }
        return PostcodeAreas.all.contains(String(letters).uppercased()) && !textSpeak.contains(word)
    }

    /// Text-speak shaped like an outward code: "b4" (before), "l8" (late), "m8" (mate).
    private static let textSpeak: Set<String> = ["b4", "l8", "m8", "w8", "h8", "b8"]

    private static let inwardLetters = Set("abdefghjlnpqrstuwxyz")

    /// The ranges of a comment's words (letters and digits) and of its placeholders ("[postcode]").
    static func wordRanges(_ text: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "[", let close = text[index...].firstIndex(of: "]") {
                ranges.append(index..<text.index(after: close))
                index = text.index(after: close)
                continue
            }
            guard character.isLetter || character.isNumber else {
                index = text.index(after: index)
                continue
            }
            var end = text.index(after: index)
            while end < text.endIndex, text[end].isLetter || text[end].isNumber { end = text.index(after: end) }
            ranges.append(index..<end)
            index = end
        }
        return ranges
    }
}
