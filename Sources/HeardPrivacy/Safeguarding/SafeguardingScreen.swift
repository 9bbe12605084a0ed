/// Reads a free-text answer for a disclosure of harm, tuned for recall: a missed disclosure is far worse than a
/// false alarm. It models meaning rather than remembering examples: the rules in `Data/safeguarding/rules.txt`
/// combine groups of words from `Data/safeguarding/words.txt` (who x what x signals), and a flag is switched
/// off only by a benign reading explicit in the same sentence. Each concern carries its kinds and the words that
/// triggered it.
public struct SafeguardingScreen: Sendable {
    /// What the screen found in one comment.
    public struct Result: Sendable, Hashable {
        public var kinds: [ConcernKind]
        /// The words that raised each kind of concern, as the screen read them ("hits me", "owe + made me").
        public var evidence: [String]
        public var isConcern: Bool { !kinds.isEmpty }
    }

    /// Off only in tests that check the quick test of required words changes nothing.
    var useGate = true
    let knowledge: ScreenKnowledge

    public init() {
        knowledge = .shipped
    }

    init(knowledge: ScreenKnowledge) {
        self.knowledge = knowledge
    }

    public func scan(_ comment: String) -> Result {
        let text = ScreenText(comment)
        let table = knowledge.index.spans(in: text)
        let matcher = PatternMatcher(text: text, table: table)
        var readings = OrdinaryReadings(rules: knowledge.rules, matcher: matcher, firstPerson: knowledge.firstPerson,
                                        ongoingAtom: knowledge.ongoingAtom, required: knowledge.readingRequired)
        readings.gate = useGate
        var kinds: [ConcernKind] = []
        var evidence: [String] = []
        for (index, rule) in knowledge.rules.rules.enumerated() {
            // One trigger per kind is what an officer needs; the first rule of a kind (in rules.txt order) wins.
            if kinds.contains(rule.kind) { continue }
            if useGate, !knowledge.required[index].isMet(by: table.present) { continue }
            let matches = matcher.matches(rule.pattern, acrossSentences: rule.acrossSentences,
                                          negation: !rule.ignoresNegation)
            guard let kept = matches.first(where: { !readings.switchOff($0, of: rule) }) else { continue }
            if !kinds.contains(rule.kind) { kinds.append(rule.kind) }
            let words = kept.parts.map { part in
                part.spans.flatMap { Int($0.start)..<Int($0.end) }.map { text.words[$0].text }.joined(separator: " ")
            }.joined(separator: " + ")
            if !evidence.contains(words) { evidence.append(words) }
        }
        return Result(kinds: kinds, evidence: evidence)
    }
}
