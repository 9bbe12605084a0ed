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
    /// With `everyRule`, the index in `rules.txt` order of every rule (direct or sign) that fires and is not
    /// switched off, even when an earlier rule of its kind already flagged: which rules fire on what
    /// (`heard safeguarding features`, for checking each rule's false alarms across writers). Empty otherwise.
    private(set) var firedRules: [Int] = []
    /// With `everyRule`, each rule whose every match an ordinary reading switched off, with the first such
    /// reading: (rule index, reading line in `rules.txt`). What `heard safeguarding features` lists as
    /// "switchedOff", so a development check can see which reading silenced which rule. Empty otherwise.
    private(set) var silencedRules: [(rule: Int, readingLine: Int)] = []
    /// The ordinary readings, kept to check a flag the trained layer raises on its own.
    private var readings: OrdinaryReadings

    /// Runs every rule over the comment. One trigger per kind is what an officer needs: the first rule of a
    /// kind (in `rules.txt` order) wins, for direct rules and signs apart.
    /// With `everyRule`, rules of a kind already flagged are matched too, only to be listed in `firedRules`: the
    /// kinds, evidence and readings recorded stay exactly what screening finds.
    init(_ text: ScreenText, table: SpanTable, knowledge: ScreenKnowledge, gate: Bool, everyRule: Bool = false) {
        let matcher = PatternMatcher(text: text, table: table)
        readings = OrdinaryReadings(knowledge: knowledge, matcher: matcher)
        readings.gate = gate
        // The rules are read in place, by index: copying each rule (its pattern, tag and arrays) for every
        // comment cost a tenth of the screen's time.
        let rules = knowledge.rules.rules
        // With the gate, only the rules filed under an atom the comment holds, in `rules.txt` order (`RuleGate`).
        let candidates = gate ? knowledge.ruleGate.candidates(table.present) : []
        var next = 0
        while let index = Self.nextRule(from: next, of: rules.count, in: candidates, gated: gate) {
            next = index + 1
            let kind = rules[index].kind, isSign = rules[index].isSign
            let alreadyFlagged = (isSign ? signKinds : kinds).contains(kind)
            if alreadyFlagged, !everyRule { continue }
            if gate, !knowledge.required[index].isMet(by: table.present) { continue }
            let matches = matcher.matches(rules[index].pattern, acrossSentences: rules[index].acrossSentences,
                                          negation: !rules[index].ignoresNegation)
            if alreadyFlagged {
                let silencers = matches.map { readings.switchOff(rules[index].secondSign ? $0.firstPart : $0, of: rules[index]) }
                if silencers.contains(where: { $0 == nil }) {
                    firedRules.append(index)
                } else if let first = silencers.first, let reading = first {
                    silencedRules.append((rule: index, readingLine: reading.line))
                }
                continue
            }
            var kept: PatternMatch?
            var silencer: Int?
            for match in matches {
                if let reading = readings.switchOff(rules[index].secondSign ? match.firstPart : match, of: rules[index]) {
                    if !switchedOff.contains(reading.scope.name) { switchedOff.append(reading.scope.name) }
                    if silencer == nil { silencer = reading.line }
                } else {
                    kept = match
                    break
                }
            }
            guard let kept else {
                if everyRule, let silencer { silencedRules.append((rule: index, readingLine: silencer)) }
                continue
            }
            if everyRule { firedRules.append(index) }
            let words = kept.parts.map { part in
                part.spans.flatMap { Int($0.start)..<Int($0.end) }.map { text.words[$0].text }.joined(separator: " ")
            }.joined(separator: " + ")
            if isSign {
                signKinds.append(kind)
                if !signEvidence.contains(words) { signEvidence.append(words) }
            } else {
                kinds.append(kind)
                if !evidence.contains(words) { evidence.append(words) }
            }
        }
    }

    /// The first rule from `index` on that may fire: the next in `candidates` when `gated`, else `index` itself.
    private static func nextRule(from index: Int, of count: Int, in candidates: [UInt64], gated: Bool) -> Int? {
        guard index < count else { return nil }
        guard gated else { return index }
        var word = index >> 6
        guard word < candidates.count else { return nil }
        var bits = candidates[word] & (~UInt64(0) << UInt64(index & 63))
        while bits == 0 {
            word += 1
            guard word < candidates.count else { return nil }
            bits = candidates[word]
        }
        let rule = word << 6 | bits.trailingZeroBitCount
        return rule < count ? rule : nil
    }

    /// Whether a flag the trained layer raised on its own, from the words that weighed most, has an ordinary
    /// reading in each of their sentences (see `OrdinaryReadings.switchOffModelFlag`).
    /// With `ownWords` false, `flagWords` only name the sentences (training asks this of every sentence).
    mutating func switchesOffModelFlag(_ flagWords: [Int], ownWords: Bool = true) -> Bool {
        readings.switchOffModelFlag(Set(flagWords), ownWords: ownWords) != nil
    }
}
