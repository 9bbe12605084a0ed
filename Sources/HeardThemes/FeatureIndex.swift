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
