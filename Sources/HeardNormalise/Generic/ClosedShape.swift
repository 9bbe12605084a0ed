import HeardCore

/// What a column's sample says about it as a closed question: the bank question its header matches, whether
/// its answers join several choices, fit a known scale, are numbers on a small scale, or are a handful of
/// repeated labels.
struct ClosedShape {
    let sample: ColumnSample
    let intent: HeaderIntent
    /// The bank question the header matches, if its answers can be read on the bank's scale or another known one.
    let bankMatch: (id: String, score: Double)?
    /// The known scale the answers are on, when a bank question is matched but asked on another scale
    /// (agreement for a frequency question).
    let scaleOverride: AnswerScale?
    let separator: String?
    /// For a ranking answered in one cell (Microsoft Forms: every answer holds every item, in the order chosen):
    /// the items.
    let rankedItems: [String]?
    /// Most answers are on a known scale (or say it does not apply, or prefer not to say).
    let isScale: Bool
    /// Every answer is a whole number from 0 to 10.
    let isNumeric: Bool

    init(sample: ColumnSample, intent: HeaderIntent, bank: QuestionBank, matcher: QuestionMatcher) {
        self.sample = sample
        self.intent = intent
        separator = ChoiceSplitting.separator(of: sample.values, invitesSeveral: intent.invitesSeveral)
        rankedItems = separator.flatMap { ChoiceSplitting.rankedItems(in: sample.values, separator: $0) }
        let numeric = sample.integerRange.map { $0.lowerBound >= 0 && $0.upperBound <= 10 } == true
            && (sample.distinct >= 2 || intent.isChoice)
        isNumeric = numeric
        // A bank question is claimed only by a column whose answers can be read on its scale, or on another known
        // scale: matching adds comparability, so answers on no known scale ("Every week", "1 to 5") stay a
        // question of their own. A header with no answers yet must match well.
        let numericScales: Set<String> = [AnswerScale.zeroToTen.id, AnswerScale.smallCount.id]
        var override: AnswerScale?
        var fits = ScaleFits(sample)
        bankMatch = matcher.match(sample.header, kind: .closed).flatMap { match -> (id: String, score: Double)? in
            guard let scale = bank[match.id]?.scale else { return match }
            if sample.values.isEmpty { return match.score >= 0.5 ? match : nil }
            if numeric { return numericScales.contains(scale.id) && fits.best([scale]) >= 0.5 ? match : nil }
            if fits.best([scale]) >= 0.5 { return match }
            let other = AnswerScale.all.filter { !numericScales.contains($0.id) && $0.id != scale.id }
                .map { ($0, fits.best([$0])) }.max { $0.1 < $1.1 }
            guard let other, other.1 >= 0.8 else { return nil }
            override = other.0
            return match
        }
        scaleOverride = override
        let preferred = bankMatch.flatMap { bank[$0.id]?.scale }
        isScale = !numeric && fits.best([preferred].compactMap { $0 } + AnswerScale.all) >= 0.8
    }

    /// A handful of short labels, each given by several young people.
    var isHandfulOfLabels: Bool {
        guard !sample.values.isEmpty else { return false }
        let most = sample.values.count >= 200 ? 30 : 15
        let repeated = sample.values.count >= 12 ? sample.uniqueness <= 0.5 : (sample.uniqueness <= 0.7 || intent.isChoice)
        return sample.distinct <= most && repeated && sample.labelLikeShare >= 0.75 && sample.averageWords <= 8
    }

    /// A handful of a tool's options with a few words typed in its "Other" box among them (Google Forms and
    /// Microsoft Forms write those in the choice's own cell): see `TypedOthers`.
    var isHandfulWithTypedOthers: Bool {
        guard separator == nil, !intent.isOpenPrompt, sample.values.count >= 12 else { return false }
        let others = TypedOthers(choices: sample.values)
        return !others.typed.isEmpty && others.coreLabels >= 2 && sample.distinct - others.typed.count <= 15
    }

    /// A handful of labels that name no particular place: "School", "College", "Neither", "Yes".
    var isGenericHandful: Bool {
        guard isHandfulOfLabels || isScale else { return false }
        return sample.counts.keys.allSatisfy { label in
            Self.readings.contains { $0.read(label)?.kind == .bank }
                || label.split { !$0.isLetter && $0 != "'" }.allSatisfy { Self.genericWords.contains(String($0)) }
        }
    }

    func guess(confidence: Double) -> ColumnClassifier.Guess {
        if let rankedItems {
            return .init(role: .question, format: .ranking, separator: separator, items: rankedItems, confidence: confidence,
                         reason: "ranking in one cell: each item is published with how many put it first, second, ...")
        }
        let format: AskedQuestion.Format = separator != nil ? .multiple : (isNumeric ? .numeric : .single)
        if let bankMatch, format != .multiple {
            return .init(role: .question, question: bankMatch.id, scale: scaleOverride?.id, format: format,
                         confidence: confidence * (0.7 + 0.3 * bankMatch.score), reason: "closed question matched by wording",
                         bankScore: bankMatch.score)
        }
        let what = format == .multiple ? "closed question, several answers each," : "closed question"
        return .init(role: .question, format: format, separator: separator, confidence: confidence * 0.8,
                     reason: "\(what) not in the question bank")
    }

    /// Share of answered cells on one of `scales` (the best), counting "does not apply" and "prefer not to say".
    static func fit(_ sample: ColumnSample, scales: [AnswerScale]) -> Double {
        var fits = ScaleFits(sample)
        return fits.best(scales)
    }

    private static let readings = AnswerScale.all.map { LabelReading(question: nil, scale: $0) }

    private static let genericWords: Set<String> = [
        "school", "college", "academy", "university", "uni", "primary", "secondary", "high", "special", "sixth", "form",
        "neither", "both", "none", "other", "work", "working", "training", "apprenticeship", "job", "home", "education",
        "yes", "no", "not", "sure", "i", "i'm", "im", "at", "in", "a", "an", "the", "or", "and", "go", "to", "don't",
        "dont", "do", "know", "full", "part", "time", "mainstream", "alternative", "provision", "tuition", "taught",
        "elsewhere", "somewhere", "else", "currently", "left", "finished", "nursery", "further",
    ]
}
