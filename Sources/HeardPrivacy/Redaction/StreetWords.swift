/// The words addresses are made of in other languages and countries, read once from the plain list
/// `Data/street-words.txt` (a person may add a language there without touching code): street words that stand
/// before their name ("ul.", "rue", "rruga", "khiyaban-e"), after it ("Caddesi", "wat", "sk."), at the end of one
/// word ("Hauptstraße"), parts named by a number ("kv. 30", "kocha 17", "bl. D5") and floors ("2ος όροφος").
struct StreetWords: Sendable {
    enum Role: String, Sendable { case before, after, ending, numbered, floor }

    private(set) var roles: [String: Set<Role>] = [:]
    /// Words that are also everyday English words ("via", "house", "so"): they count only with more beside them.
    private(set) var english: Set<String> = []
    /// Endings of one-word street names, longest first.
    private(set) var endings: [String] = []

    static let shipped = StreetWords(EmbeddedData.streetWords)

    init(_ text: String) {
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard fields.count >= 2, let role = Role(rawValue: String(fields[1])) else { continue }
            let word = String(fields[0]).lowercased()
            roles[word, default: []].insert(role)
            if role == .ending { endings.append(word) }
            if Gazetteer.isEverydayWord(NameKey.key(word)) || Gazetteer.places.contains(single: NameKey.key(word)) || word.count == 1 {
                english.insert(word)
            }
        }
        endings.sort { $0.count > $1.count }
    }

    func has(_ word: String, _ role: Role) -> Bool { roles[word]?.contains(role) == true }

    /// A token's roles as bits, found once per token by the address finder: which parts it may start or end.
    struct Marks: OptionSet, Sendable {
        let rawValue: UInt8
        static let before = Marks(rawValue: 1)
        static let after = Marks(rawValue: 2)
        static let numbered = Marks(rawValue: 4)
        static let floor = Marks(rawValue: 8)
        static let otherAlphabet = Marks(rawValue: 16)
    }

    func marks(_ lower: String, text: Substring) -> Marks {
        var marks: Marks = []
        if let found = roles[lower] {
            if found.contains(.before) { marks.insert(.before) }
            if found.contains(.after) { marks.insert(.after) }
            if found.contains(.numbered) { marks.insert(.numbered) }
            if found.contains(.floor) { marks.insert(.floor) }
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
