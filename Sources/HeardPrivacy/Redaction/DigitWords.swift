/// Digits said in words in the languages young people write (`Data/digit-words.txt`: "oh", "seven", "sıfır",
/// "shtatë", "nulis"...) and the words that repeat a digit ("double", "treble", "triple"), read once. Words are
/// kept by their `NameKey`, so "sıfır" and "sifir" are one word. `mayBe` is a quick filter on a word's first
/// bytes, for a test over a comment's bytes before any word is made a string.
struct DigitWords: Sendable {
    private(set) var digits: [String: UInt8] = [:]
    /// Bits of a filter over `opening(_:)` of every word and multiplier, in every form the list writes it.
    private var openings = [Bool](repeating: false, count: 1 << 16)

    /// The digits said in English, for the readers that take English alone (references, dates, postcodes and
    /// handles said aloud); phone numbers read every language of the list.
    static let english: [String: UInt8] = [
        "zero": 0, "oh": 0, "o": 0, "nought": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9,
    ]

    /// "ten" to "nineteen" said in English: a one, then the digit each gives second.
    static let englishTeens: [String: UInt8] = [
        "ten": 0, "eleven": 1, "twelve": 2, "thirteen": 3, "fourteen": 4, "fifteen": 5, "sixteen": 6, "seventeen": 7,
        "eighteen": 8, "nineteen": 9,
    ]
    /// Tens said in English, each the first of two digits ("ninety" 9, then its unit or a nought).
    static let englishTens: [String: UInt8] = [
        "twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7, "eighty": 8, "ninety": 9,
    ]

    static let multipliers: [String: Int] = ["double": 2, "dubble": 2, "dbl": 2, "treble": 3, "triple": 3, "tripple": 3]

    static let shipped = DigitWords(EmbeddedData.digitWords)

    init(_ list: String) {
        for line in list.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let parts = line.split(separator: " ", maxSplits: 1)
            guard parts.count == 2, let digit = UInt8(parts[0]), digit <= 9 else { continue }
            let word = String(parts[1]).lowercased()
            digits[NameKey.key(word)] = digit
            note(word)
            note(NameKey.key(word))
        }
        for word in Self.multipliers.keys { note(word) }
        // "ninety", "fifteen": two digits said in one word (`SpokenPhones.tens`, `teens`).
        for word in SpokenPhones.tens.keys { note(word) }
        for word in SpokenPhones.teens.keys { note(word) }
    }

    private mutating func note(_ word: String) {
        let bytes = Array(word.utf8)
        openings[Self.slot(bytes[...])] = true
    }

    /// The digit a token's key says, if any.
    func digit(_ key: String) -> UInt8? { digits[key] }

    /// Whether the token of `bytes` could be a digit word or a multiplier (false positives allowed, no misses
    /// for words written in lower case as the list has them, or in ASCII capitals).
    func mayBe(_ bytes: ArraySlice<UInt8>) -> Bool { openings[Self.slot(bytes)] }

    /// A 16-bit slot from a word's length and its first four bytes (ASCII capitals lowered).
    private static func slot(_ bytes: ArraySlice<UInt8>) -> Int {
        var packed = UInt64(min(bytes.count, 15))
        for byte in bytes.prefix(4) { packed = packed << 8 | UInt64(byte >= 65 && byte <= 90 ? byte + 32 : byte) }
        return Int(truncatingIfNeeded: (packed &* 0x9E37_79B9_7F4A_7C15) >> 48)
    }
}
