import HeardCore

/// The options of a column whose answers may join several choices with ", " (Google Forms checkboxes), learnt
/// from the whole sample, so that an option holding ", " itself ("Art, Music or Drama", "Yes, I do") is never
/// split and a single-choice question is never read as several choices. An option is:
/// - an answer seen on its own (no ", " in it);
/// - a piece of joined answers found in two or more different ones (pieces always found side by side, in the
///   same order, are one option);
/// - a joined answer given by several young people, none of whose pieces is seen on its own ("Yes, I do").
///
/// A joined answer is split into options only, the fewest that make it up; a column is multiple choice when
/// enough of its joined answers split wholly into two or more options. A ", " inside brackets never splits
/// ("Clubs (Scouts, Guides, Cadets)").
struct ChoiceVocabulary: Hashable, Sendable {
    static let separator = ", "

    /// Folded options.
    private(set) var options: Set<String> = []
    /// Joined answers that split wholly into two or more options: how many cells, and how many different.
    private(set) var explainedCells = 0
    private(set) var explainedDistinct = 0
    /// Answered cells holding ", " outside brackets that are not one option.
    private(set) var joinedCells = 0

    init(values: [String]) {
        var counts: [String: (count: Int, spelling: String)] = [:]
        for value in values {
            let folded = TextFolding.fold(value)
            counts[folded, default: (0, value)].count += 1
        }
        var alone: Set<String> = []
        var joined: [(pieces: [String], count: Int, folded: String, parts: [String])] = []
        for (folded, entry) in counts {
            let parts = Self.parts(of: entry.spelling)
            if parts.count <= 1 {
                alone.insert(folded)
            } else {
                joined.append((Self.glued(parts).map(TextFolding.fold), entry.count, folded, parts))
            }
        }
        var recurring = Self.recurring(joined.map(\.pieces), alone: alone)
        var options = alone.union(recurring)
        for answer in joined where answer.count >= 2 && answer.pieces.allSatisfy({ !alone.contains($0) }) {
            let split = Self.segments(answer.parts, options: options)
            if split == nil || split!.count < 2 { recurring.insert(answer.folded) }
        }
        options.formUnion(recurring)
        self.options = options
        for answer in joined {
            let split = Self.segments(answer.parts, options: options)
            if split?.count == 1 { continue }
            joinedCells += answer.count
            if split != nil {
                explainedCells += answer.count
                explainedDistinct += 1
            }
        }
    }

    /// Whether the column's answers are several choices each, on the evidence of the whole sample.
    func isMultiSelect(invitesSeveral: Bool) -> Bool {
        joinedCells > 0 && explainedDistinct >= (invitesSeveral ? 1 : 2) && explainedCells * 2 >= joinedCells
    }

    /// The choices in one cell: the fewest known options that make it up; where a part is no known option,
    /// it is one choice of its own (with any following parts that start in lower case: "Yes, sometimes").
    func split(_ cell: String) -> [String] {
        let parts = Self.parts(of: cell)
        guard parts.count > 1 else { return parts }
        let folded = parts.map(TextFolding.fold)
        // best[end]: the cheapest reading of parts[0..<end]; a known option costs 1, an unknown part 3.
        var best: [(cost: Int, start: Int)?] = Array(repeating: nil, count: parts.count + 1)
        best[0] = (0, 0)
        for end in 1...parts.count {
            for start in 0..<end {
                guard let before = best[start] else { continue }
                let known = options.contains(folded[start..<end].joined(separator: Self.separator))
                let gluable = parts[(start + 1)..<end].allSatisfy { $0.first?.isLowercase == true }
                guard known || gluable else { continue }
                let cost = before.cost + (known ? 1 : 3 * (end - start))
                if best[end] == nil || cost < best[end]!.cost { best[end] = (cost, start) }
            }
        }
        var choices: [String] = []
        var end = parts.count
        while end > 0, let step = best[end] {
            choices.append(parts[step.start..<end].joined(separator: Self.separator))
            end = step.start
        }
        return choices.reversed()
    }

    /// The cell cut at every ", " outside brackets, each part trimmed, empty parts dropped.
    static func parts(of cell: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var depth = 0
        var previous: Character?
        for character in cell {
            switch character {
            case "(", "[", "{": depth += 1
            case ")", "]", "}": depth = max(0, depth - 1)
            default: break
            }
            if character == " ", previous == ",", depth == 0 {
                current.removeLast()
                parts.append(current)
                current = ""
            } else {
                current.append(character)
            }
            previous = character
        }
        parts.append(current)
        return parts.map(\.trimmingSpaces).filter { !$0.isEmpty }
    }

    /// Parts with those starting in lower case joined to the part before ("Yes, always" is one).
    private static func glued(_ parts: [String]) -> [String] {
        var pieces: [String] = []
        for part in parts {
            if let last = pieces.last, part.first?.isLowercase == true {
                pieces[pieces.count - 1] = last + separator + part
            } else {
                pieces.append(part)
            }
        }
        return pieces
    }

    /// Pieces (not seen on their own) found in two or more different joined answers; pieces always side by
    /// side in the same order are one.
    private static func recurring(_ answers: [[String]], alone: Set<String>) -> Set<String> {
        var answers = answers
        var found: Set<String> = []
        for _ in 0..<4 {
            var seenIn: [String: Int] = [:]
            for pieces in answers { for piece in Set(pieces) where !alone.contains(piece) { seenIn[piece, default: 0] += 1 } }
            found = Set(seenIn.filter { $0.value >= 2 }.keys)
            var pairs: [String: [String: Int]] = [:]
            for pieces in answers where pieces.count >= 2 {
                for (a, b) in zip(pieces, pieces.dropFirst()) where found.contains(a) && found.contains(b) {
                    pairs[a, default: [:]][b, default: 0] += 1
                }
            }
            var merges: [String: String] = [:]
            for (a, followers) in pairs {
                for (b, together) in followers where together == seenIn[a] && together == seenIn[b] && merges[a] == nil {
                    merges[a] = b
                }
            }
            guard !merges.isEmpty else { break }
            answers = answers.map { pieces in
                var merged: [String] = []
                var index = 0
                while index < pieces.count {
                    if index + 1 < pieces.count, merges[pieces[index]] == pieces[index + 1] {
                        merged.append(pieces[index] + separator + pieces[index + 1])
                        index += 2
                    } else {
                        merged.append(pieces[index])
                        index += 1
                    }
                }
                return merged
            }
        }
        return found
    }

    /// The fewest known options making up `parts` wholly, or nil.
    private static func segments(_ parts: [String], options: Set<String>) -> [String]? {
        let folded = parts.map(TextFolding.fold)
        var best: [[String]?] = Array(repeating: nil, count: parts.count + 1)
        best[0] = []
        for end in 1...parts.count {
            for start in 0..<end {
                guard let before = best[start] else { continue }
                let piece = folded[start..<end].joined(separator: separator)
                guard options.contains(piece) else { continue }
                if best[end] == nil || before.count + 1 < best[end]!.count { best[end] = before + [piece] }
            }
        }
        return best[parts.count]
    }
}
