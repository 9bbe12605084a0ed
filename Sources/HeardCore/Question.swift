/// One canonical question (indicator) in Heard's question bank, asked in different words by different surveys.
public struct Question: Hashable, Sendable, Codable, Identifiable {
    /// Whether the question is closed (a scale) or free text.
    public enum Kind: String, Hashable, Sendable, Codable {
        case closed
        case freeText = "free-text"
    }

    /// Stable id, e.g. `feel-safe-where-live`. A contract in `summary.json` and profiles.
    public var id: String
    /// The canonical wording, for reports.
    public var text: String
    /// A short headline phrase used as "82% \(headline)", e.g. "feel safe where they live".
    public var headline: String
    public var kind: Kind
    /// The scale id for closed questions (see `AnswerScale`).
    public var scaleID: String?
    /// Which cohorts it is asked of.
    public var cohorts: [Cohort]
    /// Theme ids (in any framework) that this indicator's results belong with in a summary.
    public var themes: [String]
    /// Labels that count as the good outcome, when they differ from the scale's own (e.g. "Never" for loneliness).
    public var positiveAnswers: [String]?
    /// Who the question is for, when some answer "it does not apply to me": "who have a social worker", as in
    /// "of 65 who have a social worker".
    public var appliesTo: String?

    public init(id: String, text: String, headline: String, kind: Kind = .closed, scaleID: String? = nil,
                cohorts: [Cohort] = Cohort.allCases, themes: [String] = [], positiveAnswers: [String]? = nil,
                appliesTo: String? = nil) {
        self.id = id
        self.text = text
        self.headline = headline
        self.kind = kind
        self.scaleID = scaleID
        self.cohorts = cohorts
        self.themes = themes
        self.positiveAnswers = positiveAnswers
        self.appliesTo = appliesTo
    }

    /// Whether an answer label counts towards this question's headline, on whichever scale the survey used.
    public func isPositive(_ label: String) -> Bool {
        direction(of: label) ?? false
    }

    /// Whether a label counts towards the headline: true or false for a label of a known scale, nil for a label
    /// no scale holds (then the headline is not worked out from it).
    public func direction(of label: String) -> Bool? {
        let scales = [scale].compactMap { $0 } + AnswerScale.all
        guard let option = scales.lazy.compactMap({ $0.options.first { $0.label == label } }).first else { return nil }
        if let positiveAnswers { return positiveAnswers.contains(option.label) }
        return option.isPositive
    }

    public var scale: AnswerScale? { scaleID.flatMap { AnswerScale.named($0) } }
}
