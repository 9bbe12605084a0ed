extension OrdinaryReadings {
    /// The target that names the trained layer in `rules.txt` ("ordinary, same sentence, for model: ...").
    static let modelTarget = "model"

    /// The scope of the ordinary reading that switches off a flag the trained layer raised on its own, if one
    /// does: every sentence holding `flagWords` (the words that weigh most towards a disclosure) must carry a
    /// reading written "for model" in words of its own (an "overlapping" one may share them, unless the sentence
    /// says the harm goes on). A "not about me" reading counts only in a sentence with
    /// no I, me, my...; a "resolved" one only when the sentence does not also say the harm goes on.
    mutating func switchOffModelFlag(_ flagWords: Set<Int>, ownWords: Bool = true) -> OrdinaryReading.Scope? {
        let words = matcher.text.words
        let sentences = Set(flagWords.map { words[$0].sentence })
        guard !sentences.isEmpty else { return nil }
        var scopes: [OrdinaryReading.Scope] = []
        for sentence in sentences {
            guard let scope = modelReading(in: sentence, flagWords: ownWords ? flagWords : []) else { return nil }
            scopes.append(scope)
        }
        return scopes.first
    }

    private mutating func modelReading(in sentence: Int, flagWords: Set<Int>) -> OrdinaryReading.Scope? {
        let words = matcher.text.words
        let readings = readings
        for index in readings.indices where readings[index].targets.contains(Self.modelTarget) {
            guard !gate || knowledge.readingRequired[index].isMet(by: matcher.table.present) else { continue }
            let reading = readings[index]
            // Safety said plainly counts only where no "not", "never"... governs it.
            let matches = reading.scope == .overlapping
                ? matcher.matches(reading.pattern, acrossSentences: false, negation: true) : readingMatches(index)
            if reading.scope == .safeNext {
                if matches.contains(where: { safeNext($0, around: sentence) }) { return reading.scope }
                continue
            }
            for benign in matches where benign.sentences.contains(sentence) {
                let benignWords = benign.words
                guard !turns(in: sentence, after: benignWords.max() ?? 0) else { continue }
                // A game or a sport told before "anyway", "also", "lol"... does not reach what the model weighed after it.
                if let last = benignWords.max(), turnsBefore(flagWords, after: last, in: sentence) { continue }
                switch reading.scope {
                // Safety said plainly may be the very words the model weighed ("nobody hurts me here").
                case .overlapping, .topic:
                    if !goesOn(in: [sentence], apartFrom: benignWords), !negated(benignWords, in: sentence) {
                        return reading.scope
                    }
                case .sameSentence:
                    if !benignWords.isSubset(of: flagWords) { return reading.scope }
                case .notAboutMe:
                    let aboutWriter = words.indices.contains { words[$0].sentence == sentence && firstPerson.contains(words[$0].text) }
                    if !aboutWriter { return reading.scope }
                case .resolved:
                    if flagWords.isDisjoint(with: benignWords),
                       !reading.answersHarmBefore
                        || comesBefore(flagWords.filter { words[$0].sentence == sentence }, safetyOf: benign),
                       !goesOn(in: [sentence], apartFrom: flagWords.union(benignWords)) { return reading.scope }
                case .dealtWith:
                    if !benignWords.isSubset(of: flagWords), dealtWith(benign, flagWords: []) { return reading.scope }
                case .safeNext, .dealtWithNext, .someoneElse, .askedAbout: break
                }
            }
        }
        return nil
    }
}
