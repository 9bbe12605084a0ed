import HeardCore

/// Decides what one column of an export is for, from what its header asks and what its values hold, and how
/// sure it is. Identity wins whenever the values show an identifier; a header asking for one ("Name", "Which
/// school do you go to?") is identity too, but a header asking an opinion about a topic ("How do you feel
/// about school?") is a question when its answers are a handful of repeated labels.
struct ColumnClassifier {
    /// The decision for one column.
    struct Guess {
        var role: SurveyProfile.Role
        var question: String?
        var scale: String?
        var values: [String: String]?
        var format: AskedQuestion.Format?
        var separator: String?
        var option: String?
        var text: String?
        var items: [String]?
        /// For an "Other (please specify)" box: the closed question it belongs to (see `SurveyProfile.Column`).
        var otherFor: String?
        var confidence: Double
        /// Why, in Heard's words (never the cell contents).
        var reason: String
        /// How well the header matched the bank question (0...1), when it did.
        var bankScore = 0.0
    }

    let bank: QuestionBank
    let matcher: QuestionMatcher

    init(bank: QuestionBank) {
        self.bank = bank
        matcher = QuestionMatcher(bank: bank)
    }

    func classify(_ sample: ColumnSample) -> Guess {
        let header = TextFolding.fold(sample.header)
        let intent = HeaderIntent(sample.header)
        if MetadataHeaders.respondentID.contains(header) {
            return Guess(role: .respondentID, confidence: 0.95, reason: "respondent id by its header")
        }
        if MetadataHeaders.submitted.contains(header) {
            return Guess(role: .submitted, confidence: 0.95, reason: "submission date by its header")
        }
        if MetadataHeaders.isToolMetadata(header) {
            if let kind = IdentityDetector.strongKind(sample, dates: false) ?? IdentityDetector.namesKind(sample) {
                return identity("its values look like \(kind)", confidence: 0.9)
            }
            return Guess(role: .metadata, confidence: 0.9, reason: "survey-tool metadata or special category data, not used")
        }
        if let cohort = cohortColumn(sample) { return cohort }
        if MetadataHeaders.isAgeHeader(header), sample.share({ AgeReading.parse($0) != nil }) >= 0.6 || sample.values.isEmpty {
            return Guess(role: .age, confidence: 0.9, reason: "age by its header and values")
        }
        if MetadataHeaders.isBirthHeader(header) {
            return Guess(role: .dateOfBirth, confidence: 0.95, reason: "date of birth by its header")
        }
        if let kind = IdentityDetector.strongKind(sample) {
            return identity("its values look like \(kind)", confidence: 0.9)
        }
        let shape = ClosedShape(sample: sample, intent: intent, bank: bank, matcher: matcher)
        switch intent.asksFor {
        case .person?:
            return identity("its header asks for one", confidence: 0.9)
        case .institution? where !shape.isGenericHandful:
            return identity("its header asks which school or college", confidence: 0.85)
        default:
            break
        }
        if MetadataHeaders.isOtherPleaseSpecify(header) {
            return Guess(role: .freeText, question: "comment-anything-else", confidence: 0.8,
                         reason: "free text: an \"other, please specify\" box")
        }
        if sample.values.isEmpty {
            if intent.isOpenPrompt { return freeText(sample, reason: "free text by its header (no answers yet)") }
            if shape.bankMatch != nil || intent.isChoice || sample.header.trimmingSpaces.hasSuffix("?") {
                return shape.guess(confidence: 0.5)
            }
            return Guess(role: .metadata, confidence: 0.5, reason: "empty column with no question in its header: not used")
        }
        if shape.separator != nil || shape.isScale || shape.isNumeric { return shape.guess(confidence: 0.9) }
        let closedLike = shape.isHandfulOfLabels || shape.isHandfulWithTypedOthers
        let freeLike = sample.averageWords >= 5 || (sample.averageWords >= 3 && sample.uniqueness >= 0.6)
            || (intent.isOpenPrompt && sample.substantiveWords >= 2)
        switch (closedLike, freeLike) {
        case (true, false): return shape.guess(confidence: 0.75)
        case (false, true): return freeText(sample, reason: "free text: long, varied answers")
        case (true, true):
            if intent.isOpenPrompt { return freeText(sample, reason: "free text: its header asks for an open answer") }
            if intent.isChoice || sample.labelLikeShare >= 0.9 { return shape.guess(confidence: 0.6) }
            return freeText(sample, reason: "free text: long answers")
        case (false, false):
            break
        }
        if let kind = IdentityDetector.namesKind(sample) ?? IdentityDetector.codesKind(sample) {
            return identity("its values look like \(kind)", confidence: 0.75)
        }
        if intent.isOpenPrompt || sample.averageWords >= 2.5 || sample.uniqueness >= 0.8 {
            return freeText(sample, reason: "free text: varied answers")
        }
        return shape.guess(confidence: 0.5)
    }

    /// A column a profile lists: kept as listed, except that values showing an identifier make a column the
    /// profile ignores an identity column (and feed the deny list).
    func review(_ column: SurveyProfile.Column, sample: ColumnSample, profile: String) -> Guess {
        var guess = Guess(role: column.role, question: column.question, scale: column.scale, values: column.values,
                          format: column.format.flatMap(AskedQuestion.Format.init(rawValue:)), separator: column.separator,
                          option: column.option, text: column.text, items: column.items, otherFor: column.otherFor,
                          confidence: 1,
                          reason: "listed in profile \(profile)")
        switch column.role {
        case .ignored, .metadata:
            let kind = IdentityDetector.strongKind(sample, dates: false) ?? IdentityDetector.namesKind(sample)
                ?? IdentityDetector.codesKind(sample)
            if let kind {
                guess.role = .identity
                guess.reason = "listed as \(column.role.rawValue) in profile \(profile), but its values look like \(kind): "
                    + "a personal identifier"
            } else if column.role == .ignored {
                guess.role = .metadata
            }
        case .question where column.format == nil:
            let shape = ClosedShape(sample: sample, intent: HeaderIntent(sample.header), bank: bank, matcher: matcher)
            guess.separator = shape.separator
            guess.items = shape.rankedItems
            guess.format = shape.rankedItems != nil ? .ranking
                : (shape.separator != nil ? .multiple : (shape.isNumeric ? .numeric : .single))
        default:
            break
        }
        return guess
    }

    private func identity(_ why: String, confidence: Double) -> Guess {
        Guess(role: .identity, confidence: confidence, reason: "personal identifier: \(why)")
    }

    private func freeText(_ sample: ColumnSample, reason: String) -> Guess {
        let question = matcher.match(sample.header, kind: .freeText)?.id ?? "comment-anything-else"
        return Guess(role: .freeText, question: question, confidence: 0.8, reason: reason)
    }

    /// A column saying whether the young person is in care or a care leaver.
    private func cohortColumn(_ sample: ColumnSample) -> Guess? {
        let header = TextFolding.fold(sample.header)
        guard header.contains("care leaver") || header.contains("in care") || header.contains("looked after")
            || header.contains("cohort") || header.contains("leaving care") else { return nil }
        var map: [String: String] = [:]
        for value in sample.counts.keys {
            if let cohort = MetadataHeaders.cohort(of: value) { map[value] = cohort.rawValue }
        }
        guard !map.isEmpty, sample.share({ map[TextFolding.fold($0)] != nil }) >= 0.8 else { return nil }
        return Guess(role: .cohort, values: map, confidence: 0.85, reason: "cohort by its header and values")
    }
}
