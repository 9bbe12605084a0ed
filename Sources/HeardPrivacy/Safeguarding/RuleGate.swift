/// Which rules a comment can set off, found from the atoms the comment holds rather than by testing all of
/// `rules.txt` on every comment. Each rule is filed under every atom of one item it cannot do without (of its
/// required items, the one whose atoms hold the fewest vocabulary entries); a comment's candidates are the rules
/// filed under an atom it holds. A rule is a candidate whenever its full quick test (`RequiredAtoms`) can pass,
/// since that test needs some atom of every required item: so screening with the gate asks exactly the rules it
/// asked before, in the same order, and skips the ~240 per-rule tests that fail on an ordinary comment.
struct RuleGate: Sendable {
    /// Atom `a`'s rules are `rules[start[a]..<start[a + 1]]`.
    private let start: [Int32]
    private let rules: [Int32]
    /// How many UInt64 words a bit set over the rules takes.
    let words: Int

    /// `required`: for each rule, the atoms of each item it cannot do without (`RulePattern.requiredAtoms`);
    /// `entries`: how many vocabulary entries find each atom (fewer entries, rarer in comments, as a rule).
    init(required: [[[Int]]], atomCount: Int, entries: [Int]) {
        var byAtom = [[Int32]](repeating: [], count: atomCount)
        for (rule, items) in required.enumerated() {
            // Every rule has a required item: a pattern's every part needs one (`RulePattern.init`).
            guard let item = items.min(by: { Self.weight($0, entries) < Self.weight($1, entries) }) else {
                preconditionFailure("rule \(rule) has no item it cannot do without")
            }
            for atom in Set(item) { byAtom[atom].append(Int32(rule)) }
        }
        var start: [Int32] = [0], rules: [Int32] = []
        for list in byAtom {
            rules += list
            start.append(Int32(rules.count))
        }
        self.start = start
        self.rules = rules
        words = (required.count + 63) / 64
    }

    private static func weight(_ item: [Int], _ entries: [Int]) -> Int {
        item.reduce(0) { $0 + entries[$1] }
    }

    /// The rules a comment whose atoms are `present` (`SpanTable.present`) may set off, as a bit set by rule index.
    func candidates(_ present: [UInt64]) -> [UInt64] {
        var found = [UInt64](repeating: 0, count: words)
        for (word, bits) in present.enumerated() where bits != 0 {
            var remaining = bits
            while remaining != 0 {
                let atom = word << 6 | remaining.trailingZeroBitCount
                remaining &= remaining - 1
                for index in Int(start[atom])..<Int(start[atom + 1]) {
                    let rule = Int(rules[index])
                    found[rule >> 6] |= 1 << UInt64(rule & 63)
                }
            }
        }
        return found
    }
}
