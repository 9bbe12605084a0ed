extension PatternShape {
    /// What any match must contain: each clause is a set of word starts (the first four letters of a word, or
    /// three for a three-letter word) of which the comment must hold at least one. A letter run counts only when
    /// it starts a word; anything the reading cannot be sure of adds no clause, so the gate stays safe.
    var clauses: [Set<String>] {
        var walk = Walk(atWordStart: false)
        walk.visit(self)
        walk.flush()
        var unique: [Set<String>] = []
        for clause in walk.clauses where !unique.contains(clause) { unique.append(clause) }
        return unique
    }

    /// Word starts too common to be worth a clause when a rarer choice exists.
    static let commonStarts: Set<String> = [
        "the", "and", "for", "with", "from", "that", "this", "have", "has", "was", "were", "are", "him", "her", "she",
        "his", "its", "our", "out", "not", "all", "any", "can", "they", "them", "what", "when", "your",
    ]

    private struct Walk {
        var clauses: [Set<String>] = []
        /// Whether the next letter would start a word.
        var atWordStart: Bool
        /// The letters so far of a word known to have started here.
        var run: String?

        mutating func flush() {
            if let letters = run, letters.count >= 3 { clauses.append([String(letters.prefix(4))]) }
            run = nil
        }

        mutating func visit(_ shape: PatternShape) {
            switch shape {
            case .character(let character) where character.isASCII && (character.isLetter || character.isNumber):
                if run != nil { run?.append(character) } else if atWordStart { run = String(character) }
                atWordStart = false
            case .character, .wordBreak:
                flush()
                atWordStart = true
            case .unknown, .assertion:
                flush()
                atWordStart = false
            case .sequence(let items):
                for item in items { visit(item) }
            case .alternatives(let options):
                flush()
                let outcomes = options.map { option -> Walk in
                    var walk = Walk(atWordStart: atWordStart)
                    walk.visit(option)
                    walk.flush()
                    return walk
                }
                let best = outcomes.compactMap { $0.clauses.min(by: { Self.cost($0) < Self.cost($1) }) }
                if best.count == options.count { clauses.append(best.reduce(into: Set<String>()) { $0.formUnion($1) }) }
                atWordStart = outcomes.allSatisfy(\.atWordStart)
            case .repeated(let inner, let min, let max):
                if min == 0 {
                    flush()
                    var optional = Walk(atWordStart: atWordStart)
                    optional.visit(inner)
                    atWordStart = atWordStart && optional.atWordStart
                    return
                }
                visit(inner)
                guard max != 1 else { return }
                flush()
                var again = Walk(atWordStart: atWordStart)
                again.visit(inner)
                atWordStart = atWordStart && again.atWordStart
            }
        }

        /// Smaller clauses gate better; a clause holding a very common start gates almost nothing.
        private static func cost(_ clause: Set<String>) -> Int {
            clause.count + (clause.isDisjoint(with: PatternShape.commonStarts) ? 0 : 1000)
        }
    }
}
