import HeardCore

/// How one closed question publishes each answer label, decided once per distinct label: a label that means
/// the same as one of the bank's ("Yes, always" for "Always", a one-letter slip like "Allways") is published as
/// the bank's label; "does not apply" and "prefer not to say" are their own rows outside the percentage base;
/// any other label is kept as the export wrote it. Nothing is ever dropped.
struct LabelReading: Sendable {
    /// What one label becomes.
    struct Reading: Hashable, Sendable {
        var label: String
        var kind: AskedQuestion.Option.Kind
        /// Whether it counts towards the bank question's headline; nil when not known.
        var isPositive: Bool?
        /// For an own label, the bank label it leans towards ("Yes, working" -> "Yes"): listed beside it.
        var near: String?
    }

    private let question: Question?
    /// The scale labels are read on: the bank question's, or the one the survey used instead.
    let scale: AnswerScale?
    /// An officer's own value map from a profile: folded text -> label.
    private let valueMap: [String: String]
    /// Folded spelling -> bank label, for spellings that mean the same.
    private let sameAs: [String: String]
    /// Folded answer -> the bank label it leans towards (for the headline only).
    private let leansTo: [String: String]

    init(question: Question?, scale: AnswerScale?, valueMap: [String: String] = [:]) {
        self.question = question
        self.scale = scale
        self.valueMap = valueMap
        var sameAs: [String: String] = [:], leansTo: [String: String] = [:]
        for option in scale?.options ?? [] {
            sameAs[TextFolding.fold(option.label)] = option.label
            for synonym in option.synonyms where sameAs[TextFolding.fold(synonym)] == nil {
                sameAs[TextFolding.fold(synonym)] = option.label
            }
            for leaning in option.leanings where leansTo[TextFolding.fold(leaning)] == nil {
                leansTo[TextFolding.fold(leaning)] = option.label
            }
        }
        self.sameAs = sameAs
        self.leansTo = leansTo
    }

    /// The reading of one label (already split from a multi-select cell), or nil when it says nothing.
    func read(_ text: String) -> Reading? {
        let written = LabelReading.tidy(text)
        let folded = TextFolding.fold(written)
        if AnswerMeaning.isBlank(folded) { return nil }
        if let mapped = valueMap[folded] {
            let mappedFolded = TextFolding.fold(mapped)
            if AnswerMeaning.isBlank(mappedFolded) { return nil }
            return reading(of: mapped, folded: mappedFolded, exact: true) ?? Reading(label: mapped, kind: .own, isPositive: nil)
        }
        return read(Self.verdict(written: written, folded: folded))
    }

    /// What a label says before any scale is asked of it: a reading every scale gives (an identifier, "prefer not
    /// to say", "does not apply"), or words a scale reads.
    enum Verdict {
        case fixed(Reading)
        case words(written: String, folded: String)
    }

    /// The verdict on a tidied label that is not blank (its folded form given).
    static func verdict(written: String, folded: String) -> Verdict {
        if looksLikeIdentifier(written) { return .fixed(Reading(label: removed, kind: .own, isPositive: nil)) }
        if AnswerMeaning.isDeclined(folded) { return .fixed(Reading(label: written, kind: .declined, isPositive: nil)) }
        if AnswerMeaning.doesNotApply(folded) { return .fixed(Reading(label: written, kind: .doesNotApply, isPositive: nil)) }
        return .words(written: written, folded: folded)
    }

    /// The verdict on a label, or nil when it says nothing: one scale-free reading shared by every scale (with
    /// no value map) that reads the same label, so a sample is read once however many scales are tried.
    static func verdict(of text: String) -> Verdict? {
        let written = tidy(text)
        let folded = TextFolding.fold(written)
        return AnswerMeaning.isBlank(folded) ? nil : verdict(written: written, folded: folded)
    }

    /// The reading a verdict gives on this scale (as `read` gives it, when there is no value map).
    func read(_ verdict: Verdict) -> Reading {
        switch verdict {
        case .fixed(let reading): reading
        case .words(let written, let folded): reading(of: written, folded: folded, exact: false) ?? own(written, folded: folded)
        }
    }

    /// The bank label a label means, if any: same meaning, or a slip of one letter in a longer word.
    private func reading(of written: String, folded: String, exact: Bool) -> Reading? {
        if let label = sameAs[folded] ?? (exact ? nil : slip(folded)) {
            return Reading(label: label, kind: .bank, isPositive: question?.direction(of: label) ?? direction(ofBank: label))
        }
        return nil
    }

    /// One edit away from exactly one of the scale's spellings of four letters or more ("Sumtimes", "Nevr").
    private func slip(_ folded: String) -> String? {
        // Counted once (a long comment's characters were counted again for every spelling of every scale tried).
        let length = PlainSearch.characterCount(folded)
        guard length >= 4, length <= 24 else { return nil }
        var found: String?
        for (spelling, label) in sameAs {
            let spelt = PlainSearch.characterCount(spelling)
            guard spelt >= 4 && abs(spelt - length) <= 1 else { continue }
            if EditDistance.within(1, folded, spelling) {
                if let found, found != label { return nil }
                found = label
            }
        }
        return found
    }

    private func direction(ofBank label: String) -> Bool? {
        scale?.options.first { $0.label == label }?.isPositive
    }

    /// An own label, with the bank answer it leans towards ("often" -> "Most of the time"; "Yes, working" ->
    /// "Yes" on a yes/no question) giving its headline direction and its place in the list.
    private func own(_ written: String, folded: String) -> Reading {
        var near = leansTo[folded]
        if near == nil, scale?.id == AnswerScale.yesNo.id {
            if folded.hasPrefix("yes") { near = "Yes" }
            if folded.hasPrefix("no,") || folded.hasPrefix("no ") || folded.hasPrefix("not ") { near = "No" }
        }
        var leaning: Bool?
        if let near { leaning = question?.direction(of: near) ?? direction(ofBank: near) }
        return Reading(label: written, kind: .own, isPositive: leaning, near: near)
    }

    /// What an answer shaped like an identifier is published as: counted, never shown.
    static let removed = "An answer that looked like personal details (not shown)"

    /// An email, phone number, postcode, case reference or street address typed as an answer.
    static func looksLikeIdentifier(_ text: String) -> Bool {
        guard text.contains(where: { $0.isNumber || $0 == "@" }) else { return false }
        return ValuePatterns.isEmail(text) || ValuePatterns.isPhone(text) || ValuePatterns.isPostcode(text)
            || ValuePatterns.isReference(text) || ValuePatterns.isAddress(text)
    }

    /// The label as published: surrounding spaces and runs of spaces removed, the export's spelling kept.
    static func tidy(_ text: String) -> String {
        let trimmed = text.trimmingSpaces
        guard trimmed.contains(where: { $0.isWhitespace && $0 != " " }) || PlainSearch.contains(trimmed, "  ") else { return trimmed }
        return trimmed.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
