/// Everything the reader knows about a folded word, found with one lookup: what text-speak it is
/// ("sw" -> social worker) and its grammar (negator, clause starter, subject pronoun, abbreviation).
/// The words are found through `WordNumbers`, Core's one byte-hashed word table: a lookup per word costs a few
/// nanoseconds, without `Hasher`'s per-call seeding.
struct Lexicon: Sendable {
    struct Roles: OptionSet, Sendable, Hashable {
        let rawValue: UInt8
        static let negator = Roles(rawValue: 1 << 0)
        static let clauseStarter = Roles(rawValue: 1 << 1)
        static let subjectPronoun = Roles(rawValue: 1 << 2)
        static let subjectPronounWithApostrophe = Roles(rawValue: 1 << 3)
        static let pronounGlue = Roles(rawValue: 1 << 4)
        static let abbreviation = Roles(rawValue: 1 << 5)
    }

    struct Entry: Sendable {
        var expansion: [String]?
        var roles: Roles
    }

    /// The lexicon every reading uses: the shipped text-speak table and `ReadingGrammar`.
    static let standard = Lexicon(textSpeak: .standard)

    /// The entries in the order `numbers` numbers their words.
    private var entries: [Entry] = []
    /// Each word's entry number, found by one hash of its bytes (`WordNumbers`).
    private var numbers = WordNumbers([])

    init(textSpeak: TextSpeak) {
        var byWord: [String: Entry] = [:]
        let lists: [(Set<String>, Roles)] = [
            (ReadingGrammar.negators, .negator), (ReadingGrammar.clauseStarters, .clauseStarter),
            (ReadingGrammar.subjectPronouns, .subjectPronoun),
            (ReadingGrammar.subjectPronounsWithApostrophe, .subjectPronounWithApostrophe),
            (ReadingGrammar.pronounGlue, .pronounGlue), (ReadingGrammar.abbreviations, .abbreviation),
        ]
        func roles(of word: String) -> Roles {
            var roles: Roles = []
            for (list, role) in lists where list.contains(word) { roles.insert(role) }
            return roles
        }
        for (list, _) in lists {
            for word in list { byWord[word] = Entry(expansion: nil, roles: roles(of: word)) }
        }
        // Text-speak takes the grammar of the first word it stands for: "dnt" -> "dont" and "no1" -> "no one"
        // negate, "bc" -> "because" starts a clause, "im" -> "i am" is a subject pronoun. A negation inside
        // the expansion ("idk" -> "i dont know") governs only its own words, not the words after it.
        for (shorthand, expansion) in textSpeak.entries {
            var combined = roles(of: shorthand)
            if let first = expansion.first {
                combined.formUnion(roles(of: first).intersection([.negator, .clauseStarter, .subjectPronoun, .pronounGlue]))
            }
            byWord[shorthand] = Entry(expansion: expansion, roles: combined)
        }
        for (word, entry) in byWord.sorted(by: { $0.key < $1.key }) {
            numbers.add(word)
            entries.append(entry)
        }
    }

    /// The entry for a folded word, or nil.
    func entry(_ folded: String) -> Entry? {
        numbers[folded].map { entries[Int($0)] }
    }
}
