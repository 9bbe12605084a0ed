/// The words addresses are made of in other languages and countries, read once from the plain list
/// `Data/street-words.txt` (a person may add a language there without touching code): street words that stand
/// before their name ("ul.", "rue", "rruga", "khiyaban-e"), after it ("Caddesi", "wat", "sk."), at the end of one
/// word ("Hauptstraße"), parts named by a number ("kv. 30", "kocha 17", "bl. D5"), parts named after their
/// number ("45 hao", "545 nong") and floors ("2ος όροφος").
struct StreetWords: Sendable {
    enum Role: String, Sendable { case before, after, ending, numbered, counted, floor }

    private let roles: WordRoles<Role>
    /// Words that are also everyday English words ("via", "house", "so"): they count only with more beside them.
    let english: Set<String>
    /// Endings of one-word street names.
    let endings: [String]

    static let shipped = StreetWords(EmbeddedData.streetWords)

    init(_ text: String) {
        roles = WordRoles(text)
        english = Set(roles.roles.keys.filter { word in
            Gazetteer.isEverydayWord(NameKey.key(word)) || Gazetteer.places.contains(single: NameKey.key(word)) || word.count == 1
        })
        endings = roles.roles.filter { $0.value.contains(.ending) }.map(\.key)
    }

    /// Every word the list holds.
    var words: [String] { Array(roles.roles.keys) }

    /// Whether the list holds `word` (lower case) in any role.
    func lists(_ word: String) -> Bool { roles[word] != nil }

    func has(_ word: String, _ role: Role) -> Bool { roles.has(word, role) }

    /// A token's roles as bits, found once per token by the address finder: which parts it may start or end.
    struct Marks: OptionSet, Sendable {
        let rawValue: UInt8
        static let before = Marks(rawValue: 1)
        static let after = Marks(rawValue: 2)
        static let numbered = Marks(rawValue: 4)
        static let floor = Marks(rawValue: 8)
        static let otherAlphabet = Marks(rawValue: 16)
        static let counted = Marks(rawValue: 32)
    }

    func marks(_ lower: String, text: Substring) -> Marks {
        var marks: Marks = []
        if let found = roles[lower] {
            if found.contains(.before) { marks.insert(.before) }
            if found.contains(.after) { marks.insert(.after) }
            if found.contains(.numbered) { marks.insert(.numbered) }
            if found.contains(.floor) { marks.insert(.floor) }
            if found.contains(.counted) { marks.insert(.counted) }
        }
        // Greek and later alphabets start at U+0370, whose UTF-8 lead byte is 0xCD or more.
        if text.utf8.contains(where: { $0 >= 0xCD }), Self.isOtherAlphabet(text) { marks.insert(.otherAlphabet) }
        return marks
    }

    /// A word with a letter of an alphabet other than Latin (Greek, Cyrillic, Arabic, Hebrew, Ethiopic...).
    static func isOtherAlphabet(_ text: Substring) -> Bool {
        text.unicodeScalars.contains { scalar in
            scalar.properties.isAlphabetic && scalar.value >= 0x0370 && !(0x1E00...0x1EFF).contains(scalar.value)
        }
    }

    /// "Sonnenhang"-like one-word streets: "Kungsgatan", "goghstraat", "Lindenplatz"; a word longer than its ending
    /// by three letters or more that no English list holds.
    func endsLikeStreet(_ word: String) -> Bool {
        guard word.utf8.count >= 6 else { return false }
        return endings.contains { word.hasSuffix($0) && word.count >= $0.count + 3 } && !Gazetteer.isEverydayWord(NameKey.key(word))
    }
}
