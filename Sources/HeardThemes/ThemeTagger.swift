import Foundation
import HeardCore

/// Codes a comment against a framework the way Heard ships it: a model trained on real statements where the
/// framework has one, its codebook's cues where it does not.
///
/// - Themes: for `lincolnshire-2022` and `nelc-2019` a logistic regression per theme (`BuiltInModels`) reads the
///   comment's words, word pairs and how strongly each theme's codebook cues matched (`CommentFeatures`); a theme
///   is tagged when its probability passes the model's rule (`TagRule`: its threshold, near enough the likeliest
///   theme, not too many). A theme the model does not know (a council
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
    private let index: FeatureIndex?
    private let hasPolarityModel: Bool
    /// Model label index of each framework theme, in the framework's order (nil: the model does not know it).
    private let modelLabel: [Int?]
    /// Each framework theme's place in the cue index's `themeIDs` (a reading's themes), in the framework's order.
    private let cuePlace: [Int?]
    /// Which of the model's probabilities make tags.
    private let tagRule: TagRule?
    private let corrections: TagCorrections

    /// Two polarity classes whose probabilities differ by less than this are a tie for the question to break.
    static let tieMargin = 0.1
    /// How many of a tag's strongest words its evidence quotes.
    static let evidenceWords = 3

    /// `points`: the codebook points the model reads (`p:POINT`); nil: those Heard ships for the framework's id,
    /// which the shipped models were trained with (a council's own points file changes its summaries, not this).
    public init(framework: ThemeFramework, corrections: TagCorrections = TagCorrections(),
                model: LinearModel? = nil, polarity: LinearModel? = BuiltInModels.polarity, points: PointBook? = nil) {
        self.framework = framework
        let model = model ?? BuiltInModels.themes(for: framework.id)
        let labels = framework.themes.map { model?.labels.firstIndex(of: $0.id) }
        self.modelLabel = labels
        let themeModel = labels.allSatisfy({ $0 == nil }) ? nil : model
        self.tagRule = themeModel?.rule
        // The cue index numbers the models' stems too, so a comment's words are looked up once for both.
        var cues = KeywordTagger(framework: framework, alsoNumbering: FeatureIndex.stems(of: [themeModel, polarity]),
                                 points: points)
        let index = themeModel == nil && polarity == nil ? nil
            : FeatureIndex(theme: themeModel, polarity: polarity, numbering: cues.index, pointIDs: cues.points.ids)
        // Points no model weighs are not looked for.
        if !(index?.points.contains { $0 >= 0 } ?? false) { cues.points = .none }
        self.cues = cues
        self.cuePlace = framework.themes.map { theme in cues.index.themeIDs.firstIndex(of: theme.id) }
        self.index = index
        self.hasPolarityModel = polarity != nil
        self.corrections = corrections
    }

    /// Whether a trained model codes (some of) this framework's themes.
    public var usesModel: Bool { modelLabel.contains { $0 != nil } }

    public func tag(_ text: String) -> TaggingResult { tag(text, hint: nil) }

    /// `hint` is the polarity the question invites ("what could be better?" invites requests), used for ties.
    public func tag(_ text: String, hint: Polarity?) -> TaggingResult {
        tag(TextReading(text), hint: hint)
    }

    /// `tag(_:hint:)` of a comment already read (`reading.text`), for a caller that reads it for more than tagging.
    public func tag(_ source: TextReading, hint: Polarity?) -> TaggingResult {
        let text = source.text
        let reading = Reading(source: source, index: cues.index, explains: explains)
        let ruleThemes = cues.topics(of: reading)
        var result = cues.result(of: reading, topics: ruleThemes, polarity: .neutral)
        guard let index else {
            result.polarity = cues.polarity.classify(sentences: reading.sentences, hint: hint)
            return corrections.apply(to: result, text: text)
        }
        var input = ModelInput(index: index, reading: reading)
        let rule = cues.readFeatures(reading, ruleThemes: ruleThemes, into: &input)
        input.removeRepeats()
        if usesModel {
            let probabilities = input.themeScores().map { 1 / (1 + exp(-$0)) }
            let chosen = tagRule?.tagged(probabilities) ?? [] // a few labels: a search beats hashing
            var tags: [ThemeTag] = []
            // By position, not by zipping the themes: a zip copied each theme (its titles, cues and statements)
            // for every comment.
            for position in 0..<min(framework.themes.count, modelLabel.count) {
                let themeID = framework.themes[position].id
                if let label = modelLabel[position] {
                    guard chosen.contains(label) else { continue }
                    let probability = probabilities[label]
                    let strongest = strongestWords(input, label: label, reading: reading)
                    tags.append(ThemeTag(themeID: themeID, evidence: evidence(strongest.map(\.match), place: cuePlace[position],
                                                                              reading: reading),
                                         confidence: probability))
                    if explains {
                        result.cues[themeID, default: []] += strongest.map {
                            "\(index.names[Int($0.match.row)]) (+\(String(format: "%.2f", $0.amount)))"
                        }
                    }
                } else if let tag = result.tags.first(where: { $0.themeID == themeID }) {
                    tags.append(tag)
                }
            }
            result.tags = tags
        }
        result.polarity = hasPolarityModel ? polarity(input.polarityScores(), labels: index.polarityLabels, hint: hint)
            ?? rule : cues.polarity.classify(sentences: reading.sentences, hint: hint)
        return corrections.apply(to: result, text: text)
    }

    /// A tag's strongest quotable features, largest first.
    private func strongestWords(_ input: ModelInput, label: Int, reading: Reading) -> [(match: ModelInput.Match, amount: Double)] {
        var best: [(match: ModelInput.Match, amount: Double)] = []
        for match in input.matches {
            let amount = input.contribution(match, label: label)
            guard amount > 0, best.count < Self.evidenceWords || amount > best[best.count - 1].amount,
                  quotable(match, reading, input.index) else { continue }
            best.append((match, amount))
            best.sort { $0.amount > $1.amount }
            if best.count > Self.evidenceWords { best.removeLast() }
        }
        return best
    }

    /// Whether a feature points at words worth quoting: a theme's cues, or words that are not all function words.
    private func quotable(_ match: ModelInput.Match, _ reading: Reading, _ index: FeatureIndex) -> Bool {
        match.words.isEmpty ? index.isCueRow[Int(match.row)]
            : !FunctionWords.onlyFunctionWords(match.words, in: reading)
    }

    /// The young person's words behind a model's tag: the words of its strongest features, then the codebook cues.
    /// `place`: the theme's place in the reading's `themeIDs` (nil: the codebook has no cue for it).
    private func evidence(_ matches: [ModelInput.Match], place: Int?, reading: Reading) -> [String] {
        let cueEvidence = place.map { reading.evidence[$0] } ?? []
        var phrases: [String] = []
        for match in matches {
            if match.words.isEmpty {
                for phrase in cueEvidence where !phrases.contains(phrase) { phrases.append(phrase) }
            } else {
                let phrase = reading.surface(match.words)
                if !phrases.contains(phrase) { phrases.append(phrase) }
            }
        }
        for phrase in cueEvidence where !phrases.contains(phrase) { phrases.append(phrase) }
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
