/// Words with the polarity lists each is on (`PolarityClassifier.WordRoles`), looked up once: a comment read
/// by the tagger has them from `KnownWords` already, so the polarity rules never hash a word.
struct ListedWords {
    var words: [String]
    var roles: [PolarityClassifier.WordRoles]

    var count: Int { words.count }

    /// Looks each word up in the lists.
    init(_ words: [String]) {
        self.words = words
        roles = words.map { PolarityClassifier.roles[$0] ?? [] }
    }

    init(words: [String], roles: [PolarityClassifier.WordRoles]) {
        self.words = words
        self.roles = roles
    }

    /// Several runs of words (sentences) as one.
    init(joining parts: [ListedWords]) {
        if parts.count == 1 {
            self = parts[0]
            return
        }
        words = parts.flatMap(\.words)
        roles = parts.flatMap(\.roles)
    }

    /// The words from `start` on.
    func suffix(from start: Int) -> ListedWords {
        ListedWords(words: Array(words[start...]), roles: Array(roles[start...]))
    }
}
