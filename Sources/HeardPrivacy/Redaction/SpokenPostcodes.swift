/// Postcodes and NI numbers said aloud (`SpokenCharacters`): "my postcode is ls seventeen 6ab", "G one nine, eight
/// whiskey tango", "B for bob, D for dog one four, three F for freddie...", "NE twenty two, wait, NE twenty two, seven
/// b q", "ni number J K seven five eight three three five D". A whole UK postcode of a real area, with a piece said
/// in words, is one after the word "postcode" (just before, or just after: "... thats the postcode"), or anywhere
/// when its first letters are spelt as nobody writes a word (capitals, "S-E", phonetic letters: "EN five 9 RE").
/// Its first half alone ("OL twelve", "C M eighteen") is one right beside the word. Two letters, six digits and a
/// letter said so are an NI number after "ni" or "insurance", or spelt. Postcodes typed in digits are
/// `Patterns.postcode`'s and `PostcodeNeighbours`'; this reads only what holds a piece said in a word.
enum SpokenPostcodes {
    static func redact(_ text: String) -> String {
        SpokenTokens.redact(text, mayHold: mayHold) { tokens, index in
            guard startsCode(tokens.tokens[index], tokens.bytes) else { return (nil, index + 1) }
            let reading = SpokenCharacters(tokens, from: index)
            guard reading.said, let found = code(reading, tokens, from: index) else { return (nil, index + 1) }
            return ((tokens.tokens[index].start..<tokens.tokens[found.last].end, found.placeholder), found.last + 1)
        }
    }

    /// A token a postcode or NI number may start with: a letter first, and no two-letter word that stands before
    /// a number ("is", "on", "at").
    private static func startsCode(_ token: SpokenTokens.Token, _ bytes: [UInt8]) -> Bool {
        guard token.isASCII, token.letters >= 1, bytes[token.start] | 32 >= 97 else { return false }
        return !(token.length == 2 && token.letters == 2 && bytes[token.start] >= 97 && smallWords.contains(token.key))
    }

    private static let smallWords: Set<String> = [
        "is", "of", "to", "in", "on", "at", "it", "my", "me", "no", "so", "do", "be", "we", "he", "by", "or", "an", "as",
        "up", "go", "us", "am", "hi", "ok", "ur", "im", "id", "ya", "ye", "yr", "oh",
    ]

    /// The code read from `first` and its last token, or nil.
    private static func code(_ reading: SpokenCharacters, _ tokens: SpokenTokens, from first: Int) -> (last: Int, placeholder: Placeholder)? {
        let characters = reading.characters
        for end in reading.ends.reversed() {
            let prefix = characters.prefix(end.count)
            // Not the start of a longer number ("CT six one six nought eight six one five nine").
            let more = end.count < characters.count && ASCIIBytes.isDigit(characters[end.count])
            if SpokenCharacters.isNINumber(prefix), !more, reading.spelt || cued(tokens, before: first, niCues) {
                return (end.token, .niNumber)
            }
            // The inward half never uses C, I, K, M, O or V ("N two zero if that ..." is no "N2 0IF").
            if (5...7).contains(end.count), isPostcode(Array(prefix)), !prefix.suffix(2).contains(where: { "cikmov".utf8.contains($0) }),
               reading.spelt || cued(tokens, before: first, postcodeCues) || cuedAfter(tokens, end.token) {
                return (end.token, .postcode)
            }
        }
        // "OL twelve thats the postcode", "postcode S R eleven": the first half alone, right beside the word.
        for end in reading.ends.reversed() where isOutward(characters.prefix(end.count)) {
            if !continues(tokens, after: end.token) && (cued(tokens, before: first, postcodeCues, within: 2) || cuedAfter(tokens, end.token)) { return (end.token, .postcode) }
        }
        return nil
    }

    /// Whether a letter or a digit is said right after `last` ("OL twelve 6 ..."): a word ("if", "my") is not one.
    private static func continues(_ tokens: SpokenTokens, after last: Int) -> Bool {
        guard last + 1 < tokens.tokens.count, SpokenCharacters.isGap(tokens.gap(after: last)),
              let piece = SpokenCharacters.piece(tokens, at: last + 1) else { return false }
        let token = tokens.tokens[last + 1]
        return piece.said || piece.spelt || token.length == 1 || token.digits > 0
    }

    /// Whether a cue stands among the `within` tokens before `first` ("postcode is", "my ni number").
    private static func cued(_ tokens: SpokenTokens, before first: Int, _ cues: Set<String>, within: Int = 4) -> Bool {
        let all = tokens.tokens
        return (max(0, first - within)..<first).contains { cues.contains(all[$0].key) || all[$0].key.hasPrefix("postc") }
            || first >= 2 && all[first - 2].key == "post" && all[first - 1].key.hasPrefix("cod")
    }

    /// "... thats the postcode", "... for the postcode": the word within three tokens after `last`.
    private static func cuedAfter(_ tokens: SpokenTokens, _ last: Int) -> Bool {
        let all = tokens.tokens
        return (last + 1..<min(all.count, last + 4)).contains { all[$0].key.hasPrefix("postc") || all[$0].key == "post" }
    }

    private static let postcodeCues: Set<String> = ["postcode", "postcde", "postocde", "pc"]
    private static let niCues: Set<String> = ["ni", "insurance", "nino", "nin"]

    /// An outward code alone of a real area: "ol12", "sr11", "g27".
    private static func isOutward(_ characters: ArraySlice<UInt8>) -> Bool {
        let area = characters.prefix(while: ASCIIBytes.isLowercaseLetter)
        let rest = characters.dropFirst(area.count)
        guard (1...2).contains(area.count), (1...2).contains(rest.count), rest.allSatisfy(ASCIIBytes.isDigit) else { return false }
        return PostcodeAreas.all.contains(String(decoding: area, as: UTF8.self).uppercased())
    }

    /// A comment that may hold one: "post", "ni" or "insurance" in any case, a phonetic letter, or a group of
    /// capitals beside a digit word; a test over the bytes before any token is read.
    static func mayHold(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 8 else { return false }
        for index in 0..<(bytes.count - 3) where bytes[index] | 32 == 112 {
            if bytes[index + 1] | 32 == 111, bytes[index + 2] | 32 == 115, bytes[index + 3] | 32 == 116 { return true }
        }
        var capitals = false
        var cue = false
        return SpokenTokens.anyRange(in: bytes) { range in
            let token = bytes[range]
            if cue && token.allSatisfy({ $0 >= 48 && $0 <= 57 }) { return true }  // "ni number alpha bravo 43 26 51 A"
            if (capitals || cue) && DigitWords.shipped.mayBe(token) { return true }
            capitals = token.count <= 2 && token.allSatisfy { $0 >= 65 && $0 <= 90 }
            if !capitals, token.count >= 2, token.count <= 9, token.allSatisfy({ $0 >= 97 && $0 <= 122 }) {
                let key = String(decoding: token, as: UTF8.self)
                cue = cue || SpokenCharacters.phonetic[key] != nil || niCues.contains(key)
            }
            return false
        }
    }

    /// Digits said at `index`: a digit word ("one", "oh"), a teen ("seventeen"), or tens with an optional digit
    /// ("twenty", "twenty one"); their digits and how many tokens they take.
    static func spokenDigits(_ tokens: SpokenTokens, at index: Int) -> (digits: [UInt8], tokens: Int)? {
        let key = tokens.tokens[index].key
        if let digit = DigitWords.english[key] { return ([digit + 48], 1) }
        if let teen = DigitWords.englishTeens[key] { return ([49, teen + 48], 1) }
        guard let ten = DigitWords.englishTens[key] else { return nil }
        if index + 1 < tokens.tokens.count, let unit = DigitWords.english[tokens.tokens[index + 1].key], unit > 0,
           SpokenTokens.isGap(tokens.gap(after: index), marks: [45], limit: 1) {
            return ([ten + 48, unit + 48], 2)
        }
        return ([ten + 48, 48], 1)
    }

    /// A whole UK postcode of a real area, lower case, no spaces: "ls176ab", "m11ae", "n19gu".
    static func isPostcode(_ characters: [UInt8]) -> Bool {
        let isLetter = ASCIIBytes.isLowercaseLetter, isDigit = ASCIIBytes.isDigit
        let count = characters.count
        guard (5...7).contains(count), isDigit(characters[count - 3]), isLetter(characters[count - 2]), isLetter(characters[count - 1])
        else { return false }
        let outward = characters.prefix(count - 3)
        let area = outward.prefix(while: isLetter)
        guard (1...2).contains(area.count), area.count < outward.count, isDigit(outward[outward.startIndex + area.count]),
              outward.count - area.count <= 2 else { return false }
        return PostcodeAreas.all.contains(String(decoding: area, as: UTF8.self).uppercased())
    }
}
