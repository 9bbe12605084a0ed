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
    /// The kinds of weak rules that fired with no second sign in their sentence and no other rule of their kind
    /// flagged: not flagged, but read by the trained layer as a rule of that kind (`r:KIND`, as when they
    /// flagged alone), which flags them at `ScreenKnowledge.weakRuleModelScore` (`SafeguardingScreen.scan`).
    private(set) var heldKinds: [ConcernKind] = []
    private(set) var heldEvidence: [String] = []
    /// With `everyRule`, each fired direct rule with a second sign in the sentence of a match it kept: what a
    /// weak rule needs besides the trained layer (`heard safeguarding features` lists them as "signed").
    private(set) var signedRules: [Int] = []
    /// With `everyRule`, each fired direct rule not yet needing a second sign about someone else whose every kept
    /// match is about someone else (`isAboutSomeoneElse`): what `weak_rules.py` weighs for that sign.
    private(set) var aboutOthers: [Int] = []
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
        var keptMatches: [(rule: Int, match: PatternMatch)] = []
        var weakMatches: [(rule: Int, match: PatternMatch)] = []
        var triggers: [(rule: Int, kind: ConcernKind, words: String)] = []
        // With the gate, only the rules filed under an atom the comment holds, in `rules.txt` order (`RuleGate`).
        let candidates = gate ? knowledge.ruleGate.candidates(table.present) : []
        var next = 0
        while let index = Self.nextRule(from: next, of: rules.count, in: candidates, gated: gate) {
            next = index + 1
            let kind = rules[index].kind, isSign = rules[index].isSign, isWeak = rules[index].isWeak
            let alreadyFlagged = (isSign ? signKinds : kinds).contains(kind)
            if alreadyFlagged, !everyRule { continue }
            if gate, !knowledge.required[index].isMet(by: table.present) { continue }
            let matches = matcher.matches(rules[index].pattern, acrossSentences: rules[index].acrossSentences,
                                          negation: !rules[index].ignoresNegation)
            if alreadyFlagged {
                let silencers = matches.map { readings.switchOff(rules[index].secondSign ? $0.firstPart : $0, of: rules[index]) }
                if silencers.contains(where: { $0 == nil }) {
                    firedRules.append(index)
                    let keptHere = zip(matches, silencers).filter { $0.1 == nil }.map(\.0)
                    if !isSign { keptMatches += keptHere.map { (rule: index, match: $0) } }
                    if !isSign, !isWeak, !knowledge.othersNeedSign.contains(kind),
                       keptHere.allSatisfy({ readings.isAboutSomeoneElse($0, of: rules[index]) }) {
                        aboutOthers.append(index)
                    }
                } else if let first = silencers.first, let reading = first {
                    silencedRules.append((rule: index, readingLine: reading.line))
                }
                continue
            }
            var kept: PatternMatch?
            // The first kept match that flags on its own: not a weak rule's, nor one about someone else.
            var flagging: PatternMatch?
            var silencer: Int?
            var keptOnlyAboutOthers = true
            let othersNeedSign = !isSign && knowledge.othersNeedSign.contains(kind)
            for match in matches {
                if let reading = readings.switchOff(rules[index].secondSign ? match.firstPart : match, of: rules[index]) {
                    // Only the readings met before the first kept match are recorded, as when the loop stopped there
                    // (the trained layer learnt "o:" features so).
                    guard kept == nil else { continue }
                    if !switchedOff.contains(reading.scope.name) { switchedOff.append(reading.scope.name) }
                    if silencer == nil { silencer = reading.line }
                } else {
                    if kept == nil { kept = match }
                    if !isSign { keptMatches.append((rule: index, match: match)) }
                    let aboutOthers = (othersNeedSign || everyRule) && readings.isAboutSomeoneElse(match, of: rules[index])
                    if !aboutOthers { keptOnlyAboutOthers = false }
                    let needsSign = isWeak || (othersNeedSign && aboutOthers)
                    if needsSign { weakMatches.append((rule: index, match: match)) } else if flagging == nil { flagging = match }
                    // A weak rule's later match may have the second sign its first lacks, or not be about someone
                    // else; every match is listed for the "signed" check.
                    if flagging != nil, !everyRule { break }
                }
            }
            guard kept != nil else {
                if everyRule, let silencer { silencedRules.append((rule: index, readingLine: silencer)) }
                continue
            }
            if everyRule {
                firedRules.append(index)
                if !isWeak, !isSign, !othersNeedSign, keptOnlyAboutOthers { aboutOthers.append(index) }
            }
            guard let flagging else { continue }
            let words = Self.words(of: flagging, in: text)
            if isSign {
                signKinds.append(kind)
                if !signEvidence.contains(words) { signEvidence.append(words) }
            } else {
                kinds.append(kind)
                if !evidence.contains(words) { evidence.append(words) }
                triggers.append((rule: index, kind: kind, words: words))
            }
        }
        if weakMatches.isEmpty {
            if everyRule { signedRules = Self.signed(firedRules, kept: keptMatches, text: text, table: table,
                                                     matcher: matcher, atom: knowledge.secondSignAtom) }
            return
        }
        let signs = SecondSigns(text: text, table: table, matcher: matcher, atom: knowledge.secondSignAtom,
                                kept: keptMatches)
        // A weak rule's match flags with a second sign in its sentence (its first such match, one trigger per kind);
        // without one its kind is held for the trained layer.
        var held: [(rule: Int, kind: ConcernKind, words: String)] = []
        for (index, match) in weakMatches where !kinds.contains(rules[index].kind) {
            if signs.stand(match, rule: index) {
                kinds.append(rules[index].kind)
                triggers.append((rule: index, kind: rules[index].kind, words: Self.words(of: match, in: text)))
            } else if !held.contains(where: { $0.kind == rules[index].kind }) {
                held.append((rule: index, kind: rules[index].kind, words: Self.words(of: match, in: text)))
            }
        }
        held.removeAll { kinds.contains($0.kind) }
        if kinds.isEmpty {
            heldKinds = held.map(\.kind)
            heldEvidence = Self.distinct(held.map(\.words))
        } else {
            // Flagged anyway by another rule: a held kind raises no alarm of its own and is kept with the rest, as
            // before weak rules, so the officer sees every kind.
            triggers += held
        }
        // In rules.txt order, as when every rule flagged on its own.
        triggers.sort { $0.rule < $1.rule }
        kinds = triggers.map(\.kind)
        evidence = Self.distinct(triggers.map(\.words))
        if everyRule { signedRules = Self.signed(firedRules, kept: keptMatches, text: text, table: table,
                                                 matcher: matcher, atom: knowledge.secondSignAtom) }
    }

    /// The fired rules with a second sign in the sentence of a match they kept.
    private static func signed(_ fired: [Int], kept: [(rule: Int, match: PatternMatch)], text: ScreenText,
                               table: SpanTable, matcher: PatternMatcher, atom: Int?) -> [Int] {
        let signs = SecondSigns(text: text, table: table, matcher: matcher, atom: atom, kept: kept)
        return fired.filter { index in kept.contains { $0.rule == index && signs.stand($0.match, rule: index) } }
    }

    /// The words of a match as evidence: "hits me", "owe + made me".
    private static func words(of match: PatternMatch, in text: ScreenText) -> String {
        match.parts.map { part in
            part.spans.flatMap { Int($0.start)..<Int($0.end) }.map { text.words[$0].text }.joined(separator: " ")
        }.joined(separator: " + ")
    }

    private static func distinct(_ words: [String]) -> [String] {
        var seen: Set<String> = []
        return words.filter { seen.insert($0).inserted }
    }

    /// A weak rule's flag raised by the trained layer (its score reached the weak rules' bar): the held kinds
    /// become the comment's kinds.
    mutating func flagHeldKinds() {
        kinds = heldKinds
        evidence = heldEvidence
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
