import Foundation
import HeardCore

/// Codes a comment against a framework the way Heard ships it: a model trained on real statements where the
/// framework has one, its codebook's cues where it does not.
///
/// - Themes: for `lincolnshire-2022` and `nelc-2019` a logistic regression per theme (`BuiltInModels`) reads the
///   comment's words, word pairs and how strongly each theme's codebook cues matched (`CommentFeatures`); a theme
///   is tagged when its probability reaches the model's threshold. A theme the model does not know (a council
///   added it to its copy of the codebook) and every theme of a framework without a model is tagged by its cues
///   (`KeywordTagger`'s rules). So a council's own codebook works with no training data.
/// - Evidence: a model's tag quotes the comment's words that added most to that theme's score (at most three),
///   with the codebook cues that matched; a cue tag quotes its cues.
/// - Polarity: the polarity model (its features include what the rule-based `PolarityClassifier` says); when the
///   two likeliest classes are within `tieMargin` of each other and one is what the question invited (`hint`),
///   that one wins.
/// - Officers' corrections (`TagCorrections`) override both.
public struct ThemeTagger: ThemeTagging {
    public let framework: ThemeFramework
    /// Whether results list the cues and model words behind each tag (`heard tag --explain`).
    public var explains = false
    private let cues: KeywordTagger
    private let model: LinearModel?
    private let polarityModel: LinearModel?
    /// Model label index for each framework theme the model knows.
    private let modelLabel: [String: Int]
    private let corrections: TagCorrections

    /// Two polarity classes whose probabilities differ by less than this are a tie for the question to break.
    static let tieMargin = 0.1
    /// How many of a tag's strongest words its evidence quotes.
    static let evidenceWords = 3

    public init(framework: ThemeFramework, corrections: TagCorrections = TagCorrections(),
                model: LinearModel? = nil, polarity: LinearModel? = BuiltInModels.polarity) {
        self.framework = framework
        self.cues = KeywordTagger(framework: framework)
        let model = model ?? BuiltInModels.themes(for: framework.id)
        self.model = model
        self.polarityModel = polarity
        var labels: [String: Int] = [:]
        for theme in framework.themes {
            if let index = model?.labels.firstIndex(of: theme.id) { labels[theme.id] = index }
        }
        self.modelLabel = labels
        self.corrections = corrections
    }

    /// Whether a trained model codes (some of) this framework's themes.
    public var usesModel: Bool { !modelLabel.isEmpty }

    public func tag(_ text: String) -> TaggingResult { tag(text, hint: nil) }

    /// `hint` is the polarity the question invites ("what could be better?" invites requests), used for ties.
    public func tag(_ text: String, hint: Polarity?) -> TaggingResult {
        let reading = Reading(text: text, index: cues.index, explains: explains)
        let rule = cues.polarity.classify(sentences: reading.sentences, hint: hint)
        var ruleResult = cues.result(of: reading, polarity: rule)
        let needsFeatures = model != nil || polarityModel != nil
        let features = needsFeatures ? cues.modelFeatures(reading, ruleThemes: ruleResult.tags.map(\.themeID)) : []
        var tags: [ThemeTag] = []
        var explained = ruleResult.cues
        if let model, usesModel {
            let scores = model.scores(features)
            for theme in framework.themes {
                if let label = modelLabel[theme.id] {
                    let probability = 1 / (1 + exp(-scores[label]))
                    guard probability >= model.threshold else { continue }
                    let strongest = model.contributions(features, label: label)
                        .filter { $0.amount > 0 && quotable($0.feature, reading) }
                        .prefix(Self.evidenceWords)
                    tags.append(ThemeTag(themeID: theme.id, evidence: evidence(strongest.map(\.feature), theme: theme.id,
                                                                                reading: reading),
                                         confidence: probability))
                    if explains {
                        explained[theme.id, default: []] += strongest.map {
                            "\($0.feature.name) (+\(String(format: "%.2f", $0.amount)))"
                        }
                    }
                } else if let tag = ruleResult.tags.first(where: { $0.themeID == theme.id }) {
                    tags.append(tag)
                }
            }
            ruleResult.tags = tags
        }
        ruleResult.cues = explained
        if let polarityModel { ruleResult.polarity = polarity(polarityModel.scores(features), labels: polarityModel.labels, hint: hint) ?? rule }
        return corrections.apply(to: ruleResult, text: text)
    }

    /// Whether a feature points at words worth quoting: a theme's cues, or words that are not all function words.
    private func quotable(_ feature: CommentFeatures.Feature, _ reading: Reading) -> Bool {
        CommentFeatures.isCueFeature(feature.name)
            || (!feature.words.isEmpty && !FunctionWords.onlyFunctionWords(feature.words, in: reading))
    }

    /// The young person's words behind a model's tag: the words of its strongest features, then the codebook cues.
    private func evidence(_ features: [CommentFeatures.Feature], theme: String, reading: Reading) -> [String] {
        var phrases: [String] = []
        for feature in features {
            let words = CommentFeatures.isCueFeature(feature.name) ? reading.evidence[theme] ?? []
                : [reading.surface(feature.words)]
            for phrase in words where !phrases.contains(phrase) { phrases.append(phrase) }
        }
        for phrase in reading.evidence[theme] ?? [] where !phrases.contains(phrase) { phrases.append(phrase) }
        return phrases
    }

    /// The likeliest class; a near tie goes to what the question invited.
    private func polarity(_ scores: [Double], labels: [String], hint: Polarity?) -> Polarity? {
        let top = scores.max() ?? 0
        let probabilities = scores.map { exp($0 - top) }
        let total = probabilities.reduce(0, +)
        let ranked = labels.indices.sorted { probabilities[$0] > probabilities[$1] }
        guard let first = ranked.first else { return nil }
        if let hint, let invited = labels.firstIndex(of: hint.rawValue), invited != first,
           (probabilities[first] - probabilities[invited]) / total < Self.tieMargin {
            return hint
        }
        return Polarity(rawValue: labels[first])
    }
}
