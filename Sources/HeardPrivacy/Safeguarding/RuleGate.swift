import HeardCore

/// Which disclosure rules can possibly match a comment, from the starts of its words. A rule runs only when
/// every one of its clauses (`PatternShape.clauses`) meets a word of the comment; most comments need few rules
/// or none. Word starts are packed into integers, so the gate costs a couple of dictionary lookups per word.
struct RuleGate: Sendable {
    private var clausesByStart: [UInt32: [Int]] = [:]
    /// For each rule, the indices of its clauses.
    private var ruleClauses: [[Int]] = []
    private var clauseCount = 0

    init(clauses: [[Set<String>]]) {
        for rule in clauses {
            var indices: [Int] = []
            for clause in rule {
                for start in clause {
                    // Word starts taken from Heard's own patterns: ASCII, three or four characters.
                    precondition(TextFolding.isASCII(start) && (3...4).contains(start.utf8.count))
                    clausesByStart[Self.key(start.utf8), default: []].append(clauseCount)
                }
                indices.append(clauseCount)
                clauseCount += 1
            }
            ruleClauses.append(indices)
        }
    }

    /// The indices, in order, of the rules worth running on normalised text (words separated by single spaces).
    func rules(for normalised: String) -> [Int] {
        var met = [Bool](repeating: false, count: clauseCount)
        for word in normalised.utf8.split(separator: 32) where word.count >= 3 {
            for length in 3...min(4, word.count) {
                for clause in clausesByStart[Self.key(word.prefix(length))] ?? [] { met[clause] = true }
            }
        }
        return ruleClauses.indices.filter { rule in ruleClauses[rule].allSatisfy { met[$0] } }
    }

    /// Up to four bytes packed little-end first; a non-ASCII byte cannot occur in a pattern's word start.
    private static func key(_ bytes: some Collection<UInt8>) -> UInt32 {
        var key: UInt32 = 0
        var shift: UInt32 = 0
        for byte in bytes {
            key |= UInt32(byte) << shift
            shift += 8
        }
        return key
    }
}
