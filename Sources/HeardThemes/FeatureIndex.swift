/// A theme model's and the polarity model's features merged into one index, so that tagging looks a comment's
/// word up once (by its stem) for all its word features, finds a word pair by two small numbers, and never
/// builds a feature name: how the trained models stay fast enough for a nightly run.
final class FeatureIndex: Sendable {
    /// A stem's number (for pairs) and the rows of its `w:`, `n:` and `f:` features (-1: the models lack it).
    struct StemEntry: Sendable {
        var id: Int32
        var word: Int32 = -1, negated: Int32 = -1, first: Int32 = -1
    }

    /// Row -> feature name, for `--explain`.
    let names: [String]
    let themeLabels: [String], polarityLabels: [String]
    let themeBias: [Double], polarityBias: [Double]
    /// `row * themeLabels.count + label`; zero where the theme model lacks the feature.
    let themeWeights: [Double]
    let polarityWeights: [Double]
    let stems: [String: StemEntry]
    let pairs: [Int64: Int32]
    /// Rows of `c:THEME` and `k:THEME` by theme id (-1: the models lack it).
    let cues: [String: (weight: Int32, ruleTagged: Int32)]
    /// Rows of the fixed-name features by `CommentFeatures.Fixed` raw value (-1: the models lack it).
    let fixed: [Int32]

    init(theme: LinearModel?, polarity: LinearModel?) {
        var rowOf: [String: Int] = [:]
        var names: [String] = []
        for model in [theme, polarity].compactMap({ $0 }) {
            for name in model.featureNames.sorted() where rowOf[name] == nil {
                rowOf[name] = names.count
                names.append(name)
            }
        }
        func weights(_ model: LinearModel?) -> [Double] {
            guard let model else { return [] }
            var flat = [Double](repeating: 0, count: names.count * model.labels.count)
            for (name, row) in rowOf {
                guard let values = model.weights(of: name) else { continue }
                for (label, value) in values.enumerated() { flat[row * model.labels.count + label] = value }
            }
            return flat
        }
        var stems: [String: StemEntry] = [:]
        var pairs: [Int64: Int32] = [:]
        var cues: [String: (weight: Int32, ruleTagged: Int32)] = [:]
        var fixed = [Int32](repeating: -1, count: CommentFeatures.Fixed.allCases.count)
        let fixedByName = Dictionary(uniqueKeysWithValues: CommentFeatures.Fixed.allCases.map { ($0.name, $0.rawValue) })
        func entry(_ stem: Substring) -> StemEntry {
            if let known = stems[String(stem)] { return known }
            let new = StemEntry(id: Int32(stems.count))
            stems[String(stem)] = new
            return new
        }
        for (name, row) in rowOf {
            let body = name.dropFirst(2)
            switch name.prefix(2) {
            case "w:": var e = entry(body); e.word = Int32(row); stems[String(body)] = e
            case "n:": var e = entry(body); e.negated = Int32(row); stems[String(body)] = e
            case "f:": var e = entry(body); e.first = Int32(row); stems[String(body)] = e
            case "b:":
                let parts = body.split(separator: " ", maxSplits: 1)
                guard parts.count == 2 else { continue }
                let first = entry(parts[0]).id, second = entry(parts[1]).id
                pairs[Self.key(first, second)] = Int32(row)
            case "c:": cues[String(body), default: (-1, -1)].weight = Int32(row)
            case "k:": cues[String(body), default: (-1, -1)].ruleTagged = Int32(row)
            default: if let number = fixedByName[name] { fixed[number] = Int32(row) }
            }
        }
        self.names = names
        self.themeLabels = theme?.labels ?? []
        self.polarityLabels = polarity?.labels ?? []
        self.themeBias = theme?.bias ?? []
        self.polarityBias = polarity?.bias ?? []
        self.themeWeights = weights(theme)
        self.polarityWeights = weights(polarity)
        self.stems = stems
        self.pairs = pairs
        self.cues = cues
        self.fixed = fixed
    }

    static func key(_ first: Int32, _ second: Int32) -> Int64 { Int64(first) << 32 | Int64(second) }
}

/// A comment's features as rows of a `FeatureIndex`: what the models score.
struct ModelInput: FeatureSink {
    struct Match {
        var row: Int32
        var value: Double
        /// The read words it came from; empty for whole-comment features.
        var words: Range<Int>
    }

    let index: FeatureIndex
    private let entries: [FeatureIndex.StemEntry?]
    private(set) var matches: [Match] = []

    init(index: FeatureIndex, reading: Reading) {
        self.index = index
        entries = reading.words.map { index.stems[$0.stem] }
        matches.reserveCapacity(reading.words.count * 2 + 8)
    }

    mutating func word(_ kind: CommentFeatures.WordFeature, at position: Int) {
        guard let entry = entries[position] else { return }
        let row = switch kind { case .word: entry.word case .negated: entry.negated case .first: entry.first }
        if row >= 0 { matches.append(Match(row: row, value: 1, words: position..<(position + 1))) }
    }

    mutating func pair(at position: Int) {
        guard let first = entries[position], let second = entries[position + 1],
              let row = index.pairs[FeatureIndex.key(first.id, second.id)] else { return }
        matches.append(Match(row: row, value: 1, words: position..<(position + 2)))
    }

    mutating func cue(_ theme: String, ruleTagged: Bool, _ value: Double) {
        guard let rows = index.cues[theme] else { return }
        let row = ruleTagged ? rows.ruleTagged : rows.weight
        if row >= 0 { matches.append(Match(row: row, value: value, words: 0..<0)) }
    }

    mutating func fixed(_ feature: CommentFeatures.Fixed, _ value: Double, words: Range<Int>) {
        let row = index.fixed[feature.rawValue]
        if row >= 0 { matches.append(Match(row: row, value: value, words: words)) }
    }

    /// A feature met twice counts once, at its first place (as `NamedFeatures` keeps it). Comments hold a few
    /// dozen features, so comparing each with those kept costs less than hashing them.
    mutating func removeRepeats() {
        var kept: [Match] = []
        kept.reserveCapacity(matches.count)
        for match in matches where !kept.contains(where: { $0.row == match.row }) { kept.append(match) }
        matches = kept
    }

    /// The theme model's score for every label.
    func themeScores() -> [Double] { scores(index.themeBias, index.themeWeights) }

    /// The polarity model's score for every class.
    func polarityScores() -> [Double] { scores(index.polarityBias, index.polarityWeights) }

    private func scores(_ bias: [Double], _ weights: [Double]) -> [Double] {
        var scores = bias
        let count = bias.count
        guard count > 0 else { return scores }
        for match in matches {
            let base = Int(match.row) * count
            for label in 0..<count { scores[label] += match.value * weights[base + label] }
        }
        return scores
    }

    /// What a matched feature adds to one theme label's score.
    func contribution(_ match: Match, label: Int) -> Double {
        match.value * index.themeWeights[Int(match.row) * index.themeLabels.count + label]
    }
}
