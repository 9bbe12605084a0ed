import HeardCore

/// A comment with the themes (and optionally the polarity) careful humans gave it.
public struct LabelledComment: Sendable, Hashable {
    public var text: String
    public var themes: Set<String>
    public var polarity: Polarity?
    /// Themes the coders disagreed on: neither right nor wrong for this comment, left out of the scores.
    public var contested: Set<String>

    public init(text: String, themes: Set<String>, polarity: Polarity? = nil, contested: Set<String> = []) {
        self.text = text
        self.themes = themes
        self.polarity = polarity
        self.contested = contested
    }
}

/// Precision, recall and F1 per theme and overall, and polarity accuracy, of a tagger against labels. Only agreed
/// cells count: a contested theme of a comment is skipped, and a comment without a polarity label is not scored
/// for polarity.
public struct ThemeScores: Sendable {
    public struct Line: Sendable {
        public var theme: String
        public var truePositives = 0, falsePositives = 0, falseNegatives = 0
        public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
        public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
        public var f1: Double { harmonic(precision, recall) }
    }

    public var framework: String
    public var comments: Int
    public var lines: [Line]
    public var polarityCorrect = 0
    public var polarityLabelled = 0

    public var microPrecision: Double {
        ratio(lines.map(\.truePositives).reduce(0, +), lines.map { $0.truePositives + $0.falsePositives }.reduce(0, +))
    }
    public var microRecall: Double {
        ratio(lines.map(\.truePositives).reduce(0, +), lines.map { $0.truePositives + $0.falseNegatives }.reduce(0, +))
    }
    public var microF1: Double { harmonic(microPrecision, microRecall) }
    public var macroF1: Double { lines.isEmpty ? 0 : lines.map(\.f1).reduce(0, +) / Double(lines.count) }
    public var polarityAccuracy: Double? { polarityLabelled == 0 ? nil : Double(polarityCorrect) / Double(polarityLabelled) }

    /// Scores `tagger` on `items`.
    public static func evaluate(_ tagger: any ThemeTagging, on items: [LabelledComment]) -> ThemeScores {
        var lines = Dictionary(uniqueKeysWithValues: tagger.framework.themes.map { ($0.id, Line(theme: $0.id)) })
        var scores = ThemeScores(framework: tagger.framework.id, comments: items.count, lines: [])
        for item in items {
            let result = tagger.tag(item.text)
            let predicted = Set(result.tags.map(\.themeID))
            for theme in predicted.union(item.themes) where lines[theme] != nil && !item.contested.contains(theme) {
                switch (predicted.contains(theme), item.themes.contains(theme)) {
                case (true, true): lines[theme]!.truePositives += 1
                case (true, false): lines[theme]!.falsePositives += 1
                case (false, true): lines[theme]!.falseNegatives += 1
                case (false, false): break
                }
            }
            if let polarity = item.polarity {
                scores.polarityLabelled += 1
                if result.polarity == polarity { scores.polarityCorrect += 1 }
            }
        }
        scores.lines = tagger.framework.themes.compactMap { lines[$0.id] }
        return scores
    }
}

private func ratio(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 0 : Double(part) / Double(whole) }
private func harmonic(_ a: Double, _ b: Double) -> Double { a + b == 0 ? 0 : 2 * a * b / (a + b) }
