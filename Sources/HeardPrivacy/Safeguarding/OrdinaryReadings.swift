/// Decides whether a flag is switched off by an ordinary reading of the same sentence (see `OrdinaryReading`).
/// Readings are found only once something is flagged, and each at most once per comment.
struct OrdinaryReadings {
    /// The screen's rules and readings, shared by reference: nothing of them is copied per comment.
    let knowledge: ScreenKnowledge
    let matcher: PatternMatcher
    /// Off only in tests that check the quick test changes nothing.
    var gate = true
    private var found: [Int: [PatternMatch]] = [:]

    init(knowledge: ScreenKnowledge, matcher: PatternMatcher) {
        self.knowledge = knowledge
        self.matcher = matcher
    }

    var readings: [OrdinaryReading] { knowledge.rules.readings }
    var firstPerson: Set<String> { knowledge.firstPerson }
    private var ongoingAtom: Int? { knowledge.ongoingAtom }
    /// CONTRAST ("but", "except"...): a turn after a benign reading undoes it for a flag of the trained layer.
    private var contrastAtom: Int? { knowledge.contrastAtom }

    /// The ordinary reading that switches off `match` of `rule`, if one does.
    mutating func switchOff(_ match: PatternMatch, of rule: ScreenRule) -> OrdinaryReading? {
        let flagWords = match.words
        let sentences = match.sentences
        let readings = readings
        for index in readings.indices where readings[index].applies(to: rule) {
            guard !gate || knowledge.readingRequired[index].isMet(by: matcher.table.present) else { continue }
            let reading = readings[index]
            for benign in readingMatches(index) {
                let benignWords = benign.words
                if reading.scope == .safeNext {
                    if safeNext(benign, after: sentences, flagWords: flagWords) { return reading }
                    continue
                }
                if reading.scope == .dealtWithNext {
                    if dealtWithNext(benign, after: match) { return reading }
                    continue
                }
                let applies = switch reading.scope {
                // A flag's own words never count as its ordinary reading; a past marker and a sign of safety
                // must stand apart from the flag ("I used to eat but I stopped eating" is not resolved).
                case .overlapping, .topic, .askedAbout: !flagWords.isDisjoint(with: benignWords)
                case .sameSentence, .notAboutMe: !benignWords.isSubset(of: flagWords)
                case .dealtWith, .someoneElse: !benignWords.isSubset(of: flagWords)
                case .resolved, .safeNext, .dealtWithNext: flagWords.isDisjoint(with: benignWords)
                }
                guard applies, reading.scope == .overlapping || !sentences.isDisjoint(with: benign.sentences) else { continue }
                // A frame told before a turn ("i play roblox but...") does not reach the harm told after it. Not for
                // sign rules: they weigh in the trained layer, which learnt them as the readings left them.
                if reading.scope != .overlapping, !rule.isSign,
                   turnsAway(from: benignWords, to: flagWords, contrastToo: Self.notTheWritersHarm.contains(reading.scope)) {
                    continue
                }
                if reading.scope == .sameSentence, !rule.isSign, frameInOtherClause(benignWords, flag: match, of: rule) { continue }
                if Self.confinedReadings.contains(reading.scope),
                   writerSharesHarm(in: sentences.union(benign.sentences), apartFrom: flagWords.union(benignWords)) {
                    continue
                }
                switch reading.scope {
                case .overlapping, .sameSentence: return reading
                case .topic:
                    if !goesOn(in: sentences.union(benign.sentences), apartFrom: benignWords) { return reading }
                case .askedAbout:
                    if onlyAsked(benign, flagWords: flagWords) { return reading }
                case .notAboutMe:
                    if !isAboutWriter(match) { return reading }
                case .resolved:
                    if !reading.answersHarmBefore || comesBefore(flagWords, safetyOf: benign),
                       !safetyNegated(benign),
                       !goesOn(in: benign.sentences, apartFrom: flagWords.union(benignWords)) { return reading }
                case .dealtWith:
                    if !isAboutWriter(match), dealtWith(benign, flagWords: flagWords) { return reading }
                case .someoneElse:
                    if confinesToSomeoneElse(match, of: rule, by: reading, benign) { return reading }
                case .safeNext, .dealtWithNext: break
                }
            }
        }
        return nil
    }

    /// Whether the flag's words, the word before each of its parts past "am", "was", "always"... ("I owe",
    /// "I am scared to go", "I have always been", "my dad hits") or the word just after ("threaten me") speak of
    /// the writer.
    func isAboutWriter(_ match: PatternMatch) -> Bool {
        let words = matcher.text.words
        for part in match.parts {
            for span in part.spans {
                let first = Int(span.start)
                var before = first - 1
                while before >= 0, first - before <= 3, words[before].sentence == words[first].sentence,
                      Self.auxiliaries.contains(words[before].text) { before -= 1 }
                if before >= 0, words[before].sentence == words[first].sentence, firstPerson.contains(words[before].text) {
                    return true
                }
                if (first..<Int(span.end)).contains(where: { firstPerson.contains(words[$0].text) }) { return true }
                // "threaten me", "hit my": the word just after the flag's words names the writer as the one harmed.
                let after = Int(span.end)
                if after < words.count, words[after].sentence == words[first].sentence,
                   Self.objectPronouns.contains(words[after].text) { return true }
            }
        }
        return false
    }

    /// The writer as the one a flag's words act on ("threaten me"); "I" after them starts a clause of its own.
    private static let objectPronouns: Set<String> = ["me", "my", "myself", "us", "our"]

    private static let auxiliaries: Set<String> = [
        "am", "was", "were", "is", "have", "had", "has", "been", "get", "got", "keep", "kept", "feel", "felt",
        "always", "really", "so", "just", "still", "also", "often", "sometimes", "do", "did", "usually", "even",
    ]

    mutating func readingMatches(_ index: Int) -> [PatternMatch] {
        if let matches = found[index] { return matches }
        let matches = matcher.matches(readings[index].pattern, acrossSentences: false, negation: false)
        found[index] = matches
        return matches
    }

    /// Whether a negator ("not", "never"...) of the sentence comes before `benign` ("not sure i feel safe").
    func negated(_ benign: Set<Int>, in sentence: Int) -> Bool {
        guard let start = benign.min() else { return false }
        let words = matcher.text.words
        return words.contains { word in
            guard let negator = word.negator else { return false }
            return negator < start && !benign.contains(negator) && words[negator].sentence == sentence
        }
    }

    /// Whether a CONTRAST word follows `word` in `sentence` ("I feel safe here but..."), or anywhere after it in
    /// the comment when `sentence` is nil.
    func turns(in sentence: Int?, after word: Int) -> Bool {
        guard let contrastAtom else { return false }
        return matcher.table.spans.contains { span in
            Int(span.atom) == contrastAtom && Int(span.start) > word
                && (sentence.map { matcher.text.words[Int(span.start)].sentence == $0 } ?? true)
        }
    }

    /// Whether the sentence says the harm goes on ("still", "again", "every night") in words of its own.
    func goesOn(in sentences: Set<Int>, apartFrom words: Set<Int>) -> Bool {
        guard let ongoingAtom else { return false }
        return matcher.table.spans.contains { span in
            Int(span.atom) == ongoingAtom && sentences.contains(matcher.text.words[Int(span.start)].sentence)
                && !(Int(span.start)..<Int(span.end)).contains(where: words.contains)
        }
    }
}
