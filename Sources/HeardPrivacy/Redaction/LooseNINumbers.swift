/// NI numbers with their six digits grouped any way a person types them, beyond the pairs and threes
/// `Patterns.anyNINumber` reads: "NL6 19 674 A", "GZ20 097 9 A", "xr 4921 4 7d", "KA  7  715  83  C",
/// "P A8 49 159 A", "os 20 00 4-9d". Two letters (a space between them only in capitals), six digits with
/// at most two spaces, dashes or dots between any two of them, and a last letter that ends the word. Kept when
/// `Patterns.isNINumber` would keep it (capitals, a last letter, letters that are not a small word) or a
/// word about NI numbers stands just before it ("ni", "insurance").
enum LooseNINumbers {
    static let shape = Pattern(#"\b(?:[A-Z] [A-Z]|[A-Za-z]{2})[ .\-]{0,2}\d(?:[ .\-]{0,2}\d){5}(?:[ .\-]{0,2}[A-Za-z](?![A-Za-z0-9]))?(?![ .\-/]{0,2}\d)"#, caseInsensitive: false)

    static func redact(_ text: String) -> String {
        guard mayHold(text) else { return text }
        return shape.redact(in: text, with: .niNumber) { match in
            let value = match.value
            let before = match.before.lowercased().split { !$0.isLetter }.suffix(3)
            let cued = before.contains { cues.contains(String($0)) }
            let lastLetter = value.last?.isLetter == true
            let letters = value.prefix { !$0.isNumber }.filter(\.isLetter)
            let capitals = letters.allSatisfy(\.isUppercase)
            // Without a cue: in capitals, or with its last letter, and its first letters no small word ("is", "on").
            guard cued || (capitals || lastLetter) && !ordinaryPairs.contains(letters.lowercased()) else { return false }
            // "... 3 4 5 6 a lot": a last letter alone after a space may be a word ("a", "i").
            return cued || capitals || !lastLetter || value.dropLast().last != " " || !["a", "i"].contains(value.suffix(1).lowercased())
        }
    }

    /// Words about NI numbers that, just before a number of the right shape, make it one whatever its letters;
    /// `Patterns.redactNINumbers` asks the same list.
    static let cues: Set<String> = ["ni", "nino", "insurance", "nat", "ins", "nin", "nic"]

    /// Two letters that stand alone as a word's start ("NL6", "xr ", "P A8"), then within three bytes a digit:
    /// one pass over the bytes, so a comment with only a phone number after "on" or "call" skips the pattern
    /// unless the letters could open an NI number.
    static func mayHold(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes in
            var index = 0
            while index + 2 < bytes.count {
                defer { index += 1 }
                guard ASCIIBytes.isLetter(bytes[index]), index == 0 || !ASCIIBytes.isLetter(bytes[index - 1]) && !ASCIIBytes.isDigit(bytes[index - 1]) else { continue }
                var second = index + 1
                if bytes[second] == 32, second + 1 < bytes.count, bytes[index] < 97 { second += 1 }  // "P A8"
                guard ASCIIBytes.isLetter(bytes[second]), second + 1 < bytes.count, !ASCIIBytes.isLetter(bytes[second + 1]) else { continue }
                if (second + 1..<min(bytes.count, second + 4)).contains(where: { ASCIIBytes.isDigit(bytes[$0]) }) { return true }
            }
            return false
        }
    }


    private static let ordinaryPairs: Set<String> = [
        "is", "of", "to", "in", "on", "at", "it", "my", "me", "no", "so", "do", "be", "we", "he", "by", "or", "an",
        "as", "up", "go", "us", "am", "hi", "ok", "ur", "im", "id", "nr", "ya", "ye", "yr", "uk",
    ]
}
