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
    /// Off only to measure what the ordinary readings "for model" change.
    var useModelReadings = true
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
        var hits = RuleHits(text, table: table, knowledge: knowledge, gate: useGate)
        var kinds = hits.kinds, evidence = hits.evidence
        guard kinds.isEmpty else { return Result(kinds: kinds, evidence: evidence) }
        guard let model = knowledge.model else {
            // Without a trained layer, weak rules and the signs flag on their own.
            if !hits.heldKinds.isEmpty {
                hits.flagHeldKinds()
                return Result(kinds: hits.kinds, evidence: hits.evidence)
            }
            return Result(kinds: hits.signKinds, evidence: hits.signEvidence)
        }
        var scorer = DisclosureModel.Scorer(model: model, words: text.words.count)
        ModelFeatures.read(text, hits: hits, table: table, groups: knowledge.groupNames, into: &scorer)
        // A weak rule's flag with no second sign in its sentence stands when the trained layer leans far enough
        // towards a disclosure (issue 13, seventeenth round).
        if !hits.heldKinds.isEmpty, scorer.score >= knowledge.weakRuleModelScore {
            hits.flagHeldKinds()
            return Result(kinds: hits.kinds, evidence: hits.evidence)
        }
        guard scorer.score >= model.threshold else { return Result(kinds: [], evidence: []) }
        let strongestWords = scorer.strongestWords()
        // A sport, a game, a Wi-Fi fault, safety said plainly: the benign reading must be explicit in each
        // sentence that made the model flag, and a sign rule's pair of warning signs keeps the flag.
        if useModelReadings, hits.signKinds.isEmpty, hits.switchesOffModelFlag(strongestWords) {
            return Result(kinds: [], evidence: [])
        }
        kinds = hits.signKinds.isEmpty ? [scorer.kind] : hits.signKinds
        evidence = hits.signEvidence
        let strongest = strongestWords.map { text.words[$0].text }
        if !strongest.isEmpty { evidence.append("model: " + strongest.joined(separator: ", ")) }
        return Result(kinds: kinds, evidence: evidence)
    }

    /// The trained layer's features of a comment, as training reads them (`heard safeguarding features`).
    public struct ModelFeatureReading: Sendable {
        /// The features' names, once each.
        public var names: [String]
        /// How many words the comment has.
        public var words: Int
        /// For each feature, the comment word it came from first (-1: none), as the screen credits it.
        public var featureWords: [Int]
        /// For each word, its sentence.
        public var wordSentences: [Int]
        /// The sentences that carry an ordinary reading "for model" (read with no flag words of their own), so
        /// training can score what the screen switches off.
        public var benignSentences: [Int]
        /// Every rule that fires on the comment and is not switched off, as "KIND line N" (`rules.txt`), signs
        /// too, even after an earlier rule of its kind flagged: what `Scripts/safeguarding/rule_firing.py` counts.
        public var firedRules: [String]
        /// The fired direct rules with a second sign in the sentence of a match they kept (a SECOND-SIGN word or
        /// another rule's match), as "KIND line N": what a weak rule needs besides the trained layer.
        public var signedRules: [String]
        /// Every rule whose every match an ordinary reading switched off, as "KIND line N off by line M" (the
        /// first reading that did): which reading silenced which rule, for development checks.
        public var switchedOffRules: [String]
        /// The fired direct rules whose every kept match is about someone else and that do not yet need a second
        /// sign for it, as "KIND line N": what `weak_rules.py` weighs for the "second sign about someone else" line.
        public var aboutOthersRules: [String]
    }

    /// The trained layer's features of a comment (`heard safeguarding features`, for training).
    public func modelFeatures(_ comment: String) -> ModelFeatureReading {
        let text = ScreenText(comment)
        let table = knowledge.index.spans(in: text)
        var hits = RuleHits(text, table: table, knowledge: knowledge, gate: useGate, everyRule: true)
        var sink = NamedFeatureSink()
        ModelFeatures.read(text, hits: hits, table: table, groups: knowledge.groupNames, into: &sink)
        let sentences = text.words.map(\.sentence)
        let benign = Set(sentences).sorted().filter { sentence in
            let first = sentences.firstIndex(of: sentence) ?? 0
            return hits.switchesOffModelFlag([first], ownWords: false)
        }
        let fired = hits.firedRules.map { index in
            let rule = knowledge.rules.rules[index]
            return "\(rule.kind.rawValue) line \(rule.line)"
        }
        let signed = hits.signedRules.map { index in
            let rule = knowledge.rules.rules[index]
            return "\(rule.kind.rawValue) line \(rule.line)"
        }
        let aboutOthers = hits.aboutOthers.map { index in
            let rule = knowledge.rules.rules[index]
            return "\(rule.kind.rawValue) line \(rule.line)"
        }
        let silenced = hits.silencedRules.map { entry in
            let rule = knowledge.rules.rules[entry.rule]
            return "\(rule.kind.rawValue) line \(rule.line) off by line \(entry.readingLine)"
        }
        return ModelFeatureReading(names: sink.names, words: text.words.count, featureWords: sink.words,
                                   wordSentences: sentences, benignSentences: benign, firedRules: fired,
                                   signedRules: signed, switchedOffRules: silenced,
                                   aboutOthersRules: aboutOthers)
    }
}
