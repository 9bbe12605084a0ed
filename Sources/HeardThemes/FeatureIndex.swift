import HeardCore

/// A theme model's and the polarity model's features merged into one index, so that tagging finds a comment's
/// word features by the stem numbers the codebook's `CueIndex` gave its words (one lookup a word for cues and
/// models together), finds a word pair by two small numbers, and never builds a feature name: how the trained
/// models stay fast enough for a nightly run.
final class FeatureIndex: Sendable {
    /// The rows of a stem's `w:`, `n:` and `f:` features (-1: the models lack it).
    struct StemEntry: Sendable {
        var word: Int32 = -1, negated: Int32 = -1, first: Int32 = -1
    }

    /// Row -> feature name, for `--explain`.
    let names: [String]
    /// Row -> whether it stands for a theme's codebook cues (`CommentFeatures.isCueFeature`).
    let isCueRow: [Bool]
    let themeLabels: [String], polarityLabels: [String]
    let themeBias: [Double], polarityBias: [Double]
    /// `row * themeLabels.count + label`; zero where the theme model lacks the feature.
    let themeWeights: [Double]
    let polarityWeights: [Double]
    /// By stem number in the `CueIndex`.
    let stems: [StemEntry]
    /// `b:` rows by the key of their two stem numbers.
    let pairs: [Int64: Int32]
    /// Rows of `c:THEME` and `k:THEME` by the theme's place in the numbering `CueIndex`'s `themeIDs` (a
    /// reading's themes), so a comment's cue features are found without hashing a theme id (-1: the models lack it).
    let cuesByPlace: [(weight: Int32, ruleTagged: Int32)]
    /// Rows of the fixed-name features by `CommentFeatures.Fixed` raw value (-1: the models lack it).
    let fixed: [Int32]
    /// Rows of `p:POINT` by the point's number in `PointCues.ids` (-1: the models lack it).
    let points: [Int32]
    /// Rows of every other feature by name (`FeatureSink.named`).
    let other: [String: Int32]

    /// The stems the models' word and pair features name: a `CueIndex` must number them all before it numbers
    /// a `FeatureIndex` (`ThemeTagger` builds its cue index with them).
    static func stems(of models: [LinearModel?]) -> Set<String> {
        var stems: Set<String> = []
        for model in models.compactMap({ $0 }) {
            for name in model.featureNames {
                switch name.prefix(2) {
                case "w:", "n:", "f:": stems.insert(String(name.dropFirst(2)))
                case "b:":
                    let parts = name.dropFirst(2).split(separator: " ", maxSplits: 1)
                    if parts.count == 2 { stems.formUnion(parts.map(String.init)) }
                default: break
                }
            }
        }
        return stems
    }

    /// `pointIDs`: the codebook points the tagger reads, by number (`PointCues.ids`).
    init(theme: LinearModel?, polarity: LinearModel?, numbering stemIndex: CueIndex, pointIDs: [String] = []) {
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
        var stems = [StemEntry](repeating: StemEntry(), count: stemIndex.stemNumbers.count)
        var pairs: [Int64: Int32] = [:]
        var cues: [String: (weight: Int32, ruleTagged: Int32)] = [:]
        var fixed = [Int32](repeating: -1, count: CommentFeatures.Fixed.allCases.count)
        var other: [String: Int32] = [:]
        var points = [Int32](repeating: -1, count: pointIDs.count)
        let pointByID = Dictionary(pointIDs.enumerated().map { ("p:" + $0.element, $0.offset) },
                                   uniquingKeysWith: { first, _ in first })
        let fixedByName = Dictionary(uniqueKeysWithValues: CommentFeatures.Fixed.allCases.map { ($0.name, $0.rawValue) })
        func number(_ stem: Substring) -> Int {
            let number = stemIndex.number(ofStem: String(stem))
            precondition(number >= 0, "the cue index numbers every stem the models name")
            return Int(number)
        }
        for (name, row) in rowOf {
            let body = name.dropFirst(2)
            switch name.prefix(2) {
            case "w:": stems[number(body)].word = Int32(row)
            case "n:": stems[number(body)].negated = Int32(row)
            case "f:": stems[number(body)].first = Int32(row)
            case "b:":
                let parts = body.split(separator: " ", maxSplits: 1)
                guard parts.count == 2 else { continue }
                pairs[Self.key(Int32(number(parts[0])), Int32(number(parts[1])))] = Int32(row)
            case "c:": cues[String(body), default: (-1, -1)].weight = Int32(row)
            case "k:": cues[String(body), default: (-1, -1)].ruleTagged = Int32(row)
            default:
                if let number = fixedByName[name] {
                    fixed[number] = Int32(row)
                } else if let point = pointByID[name] {
                    points[point] = Int32(row)
                } else {
                    other[name] = Int32(row)
                }
            }
        }
        self.names = names
        self.isCueRow = names.map(CommentFeatures.isCueFeature)
        self.themeLabels = theme?.labels ?? []
        self.polarityLabels = polarity?.labels ?? []
        self.themeBias = theme?.bias ?? []
        self.polarityBias = polarity?.bias ?? []
        self.themeWeights = weights(theme)
        self.polarityWeights = weights(polarity)
        self.stems = stems
        self.pairs = pairs
        self.cuesByPlace = stemIndex.themeIDs.map { cues[$0] ?? (-1, -1) }
        self.fixed = fixed
        self.points = points
        self.other = other
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
