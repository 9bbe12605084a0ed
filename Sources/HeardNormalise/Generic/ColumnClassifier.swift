import HeardCore

/// Decides what one column of an unknown export is for, from its header and its values, and how sure it is.
struct ColumnClassifier {
    /// The decision for one column.
    struct Guess {
        var role: SurveyProfile.Role
        var question: String?
        var scale: String?
        var values: [String: String]?
        var confidence: Double
        /// Why, in Heard's words (never the cell contents).
        var reason: String
    }

    let bank: QuestionBank
    let matcher: QuestionMatcher

    init(bank: QuestionBank) {
        self.bank = bank
        matcher = QuestionMatcher(bank: bank)
    }

    func classify(_ sample: ColumnSample) -> Guess {
        let header = TextFolding.fold(sample.header)
        if MetadataHeaders.respondentID.contains(header) {
            return Guess(role: .respondentID, confidence: 0.95, reason: "respondent id by its header")
        }
        if MetadataHeaders.submitted.contains(header) || MetadataHeaders.started.contains(header) {
            return Guess(role: .submitted, confidence: 0.95, reason: "submission date by its header")
        }
        if MetadataHeaders.ignored.contains(header) || MetadataHeaders.specialCategory.contains(header) {
            return Guess(role: .ignored, confidence: 0.9, reason: "survey-tool metadata or special category data, not used")
        }
        if let cohort = cohortColumn(sample) { return cohort }
        if MetadataHeaders.isAgeHeader(header), sample.share({ AgeReading.parse($0) != nil }) >= 0.6 || sample.values.isEmpty {
            return Guess(role: .age, confidence: 0.9, reason: "age by its header and values")
        }
        if MetadataHeaders.isBirthHeader(header) {
            return Guess(role: .dateOfBirth, confidence: 0.95, reason: "date of birth by its header")
        }
        let bankMatch = matcher.match(sample.header, kind: .closed)
        let preferred = bankMatch.flatMap { bank[$0.id]?.scale }
        let scale = ScaleDetector.best(for: sample, preferred: preferred)
        if let scale, scale.fit >= 0.8, !sample.values.isEmpty {
            return closed(bankMatch, scale: scale.scale, fit: scale.fit, confidence: 0.6 + 0.4 * scale.fit)
        }
        if MetadataHeaders.isOtherPleaseSpecify(header) {
            return Guess(role: .freeText, question: "comment-anything-else", confidence: 0.8,
                         reason: "free text: an \"other, please specify\" box")
        }
        if IdentityDetector.headerSaysIdentity(sample.header) {
            return Guess(role: .identity, confidence: 0.9, reason: "personal identifier by its header")
        }
        if let kind = IdentityDetector.contentKind(sample) {
            return Guess(role: .identity, confidence: 0.85, reason: "personal identifier: the values look like \(kind)")
        }
        if sample.values.isEmpty {
            if let bankMatch { return closed(bankMatch, scale: preferred, fit: 1, confidence: 0.5) }
            return Guess(role: .ignored, confidence: 0.5, reason: "empty column")
        }
        if isFreeText(sample) {
            let question = matcher.match(sample.header, kind: .freeText)?.id ?? "comment-anything-else"
            return Guess(role: .freeText, question: question, confidence: 0.8, reason: "free text: long, varied answers")
        }
        if sample.distinct <= 12, sample.uniqueness <= 0.5 || sample.values.count < 8 {
            if let scale, scale.fit >= 0.5 {
                return closed(bankMatch, scale: scale.scale, fit: scale.fit, confidence: 0.4 + 0.4 * scale.fit)
            }
            return Guess(role: .question, confidence: 0.6, reason: "closed question not in the question bank (few distinct answers)")
        }
        if sample.uniqueness >= 0.9, sample.share(looksLikeCode) >= 0.8 {
            return Guess(role: .identity, confidence: 0.7, reason: "personal identifier: the values look like ID codes")
        }
        return Guess(role: .ignored, confidence: 0.3, reason: "not understood: no role fits this column")
    }

    /// A closed question: mapped to the bank when its wording matches; otherwise kept as a custom question,
    /// on a scale only when every answer fits one (else each answer is kept as written, folded).
    private func closed(_ match: (id: String, score: Double)?, scale: AnswerScale?, fit: Double,
                        confidence: Double) -> Guess {
        guard let match else {
            return Guess(role: .question, scale: fit >= 0.95 ? scale?.id : nil, confidence: confidence * 0.8,
                         reason: "closed question not in the question bank")
        }
        let bankScale = bank[match.id]?.scaleID
        return Guess(role: .question, question: match.id, scale: scale?.id == bankScale ? nil : scale?.id,
                     confidence: confidence * (0.7 + 0.3 * match.score), reason: "closed question matched by wording")
    }

    private func isFreeText(_ sample: ColumnSample) -> Bool {
        if sample.averageWords >= 3.5 { return true }
        let wordy = sample.averageWords >= 2.5 || sample.averageLength >= 15
        let commentHeader = matcher.match(sample.header, kind: .freeText) != nil
        return (wordy && sample.uniqueness >= 0.5) || (commentHeader && sample.uniqueness >= 0.6 && sample.distinct >= 2)
    }

    private func looksLikeCode(_ text: String) -> Bool {
        let trimmed = text.trimmingSpaces
        return (4...16).contains(trimmed.count) && trimmed.contains(where: \.isNumber)
            && trimmed.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "/" }
    }

    /// A column saying whether the young person is in care or a care leaver.
    private func cohortColumn(_ sample: ColumnSample) -> Guess? {
        let header = TextFolding.fold(sample.header)
        guard header.contains("care leaver") || header.contains("in care") || header.contains("looked after")
            || header.contains("cohort") || header.contains("leaving care") else { return nil }
        var map: [String: String] = [:]
        for value in Set(sample.values.map(TextFolding.fold)) {
            if let cohort = MetadataHeaders.cohort(of: value) { map[value] = cohort.rawValue }
        }
        guard !map.isEmpty, sample.share({ map[TextFolding.fold($0)] != nil }) >= 0.8 else { return nil }
        return Guess(role: .cohort, values: map, confidence: 0.85, reason: "cohort by its header and values")
    }
}
