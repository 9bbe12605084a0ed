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
    /// An everyday word of another language (`Data/other-language-words.txt`) not written with a capital in the
    /// middle of a sentence: no name wherever it stands, but a name in a name's place as any unlisted word.
    var otherLanguage: Bool
    /// Holds a vowel (or a letter outside ASCII): "smh", "wnt", "thts" are text-speak, not names.
    var voiced: Bool { key.utf8.contains { $0 >= 128 || Self.vowels.contains($0) } }
    private static let vowels: Set<UInt8> = Set("aeiouy".utf8)
    private var key: String
    /// `unknown`, `everyday` and `everydayName` were the word not read as a word of another language.
    private var unknownAsEnglish: Bool
    private var everydayAsEnglish: Bool
    private var everydayNameAsEnglish: Bool
    private var never: Bool

    var listed: Bool { given || surname }
    /// Neither a word that is never a name nor a single letter.
    var couldBeName: Bool { !function && !never }

    /// `casual`: the comment shouts or capitalises every word, so a capital says nothing.
    init(_ word: Words.Word, denied deniedKeys: Set<String>, casual: Bool = false) {
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
        // "siedzę", "không", "μου": a word of another language, marks and all, in lower case (a capital in the
        // middle of a sentence is a proper noun's: "Temi", "Gdańsku"). "party" is English, though Czech "párty"
        // has the same key.
        otherLanguage = flags.contains(.otherLanguage) && (marked || !flags.contains(.english))
            && (casual || !word.isCapitalised || word.startsSentence)
        everydayAsEnglish = function || (!marked && !flags.isDisjoint(with: everydayFlags))
            || (!parts.isEmpty && partFlags.allSatisfy { !$0.isDisjoint(with: everydayFlags) } && !partsAreNames)
        everydayNameAsEnglish = flags.contains(.everydayName) || partsAreNames || partsAreGiven
        // A given name only the long lists hold that is one of a language's commonest words ("bine", "dobra"),
        // in that language's company, is an everyday-word name: a name only in a name's place. A surname of the
        // long tail ("aber", "alles") is then an everyday word that is also a surname, as "baker" is.
        let foreignName = otherLanguage && (flags.contains(.given) || flags.contains(.surname))
        everyday = everydayAsEnglish || foreignName
        everydayName = everydayNameAsEnglish || (foreignName && flags.contains(.given))
        commonSurname = flags.contains(.commonSurname)
        seldom = flags.contains(.seldomWord)
        denied = deniedKeys.contains(key) || parts.contains(where: deniedKeys.contains)
        let ascii = key.utf8.allSatisfy { $0 < 0x80 }
        let length = ascii ? key.utf8.count : key.count
        let hasNumber = ascii ? key.utf8.contains { $0 >= 48 && $0 <= 57 } : key.contains(where: \.isNumber)
        never = flags.contains(.notName) || (length < 2 && !word.isCaseless) || hasNumber
            || (flags.contains(.personVerb) && key != "miss")
        let text = word.text
        let initial = text.utf8.first
        nameShaped = (initial == 77 || initial == 79) && (text.hasPrefix("Mc") || text.hasPrefix("Mac") || text.hasPrefix("O'") || text.hasPrefix("O’"))
            && text.count >= 4 && text.dropFirst(text.hasPrefix("Mac") ? 3 : 2).first?.isUppercase == true
        unlisted = !everyday && !given && !surname && length >= 2 && !never && !flags.contains(.place)
        // A word of another language is no name wherever it stands, only in a name's place ("this is kawa").
        unknownAsEnglish = unlisted && length >= 3 && !Misspelling.isNearEverydayWord(key)
        unknown = unknownAsEnglish && !otherLanguage
        self.key = key
    }

    /// Reads a word of another language as a word no list holds after all: used for a word with no other word
    /// of another language near it, which in an English sentence is a name more often than that language's
    /// word ("i want contact with عائشہ", "Gedimino pr. 9").
    mutating func readAsUnlisted() {
        otherLanguage = false
        unknown = unknownAsEnglish
        everyday = everydayAsEnglish
        everydayName = everydayNameAsEnglish
    }
}
