/// What the rules of `rules.txt` find in one comment: the kinds they flag with the words that raised each, the
/// kinds whose sign rules ("cues": warning signs paired across a comment) fire, and the scopes of the ordinary
/// readings that switched a flag off. Direct rules flag on their own; signs weigh in the trained layer
/// (`ModelFeatures`), which has learnt how far a pair of signs goes.
struct RuleHits {
    private(set) var kinds: [ConcernKind] = []
    private(set) var evidence: [String] = []
    private(set) var signKinds: [ConcernKind] = []
    private(set) var signEvidence: [String] = []
    /// "overlapping", "same-sentence", "not-about-me", "resolved": once each.
    private(set) var switchedOff: [String] = []
    /// The ordinary readings, kept to check a flag the trained layer raises on its own.
    private var readings: OrdinaryReadings

    /// Runs every rule over the comment. One trigger per kind is what an officer needs: the first rule of a
    /// kind (in `rules.txt` order) wins, for direct rules and signs apart.
    init(_ text: ScreenText, table: SpanTable, knowledge: ScreenKnowledge, gate: Bool) {
        let matcher = PatternMatcher(text: text, table: table)
        readings = OrdinaryReadings(rules: knowledge.rules, matcher: matcher, firstPerson: knowledge.firstPerson,
                                        ongoingAtom: knowledge.ongoingAtom, contrastAtom: knowledge.contrastAtom,
                                    required: knowledge.readingRequired)
        readings.gate = gate
        for (index, rule) in knowledge.rules.rules.enumerated() {
            if (rule.isSign ? signKinds : kinds).contains(rule.kind) { continue }
            if gate, !knowledge.required[index].isMet(by: table.present) { continue }
            let matches = matcher.matches(rule.pattern, acrossSentences: rule.acrossSentences,
                                          negation: !rule.ignoresNegation)
            var kept: PatternMatch?
            for match in matches {
                if let scope = readings.switchOff(match, of: rule) {
                    if !switchedOff.contains(scope.name) { switchedOff.append(scope.name) }
                } else {
                    kept = match
                    break
                }
            }
            guard let kept else { continue }
            let words = kept.parts.map { part in
                part.spans.flatMap { Int($0.start)..<Int($0.end) }.map { text.words[$0].text }.joined(separator: " ")
            }.joined(separator: " + ")
            if rule.isSign {
                signKinds.append(rule.kind)
                if !signEvidence.contains(words) { signEvidence.append(words) }
            } else {
                kinds.append(rule.kind)
                if !evidence.contains(words) { evidence.append(words) }
            }
        }
    }

    /// Whether a flag the trained layer raised on its own, from the words that weighed most, has an ordinary
    /// reading in each of their sentences (see `OrdinaryReadings.switchOffModelFlag`).
    /// With `ownWords` false, `flagWords` only name the sentences (training asks this of every sentence).
    mutating func switchesOffModelFlag(_ flagWords: [Int], ownWords: Bool = true) -> Bool {
        readings.switchOffModelFlag(Set(flagWords), ownWords: ownWords) != nil
    }
}
