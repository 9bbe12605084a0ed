/// Letters and digits said one by one, as a worker types what a young person reads out: a letter alone ("b",
/// "S-E"), a letter of the phonetic alphabet ("whiskey", "x-ray"), a letter spelt with a word ("B for bob"), a
/// digit in words ("oh", "nought", "double five"), tens and teens ("twenty-six", "eleven"), or a short group as
/// typed ("NE", "OL3", "6ab"); with spaces, commas, dashes, dots or "..." between them, and "then" joining two
/// groups. A correction ("wait", "no sorry", "hang on", "i mean") starts the characters again: what was said
/// before it is part of the same span ("NE twenty two, wait, NE twenty two, seven b q").
/// `SpokenPostcodes` reads postcodes and NI numbers said so.
struct SpokenCharacters {
    /// The characters read (lower-case ASCII letters and digits) since the last correction.
    var characters: [UInt8] = []
    /// After each piece: how many characters, and the piece's last token.
    var ends: [(count: Int, token: Int)] = []
    /// A piece was said in words (a digit word or a phonetic letter).
    var said = false
    /// The first two pieces were spelt as nobody writes a word: capitals, phonetic letters, "B for bob".
    var spelt = false

    /// Reads up to `limit` characters from token `first`.
    init(_ tokens: SpokenTokens, from first: Int, limit: Int = 12) {
        let all = tokens.tokens
        var index = first
        var spelling: [Bool] = []
        var corrections = 0
        while index < all.count, characters.count < limit {
            if index > first {
                guard Self.isGap(tokens.gap(before: index)) else { break }
                if all[index].key == "then", index + 1 < all.count, Self.isGap(tokens.gap(after: index)) { index += 1 }
                if corrections < 2, !characters.isEmpty, let after = Self.correctionEnd(tokens, at: index) {
                    corrections += 1
                    characters.removeAll()
                    ends.removeAll()
                    spelling.removeAll()
                    index = after
                    continue
                }
            }
            guard let piece = Self.piece(tokens, at: index) else { break }
            characters.append(contentsOf: piece.characters)
            if piece.said { said = true }
            spelling.append(piece.spelt)
            index = piece.last + 1
            ends.append((characters.count, piece.last))
        }
        spelt = spelling.count >= 2 && spelling[0] && (spelling[1] || ASCIIBytes.isDigit(characters[ends[0].count]))
    }

    /// The token after a correction starting at `index` ("wait", "no sorry", "hold on thats wrong", "i mean"), or nil.
    static func correctionEnd(_ tokens: SpokenTokens, at index: Int) -> Int? {
        let all = tokens.tokens
        guard correctionStarts.contains(all[index].key) else { return nil }
        if ["i", "hang", "hold", "scratch"].contains(all[index].key) {
            guard index + 1 < all.count, ["mean", "on", "that"].contains(all[index + 1].key) else { return nil }
        }
        var cursor = index + 1
        while cursor < all.count, cursor - index < 5, correctionStarts.contains(all[cursor].key) || correctionWords.contains(all[cursor].key) {
            cursor += 1
        }
        return cursor < all.count && isGap(tokens.gap(before: cursor)) ? cursor : nil
    }

    private static let correctionStarts: Set<String> = ["wait", "no", "sorry", "i", "hang", "hold", "actually", "scratch"]
    /// Words that go on a correction once it has begun ("hold on thats wrong", "scratch that").
    private static let correctionWords: Set<String> = ["mean", "on", "that", "thats", "s", "wrong"]

    /// One piece said at `index`: its characters, its last token, and whether it was said or spelt.
    static func piece(_ tokens: SpokenTokens, at index: Int) -> (characters: [UInt8], last: Int, said: Bool, spelt: Bool)? {
        let all = tokens.tokens
        let token = all[index]
        guard token.isASCII else { return nil }
        if let digits = SpokenPostcodes.spokenDigits(tokens, at: index) {
            return (digits.digits, index + digits.tokens - 1, true, false)
        }
        if let times = DigitWords.multipliers[token.key], index + 1 < all.count, isGap(tokens.gap(after: index)),
           let next = piece(tokens, at: index + 1), next.characters.count == 1 {
            return (Array(repeating: next.characters[0], count: times), next.last, true, next.spelt)
        }
        if let letter = phonetic[token.key] { return ([letter], index, true, true) }
        if token.length == 1, token.letters == 1 {
            let letter = token.key.utf8.first!
            // "B for bob", "x for x-ray": the word after "for" spells the letter.
            if index + 2 < all.count, all[index + 1].key == "for", all[index + 2].isASCII,
               SpokenTokens.isGap(tokens.gap(after: index), marks: [], limit: 1) {
                let xray = all[index + 2].key == "x" && index + 3 < all.count && all[index + 3].key == "ray"
                if all[index + 2].letters >= 2 || xray { return ([letter], index + (xray ? 3 : 2), true, true) }
            }
            return ([letter], index, false, tokens.bytes[token.start] < 97)
        }
        // "NE", "OL3", "6ab", "QQ": a short group as typed, two letters at most.
        guard token.length <= 4, token.letters <= 2, token.digits + token.letters == token.length,
              !(token.digits > 0 && ["st", "nd", "rd", "th"].contains(where: token.key.hasSuffix)) else { return nil }  // "29th"
        let capitals = tokens.bytes[token.start..<token.end].allSatisfy { $0 < 97 }
        return (Array(token.key.utf8), index, false, capitals && token.letters > 0)
    }

    /// Spaces and at most one or two of ",.-" (or "...", "…") between two pieces.
    static func isGap(_ gap: ArraySlice<UInt8>) -> Bool {
        guard !gap.isEmpty, gap.count <= 6 else { return false }
        return gap.allSatisfy { $0 == 32 || $0 == 44 || $0 == 45 || $0 == 46 || $0 == 0xE2 || $0 == 0x80 || $0 == 0xA6 }
    }

    /// The phonetic alphabet, as people say and spell it.
    static let phonetic: [String: UInt8] = {
        var letters: [String: UInt8] = [:]
        for word in ["alpha", "alfa", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet",
                     "juliett", "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango",
                     "uniform", "victor", "whiskey", "whisky", "xray", "yankee", "zulu"] {
            letters[word] = word.utf8.first!
        }
        return letters
    }()

    /// Two letters, six digits and maybe a letter: an NI number's shape ("jk758335d").
    static func isNINumber(_ characters: ArraySlice<UInt8>) -> Bool {
        guard characters.count == 8 || characters.count == 9 else { return false }
        let bytes = Array(characters)
        let isLetter = ASCIIBytes.isLowercaseLetter
        return isLetter(bytes[0]) && isLetter(bytes[1]) && bytes[2..<8].allSatisfy(ASCIIBytes.isDigit)
            && (bytes.count == 8 || isLetter(bytes[8]))
    }
}
