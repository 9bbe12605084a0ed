/// What the lists say about one word.
struct WordFacts {
    var given: Bool
    var surname: Bool
    var everyday: Bool
    /// A given name that is also an everyday word ("hope", "star", "chance").
    var everydayName: Bool
    /// One of the commonest surnames, even when an everyday word ("smith", "white", "baker").
    var commonSurname: Bool
    /// A given name seldom written as an everyday word ("marigold", "ivy"): a name in a weak person's place.
    var seldom: Bool
    /// A small word ("im", "dont", "tho") that is never a name.
    var function: Bool
    var denied: Bool
    /// Shaped like a surname whatever the lists say: "McFarlane", "MacLeod", "O'Donnell".
    var nameShaped: Bool
    /// No list knows it and it is not an everyday word mistyped.
    var unknown: Bool
    /// No list knows it (it may be an everyday word mistyped): enough beside a strong cue ("called vy").
    var unlisted: Bool
    /// Holds a vowel (or a letter outside ASCII): "smh", "wnt", "thts" are text-speak, not names.
    var voiced: Bool { key.utf8.contains { $0 >= 128 || Self.vowels.contains($0) } }
    private static let vowels: Set<UInt8> = Set("aeiouy".utf8)
    /// Holds an "a", "e", "i", "o" or "u" ("gaz", "tez"; not "bby", "smh"): stricter than `voiced`, for a word no
    /// list holds that only the way it is loved or asked makes a name.
    var hasVowelLetter: Bool { key.utf8.contains { Self.vowelLetters.contains($0) } }
    private static let vowelLetters: Set<UInt8> = Set("aeiou".utf8)

    /// Han ideographs and Hangul syllables: one character is a syllable, and a name may be one ("王", "김").
    private static func isSyllabic(_ scalar: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value) || (0xAC00...0xD7A3).contains(scalar.value)
    }
    private var key: String
    private var never: Bool

    var listed: Bool { given || surname }
    /// Neither a word that is never a name nor a single letter.
    var couldBeName: Bool { !function && !never }

    init(_ word: Words.Word, denied deniedKeys: Set<String>) {
        let key = word.key
        let flags = word.lists
        // "Millie-May", "cook-hill": a hyphenated word is what its parts are.
        let parts = key.utf8.contains(45) ? key.split(separator: "-").map(String.init).filter { !$0.isEmpty } : []
        let partFlags = parts.map { Gazetteer.flags[$0] ?? [] }
        let partsAreNames = !parts.isEmpty && partFlags.allSatisfy { !$0.isDisjoint(with: [.given, .surname]) }
            && (word.isCapitalised || !partFlags.allSatisfy { !$0.isDisjoint(with: [.english, .notName]) })
        // "mason-john": given names joined are a name even in lower case.
        let partsAreGiven = parts.count >= 2 && partFlags.allSatisfy { $0.contains(.given) && !$0.contains(.function) }
        given = flags.contains(.given) || (partsAreNames && partFlags[0].contains(.given)) || partsAreGiven
        surname = flags.contains(.surname) || partsAreNames
        function = flags.contains(.function) || word.isTextSpeak
        // A word spelled with marks English does not use ("Yến", "dũng") is not the English word its key spells.
        let marked = word.lower != key && !Gazetteer.isEverydayWord(word.lower)
        let everydayFlags: ListFlags = [.english, .notName]
        everyday = function || (!marked && !flags.isDisjoint(with: everydayFlags))
            || (!parts.isEmpty && partFlags.allSatisfy { !$0.isDisjoint(with: everydayFlags) } && !partsAreNames)
        everydayName = flags.contains(.everydayName) || partsAreNames || partsAreGiven
        commonSurname = flags.contains(.commonSurname)
        seldom = flags.contains(.seldomWord)
        denied = deniedKeys.contains(key) || parts.contains(where: deniedKeys.contains)
        let ascii = key.utf8.allSatisfy { $0 < 0x80 }
        // "王 伟", "김 민준": one character of a script that writes a syllable a character is a whole name.
        let length = ascii ? key.utf8.count : key.count == 1 && word.isCaseless && key.unicodeScalars.allSatisfy(Self.isSyllabic) ? 2 : key.count
        let hasNumber = ascii ? key.utf8.contains { $0 >= 48 && $0 <= 57 } : key.contains(where: \.isNumber)
        never = flags.contains(.notName) || (length < 2 && !word.isCaseless) || hasNumber
            || (flags.contains(.personVerb) && key != "miss")
        let text = word.text
        let initial = text.utf8.first
        nameShaped = (initial == 77 || initial == 79) && (text.hasPrefix("Mc") || text.hasPrefix("Mac") || text.hasPrefix("O'") || text.hasPrefix("O’"))
            && text.count >= 4 && text.dropFirst(text.hasPrefix("Mac") ? 3 : 2).first?.isUppercase == true
        unlisted = !everyday && !given && !surname && length >= 2 && !never && !flags.contains(.place)
        unknown = unlisted && length >= 3 && !Misspelling.isNearEverydayWord(key)
        self.key = key
    }
}
