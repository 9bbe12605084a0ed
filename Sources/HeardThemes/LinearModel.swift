import HeardCore

/// A linear model trained offline (`Scripts/themes/train.py`) and shipped as a plain tab-separated file:
///
///     # comments start with a hash
///     model	lincolnshire-2022
///     labels	support-to-remain-with-family	stability-and-permanence	...
///     thresholds	0.3	0.45	...
///     relative	0.4
///     most	2
///     bias	-3.1	-2.4	...
///     w:famili	0.21	-0.05	...
///
/// One row per feature (see `CommentFeatures` for the names), one weight per label. A label's score is its bias
/// plus the sum of feature value times weight; for themes that score is a log-odds and `rule` says which are
/// tagged (`TagRule`), for polarity the labels compete and the highest wins.
public struct LinearModel: Sendable {
    /// What the model is for: a framework id, or "polarity".
    public let name: String
    public let labels: [String]
    /// Which themes' probabilities make tags.
    public let rule: TagRule
    let bias: [Double]
    /// Feature name -> row in `weights` (`labels.count` weights a row).
    private let rows: [String: Int]
    private let weights: [Double]

    /// Reads a model file; the message names the line that is wrong.
    public init(parsing text: String, source: SourceLocation) throws(Diagnostic) {
        var name = "", labels: [String] = [], bias: [Double] = []
        var threshold = 0.5, thresholds: [Double]?, relative = 0.0, most = Int.max
        var rows: [String: Int] = [:], weights: [Double] = []
        for (number, line) in TabSeparatedText.lines(of: text).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = TabSeparatedText.fields(of: line)
            let key = String(fields[0]), values = fields.dropFirst()
            let here = source.at(row: number + 1)
            switch key {
            case "model": name = values.first.map(String.init) ?? ""
            case "labels": labels = values.map(String.init)
            case "threshold":
                guard let value = values.first.flatMap(DecimalText.double) else { throw .error("threshold needs a number", at: here) }
                threshold = value
            case "thresholds":
                let numbers = values.compactMap(DecimalText.double)
                guard !labels.isEmpty, numbers.count == labels.count, numbers.count == values.count else {
                    throw .error("expected \(labels.count) thresholds (and a labels line before them)", at: here)
                }
                thresholds = numbers
            case "relative":
                guard let value = values.first.flatMap(DecimalText.double), (0...1).contains(value) else {
                    throw .error("relative needs a number from 0 to 1", at: here)
                }
                relative = value
            case "most":
                guard let value = values.first.flatMap({ Int($0) }), value > 0 else {
                    throw .error("most needs a whole number above 0", at: here)
                }
                most = value
            default:
                let numbers = values.compactMap(DecimalText.double)
                guard !labels.isEmpty, numbers.count == labels.count, numbers.count == values.count else {
                    throw .error("expected \(labels.count) weights after \"\(key)\" (and a labels line before it)", at: here)
                }
                if key == "bias" {
                    bias = numbers
                } else {
                    rows[key] = weights.count / labels.count
                    weights += numbers
                }
            }
        }
        guard !name.isEmpty, !labels.isEmpty, bias.count == labels.count else {
            throw .error("a model file needs model, labels and bias lines", at: source)
        }
        self.name = name
        self.labels = labels
        self.rule = TagRule(thresholds: thresholds ?? Array(repeating: threshold, count: labels.count),
                            relative: relative, most: most)
        self.bias = bias
        self.rows = rows
        self.weights = weights
    }

    /// The features the model weighs.
    var featureNames: Dictionary<String, Int>.Keys { rows.keys }

    /// A feature's weight for each label, or nil when the model does not know it.
    func weights(of feature: String) -> ArraySlice<Double>? {
        rows[feature].map { weights[($0 * labels.count)..<(($0 + 1) * labels.count)] }
    }

    /// Whether the model knows the feature at all (tests use it).
    func knows(_ feature: String) -> Bool { rows[feature] != nil }
}

/// The models Heard ships, trained on real statements by children in care and care leavers and embedded from
/// `Sources/HeardThemes/Data/models/`. Frameworks without a model (a council's own) are tagged by their cues.
public enum BuiltInModels {
    /// The theme model for a framework id, if one was trained.
    public static func themes(for framework: String) -> LinearModel? {
        switch framework {
        case "lincolnshire-2022": lincolnshire2022
        case "nelc-2019": nelc2019
        default: nil
        }
    }

    /// Everything the shipped models weigh, for the nightly job's derivation fingerprint: when a model is
    /// retrained (or the points they read change), stored tags are derived again.
    public static var fingerprint: String {
        // The models read the shipped points (`p:POINT`): a changed points file changes what they tag.
        EmbeddedData.modelsLincolnshire2022 + EmbeddedData.modelsNelc2019 + EmbeddedData.modelsPolarity
            + EmbeddedData.pointsLincolnshire2022 + EmbeddedData.pointsNelc2019
    }

    /// The polarity model: framework-independent.
    public static let polarity: LinearModel? = load(EmbeddedData.modelsPolarity, "polarity")

    // Each read the first time its framework is asked for: a run tags with one framework, not both.
    private static let lincolnshire2022 = load(EmbeddedData.modelsLincolnshire2022, "lincolnshire-2022")
    private static let nelc2019 = load(EmbeddedData.modelsNelc2019, "nelc-2019")

    private static func load(_ text: String, _ id: String) -> LinearModel? {
        try? LinearModel(parsing: text, source: SourceLocation(file: "built-in:models/\(id).tsv"))
    }
}
