import HeardCore

/// Matches what a young person ticked or typed to one option of a question's scale: folded comparison with
/// each option's synonyms, then a small typo allowance ("Sumtimes", "allways"), then numbers for 0-10 scales.
public struct AnswerMatcher: Sendable {
    private let scale: AnswerScale
    private let exact: [String: String]

    public init(scale: AnswerScale) {
        self.scale = scale
        var exact: [String: String] = [:]
        for option in scale.options {
            exact[TextFolding.fold(option.label)] = option.label
            for synonym in option.synonyms where exact[TextFolding.fold(synonym)] == nil {
                exact[TextFolding.fold(synonym)] = option.label
            }
        }
        self.exact = exact
    }

    /// The answer for one cell: an option, not answered, or unrecognised.
    public func match(_ cell: String) -> Answer.Value {
        if TextFolding.isNonAnswer(cell) { return .notAnswered }
        let folded = TextFolding.fold(cell)
        if let label = exact[folded] { return .option(label) }
        if scale.id == AnswerScale.zeroToTen.id || scale.id == AnswerScale.smallCount.id,
           let number = Int(folded.prefix { $0.isNumber }) {
            if scale.id == AnswerScale.zeroToTen.id, (0...10).contains(number) { return .option(String(number)) }
            if scale.id == AnswerScale.smallCount.id { return .option(number >= 4 ? "4 or more" : String(number)) }
        }
        if let label = closest(to: folded) { return .option(label) }
        return .unrecognised
    }

    /// The one synonym within a typo's distance (1 edit for 4 to 7 letters, 2 for longer), if unambiguous.
    private func closest(to folded: String) -> String? {
        guard folded.count >= 4 else { return nil }
        let allowance = folded.count >= 8 ? 2 : 1
        var found: String?
        for (synonym, label) in exact where synonym.count >= 4 && abs(synonym.count - folded.count) <= allowance {
            if EditDistance.within(allowance, folded, synonym) {
                if let found, found != label { return nil }
                found = label
            }
        }
        return found
    }
}

/// Damerau-Levenshtein (optimal string alignment) distance with an early exit.
public enum EditDistance {
    public static func within(_ limit: Int, _ lhs: String, _ rhs: String) -> Bool {
        distance(Array(lhs), Array(rhs)) <= limit
    }

    public static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previousPrevious[j - 2] + 1)
                }
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}
