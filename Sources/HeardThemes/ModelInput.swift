import HeardCore

/// A comment's features as rows of a `FeatureIndex`: what the models score.
struct ModelInput: FeatureSink {
    struct Match {
        var row: Int32
        var value: Double
        /// The read words it came from; empty for whole-comment features.
        var words: Range<Int>
    }

    let index: FeatureIndex
    /// The words' stem numbers as the models read them (`Reading.modelStemNumbers`).
    private let stems: [Int32]
    private(set) var matches: [Match] = []

    init(index: FeatureIndex, reading: Reading) {
        self.index = index
        stems = reading.modelStemNumbers
        matches.reserveCapacity(reading.words.count * 2 + 8)
    }

    mutating func word(_ kind: CommentFeatures.WordFeature, at position: Int) {
        let stem = stems[position]
        guard stem >= 0 else { return }
        let entry = index.stems[Int(stem)]
        let row = switch kind { case .word: entry.word case .negated: entry.negated case .first: entry.first }
        if row >= 0 { matches.append(Match(row: row, value: 1, words: position..<(position + 1))) }
    }

    mutating func pair(at position: Int) {
        let first = stems[position], second = stems[position + 1]
        guard first >= 0, second >= 0, let row = index.pairs[FeatureIndex.key(first, second)] else { return }
        matches.append(Match(row: row, value: 1, words: position..<(position + 2)))
    }

    mutating func cue(_ theme: Int, ruleTagged: Bool, _ value: Double) {
        let rows = index.cuesByPlace[theme]
        let row = ruleTagged ? rows.ruleTagged : rows.weight
        if row >= 0 { matches.append(Match(row: row, value: value, words: 0..<0)) }
    }

    mutating func point(_ number: Int32, words: Range<Int>) {
        let row = index.points[Int(number)]
        if row >= 0 { matches.append(Match(row: row, value: 1, words: words)) }
    }

    mutating func fixed(_ feature: CommentFeatures.Fixed, _ value: Double, words: Range<Int>) {
        let row = index.fixed[feature.rawValue]
        if row >= 0 { matches.append(Match(row: row, value: value, words: words)) }
    }

    mutating func named(_ name: String, _ value: Double, words: Range<Int>) {
        if let row = index.other[name] { matches.append(Match(row: row, value: value, words: words)) }
    }

    /// A feature met twice counts once, at its first place (as `NamedFeatures` keeps it). Rows seen are kept in
    /// a small set (`SeenRows`): comparing each feature with every one kept grew with the square of a comment.
    /// The matches kept are moved forward in place (no second array per comment).
    mutating func removeRepeats() {
        var seen = SeenRows(expected: matches.count)
        var kept = 0
        for place in matches.indices where seen.insert(matches[place].row) {
            if kept != place { matches[kept] = matches[place] }
            kept += 1
        }
        matches.removeLast(matches.count - kept)
    }

    /// The theme model's score for every label.
    func themeScores() -> [Double] { scores(index.themeBias, index.themeWeights) }

    /// The polarity model's score for every class.
    func polarityScores() -> [Double] { scores(index.polarityBias, index.polarityWeights) }

    /// Sums in the same order as ever (match by match, label by label), through buffers: the arrays' bounds
    /// checks and uniqueness checks cost a third of the sum. A row is always within `weights` (`FeatureIndex`
    /// lays out every row's labels), which the precondition checks once per match.
    private func scores(_ bias: [Double], _ weights: [Double]) -> [Double] {
        var scores = bias
        let count = bias.count
        guard count > 0 else { return scores }
        scores.withUnsafeMutableBufferPointer { sums in
            weights.withUnsafeBufferPointer { weights in
                for match in matches {
                    let base = Int(match.row) * count
                    precondition(base >= 0 && base + count <= weights.count)
                    for label in 0..<count { sums[label] += match.value * weights[base + label] }
                }
            }
        }
        return scores
    }

    /// What a matched feature adds to one theme label's score.
    func contribution(_ match: Match, label: Int) -> Double {
        match.value * index.themeWeights[Int(match.row) * index.themeLabels.count + label]
    }
}
