/// The pattern of a rule or an ordinary reading in `Data/safeguarding/rules.txt`: parts joined by " + ", found in
/// any order; each part a row of items that follow each other, "..." letting up to `longGap` words come between
/// and ".." up to `shortGap`.
struct RulePattern: Sendable {
    /// One item: any one of its atoms (a group or a word), perhaps optional, perhaps after a gap.
    struct Item: Sendable {
        var atoms: [Int]
        var isOptional: Bool
        /// How many other words may come before it ("..." ten, ".." three; 0 when it follows at once).
        var gapBefore: Int
    }

    struct Part: Sendable {
        var items: [Item]
    }

    var parts: [Part]

    /// How many other words "..." lets in.
    static let longGap = 10
    /// How many other words ".." lets in.
    static let shortGap = 3

    /// Reads `text`, registering its groups and words as atoms; nil (with a problem) when it is malformed.
    init?(_ text: Substring, atoms: inout AtomTable, line: Int, problems: inout [String]) {
        var parts: [Part] = []
        for partText in text.split(separator: "+") {
            var items: [Item] = []
            var gap = 0
            for token in partText.split(separator: " ") {
                if token == "..." || token == ".." {
                    gap = token == "..." ? Self.longGap : Self.shortGap
                    continue
                }
                let optional = token.hasSuffix("?")
                var alternatives: [Int] = []
                for alternative in (optional ? token.dropLast() : token).split(separator: "/") {
                    if ScreenVocabulary.isGroupName(alternative) {
                        guard let atom = atoms.group(String(alternative)) else {
                            problems.append("rules.txt line \(line): no group \(alternative) in words.txt")
                            return nil
                        }
                        alternatives.append(atom)
                    } else {
                        alternatives.append(atoms.word(String(alternative)))
                    }
                }
                items.append(Item(atoms: alternatives, isOptional: optional, gapBefore: items.isEmpty ? 0 : gap))
                gap = 0
            }
            guard items.contains(where: { !$0.isOptional }) else {
                problems.append("rules.txt line \(line): a part needs at least one item that must be there")
                return nil
            }
            parts.append(Part(items: items))
        }
        guard !parts.isEmpty else { return nil }
        self.parts = parts
    }

    /// For each part, the atoms of its items that must be there: a quick test before matching.
    var requiredAtoms: [[Int]] {
        parts.flatMap { $0.items.filter { !$0.isOptional }.map(\.atoms) }
    }
}

/// The atoms patterns are made of: the groups of the vocabulary and the single words rules name, each with the
/// entries (rows of word patterns) that find it in a comment.
struct AtomTable: Sendable {
    private(set) var entries: [[[WordPattern]]] = []
    private(set) var names: [String] = []
    private var ids: [String: Int] = [:]
    let vocabulary: ScreenVocabulary

    init(vocabulary: ScreenVocabulary) {
        self.vocabulary = vocabulary
    }

    var count: Int { entries.count }

    /// The atom of a vocabulary group, or nil when there is no such group.
    mutating func group(_ name: String) -> Int? {
        if let id = ids[name] { return id }
        guard let groupEntries = vocabulary.groups[name] else { return nil }
        return add(name, groupEntries)
    }

    /// The atom of one word written in a rule ("hotel", "threaten*", "#").
    mutating func word(_ text: String) -> Int {
        let folded = ScreenVocabulary.fold(text)
        if let id = ids["=" + folded] { return id }
        return add("=" + folded, [[WordPattern(Substring(folded))]])
    }

    private mutating func add(_ name: String, _ atomEntries: [[WordPattern]]) -> Int {
        ids[name] = entries.count
        names.append(name)
        entries.append(atomEntries)
        return entries.count - 1
    }
}
