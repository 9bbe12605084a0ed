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
        let hits = RuleHits(text, table: table, knowledge: knowledge, gate: useGate)
        var kinds = hits.kinds, evidence = hits.evidence
        guard kinds.isEmpty else { return Result(kinds: kinds, evidence: evidence) }
        guard let model = knowledge.model else {
            // Without a trained layer, the signs flag on their own.
            return Result(kinds: hits.signKinds, evidence: hits.signEvidence)
        }
        var scorer = DisclosureModel.Scorer(model: model)
        ModelFeatures.read(text, hits: hits, table: table, groups: knowledge.groupNames, into: &scorer)
        guard scorer.score >= model.threshold else { return Result(kinds: [], evidence: []) }
        kinds = hits.signKinds.isEmpty ? [scorer.kind] : hits.signKinds
        evidence = hits.signEvidence
        let strongest = scorer.strongestWords().map { text.words[$0].text }
        if !strongest.isEmpty { evidence.append("model: " + strongest.joined(separator: ", ")) }
        return Result(kinds: kinds, evidence: evidence)
    }

    /// The trained layer's features of a comment, by name, and how many words it has (`heard safeguarding
    /// features`, for training).
    public func modelFeatures(_ comment: String) -> (names: [String], words: Int) {
        let text = ScreenText(comment)
        let table = knowledge.index.spans(in: text)
        let hits = RuleHits(text, table: table, knowledge: knowledge, gate: useGate)
        var sink = NamedFeatureSink()
        ModelFeatures.read(text, hits: hits, table: table, groups: knowledge.groupNames, into: &sink)
        return (sink.names, text.words.count)
    }
}
