/// Postcodes said with their digits in words, right after the word "postcode": "my postcode is ls seventeen 6ab",
/// "post code m one one a e", "postcode: n one nine g u". After the cue (and "is", "was", ":", "="), up to eight
/// short tokens are read as the postcode's characters: letters, digits, digits in English words ("one", "oh",
/// "seventeen", "twenty one"), with spaces or one mark between. When their first characters spell a whole UK
/// postcode of a real area, those tokens are the postcode. Postcodes typed in digits are `Patterns.postcode`'s
/// and `PostcodeNeighbours`'; this reads only what holds a digit said in a word.
enum SpokenPostcodes {
    static func redact(_ text: String) -> String {
        SpokenTokens.redact(text, mayHold: mayHold) { tokens, index in
            guard let after = cueEnd(tokens, at: index) else { return (nil, index + 1) }
            var first = after
            while first < tokens.tokens.count, first - after < 2, ["is", "was", "its", "it", "s"].contains(tokens.tokens[first].key) {
                first += 1
            }
            guard let last = postcode(tokens, from: first) else { return (nil, after) }
            return ((tokens.tokens[first].start..<tokens.tokens[last].end, .postcode), last + 1)
        }
    }

    /// "post" in any case: a test over the bytes before any token is read.
    static func mayHold(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 8 else { return false }
        for index in 0..<(bytes.count - 3) where bytes[index] | 32 == 112 {
            if bytes[index + 1] | 32 == 111, bytes[index + 2] | 32 == 115, bytes[index + 3] | 32 == 116 { return true }
        }
        return false
    }

    /// The token after a postcode cue at `index` ("postcode", "postcde", "post code"), or nil.
    static func cueEnd(_ tokens: SpokenTokens, at index: Int) -> Int? {
        let key = tokens.tokens[index].key
        if key.hasPrefix("postc") || key == "postocde" { return index + 1 }
        if key == "post", index + 1 < tokens.tokens.count, tokens.tokens[index + 1].key.hasPrefix("cod") { return index + 2 }
        return nil
    }

    /// The last token of a postcode said from `first`, or nil.
    static func postcode(_ tokens: SpokenTokens, from first: Int) -> Int? {
        let all = tokens.tokens
        var characters: [UInt8] = []
        var ends: [(count: Int, token: Int)] = []
        var said = false
        var index = first
        while index < all.count, index - first < 8, characters.count < 7 {
            if index > first {
                let gap = tokens.gap(before: index)
                guard gap.count <= 2, gap.allSatisfy({ $0 == 32 || $0 == 45 || $0 == 46 }) else { break }
            }
            let token = all[index]
            if let digits = spokenDigits(tokens, at: index) {
                characters.append(contentsOf: digits.digits)
                said = true
                index += digits.tokens
                ends.append((characters.count, index - 1))
                continue
            }
            guard token.isASCII, token.length <= 4, token.digits + token.letters == token.length else { break }
            characters.append(contentsOf: tokens.bytes[token.start..<token.end].map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 })
            ends.append((characters.count, index))
            index += 1
        }
        guard said else { return nil }
        // The longest whole postcode its first characters spell, ending where a token ends.
        for end in ends.reversed() where (5...7).contains(end.count) {
            if isPostcode(Array(characters.prefix(end.count))) { return end.token }
        }
        return nil
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
        func isLetter(_ byte: UInt8) -> Bool { byte >= 97 && byte <= 122 }
        func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
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
