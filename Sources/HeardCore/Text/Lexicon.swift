/// Everything the reader knows about a folded word, found with one dictionary lookup: what text-speak it is
/// ("sw" -> social worker) and its grammar (negator, clause starter, subject pronoun, abbreviation).
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

    private(set) var entries: [String: Entry] = [:]

    /// The lexicon every reading uses: the shipped text-speak table and `ReadingGrammar`.
    static let standard = Lexicon(textSpeak: .standard)

    init(textSpeak: TextSpeak) {
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
            for word in list { entries[word] = Entry(expansion: nil, roles: roles(of: word)) }
        }
        // Text-speak takes the grammar of the first word it stands for: "dnt" -> "dont" and "no1" -> "no one"
        // negate, "bc" -> "because" starts a clause, "im" -> "i am" is a subject pronoun. A negation inside
        // the expansion ("idk" -> "i dont know") governs only its own words, not the words after it.
        for (shorthand, expansion) in textSpeak.entries {
            var combined = roles(of: shorthand)
            if let first = expansion.first {
                combined.formUnion(roles(of: first).intersection([.negator, .clauseStarter, .subjectPronoun, .pronounGlue]))
            }
            entries[shorthand] = Entry(expansion: expansion, roles: combined)
        }
    }

    @inline(__always)
    func entry(_ folded: String) -> Entry? { entries[folded] }
}
