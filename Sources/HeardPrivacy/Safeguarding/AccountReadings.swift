/// The ordinary readings that look past a flag's own words to the account around it (issue 13, seventh
/// and eighth rounds), all read strictly so that a disclosure is never switched off by a change of topic:
///
/// - "safe next sentence": a past account ("my stepdad used to hit me when I was little") followed, in the very
///   next sentence, by explicit safety now or the harm plainly over ("He went to prison and I've not seen him
///   since"); for a rule's flag, sentences between may stand only if they go on telling the past ("That was
///   years ago. He went to prison."). It holds only when the flag's sentence carries a past marker (PAST), the
///   safety is not negated and no "but", "except"... turns after it, and nothing anywhere in the comment says
///   harm goes on (ONGOING) or tells fear, secrecy or wanting help (STILL-AT-RISK), apart from the flag's own
///   words.
/// - "resolved" (in the flag's sentence) answers only harm told before its safety, or told after it as the past
///   (`comesBefore`): harm told after "now I'm safe" or "since I came into care" is harm now.
/// - "dealt with next sentence": the same when the adults' action is the very next sentence, under the guards
///   of "safe next sentence" (nothing in the comment says harm goes on or tells fear, secrecy or wanting help).
/// - "dealt with": another young person's harm that adults have already acted on, in the flag's sentence ("a
///   lad from my old home went missing but the police found him"). It holds only when the sentence names the
///   writer at most as "my", "our" or "mine" (never I or me), the safety is not negated or turned, and the
///   sentence says nothing goes on.
extension OrdinaryReadings {
    /// Whether `benign` (explicit safety) is a sentence after the flag's last sentence, with only the past told
    /// between them, and the flag's sentences hold a past account with nothing in the comment saying the harm or
    /// fear goes on.
    func safeNext(_ benign: PatternMatch, after flagSentences: Set<Int>, flagWords: Set<Int>) -> Bool {
        guard let last = flagSentences.max(), benign.sentences.count == 1, let safety = benign.sentences.first,
              safety > last, pastContinues(from: last + 1, to: safety, apartFrom: flagWords) else { return false }
        return isPast(flagSentences, apartFrom: flagWords) && plainlySafe(benign, in: safety)
            && quiet(apartFrom: flagWords.union(benign.words))
    }

    /// Whether every sentence from `first` up to (not including) `safety` goes on telling the past account in a
    /// past marker of its own ("That was years ago."), so the safety said after them still answers it (twelfth
    /// round). Any other sentence between them (a change of topic, the present) leaves the flag on.
    private func pastContinues(from first: Int, to safety: Int, apartFrom words: Set<Int>) -> Bool {
        (first..<safety).allSatisfy { isPast([$0], apartFrom: words) }
    }

    /// The same for a flag of the trained layer: `sentence` is the past account with the safety after it, or
    /// the safety itself after a past account.
    func safeNext(_ benign: PatternMatch, around sentence: Int) -> Bool {
        guard benign.sentences.count == 1, let safety = benign.sentences.first,
              safety == sentence + 1 || safety == sentence else { return false }
        return safety > 0 && isPast([safety - 1], apartFrom: benign.words) && plainlySafe(benign, in: safety)
            && quiet(apartFrom: benign.words)
    }

    /// Whether a "resolved" reading's safety (its last part: "now I'm safe", "since I came into care") answers
    /// the flag: the flag starts before the safety, or a past marker of the reading stands after the safety
    /// ("they helped me so much after the overdose I took last year"). Harm told after the safety with no past
    /// marker after it is harm now ("I used to be hit but now my carer hits me", "since I came into care my
    /// carer hits me", "I live with my nan now and she hits me").
    func comesBefore(_ flagWords: Set<Int>, safetyOf benign: PatternMatch) -> Bool {
        guard let first = flagWords.min(), let safety = benign.parts.last,
              let start = safety.spans.map({ Int($0.start) }).min() else { return true }
        if first < start { return true }
        return benign.parts.dropLast().contains { part in part.spans.contains { Int($0.start) > start } }
    }

    /// Whether a word of the safety a reading ends on (its last part) is in the scope of a "not", "never"... that
    /// stands outside the reading: "i used to cut myself and im not happy now" is not safety now (thirteenth round).
    func safetyNegated(_ benign: PatternMatch) -> Bool {
        guard let safety = benign.parts.last else { return false }
        let words = matcher.text.words
        let own = benign.words
        return safety.spans.contains { span in
            (Int(span.start)..<Int(span.end)).contains { index in
                guard let negator = words[index].negator else { return false }
                return !own.contains(negator)
            }
        }
    }

    /// Whether another young person's harm in `benign`'s sentence reads as dealt with by adults.
    func dealtWith(_ benign: PatternMatch, flagWords: Set<Int>) -> Bool {
        guard benign.sentences.count == 1, let sentence = benign.sentences.first else { return false }
        let words = matcher.text.words
        let benignWords = benign.words
        let namesWriter = words.indices.contains { index in
            words[index].sentence == sentence && !benignWords.contains(index)
                && knowledge.firstPerson.contains(words[index].text) && !Self.possessives.contains(words[index].text)
        }
        return !namesWriter && plainlySafe(benign, in: sentence)
            && !goesOn(in: [sentence], apartFrom: flagWords.union(benignWords))
    }

    /// Whether another young person's harm, told in `match`'s one sentence, is dealt with by adults in `benign`, the
    /// very next sentence ("my mate got beaten up at the park. his mum called the police"): the flag's sentence
    /// names another young person and the writer at most as "my" (never I or me), the flag's words say nothing of
    /// the writer, the action is not negated or turned, and nothing in the comment says harm goes on or tells
    /// fear, secrecy or wanting help.
    func dealtWithNext(_ benign: PatternMatch, after match: PatternMatch) -> Bool {
        let flagSentences = match.sentences
        guard flagSentences.count == 1, let sentence = flagSentences.first, benign.sentences == [sentence + 1],
              let otherAtom = knowledge.otherYoungPersonAtom, has(otherAtom, in: [sentence], apartFrom: []) else {
            return false
        }
        let words = matcher.text.words
        let namesWriter = words.indices.contains { index in
            words[index].sentence == sentence && knowledge.firstPerson.contains(words[index].text)
                && !Self.possessives.contains(words[index].text)
        }
        return !namesWriter && !isAboutWriter(match) && plainlySafe(benign, in: sentence + 1)
            && quiet(apartFrom: match.words.union(benign.words))
    }

    /// Whether an adult's question or explanation about harm (`benign`, sharing words with the flag) is only that:
    /// nothing in the comment apart from the flag and the question says harm goes on or tells fear, secrecy, a
    /// "yes" or wanting help, and no CONTRAST ("but", "except"...) stands after the question anywhere in the
    /// comment ("she asked if anyone hurts me. i said no but my brother does" keeps its flag; nineteenth round).
    func onlyAsked(_ benign: PatternMatch, flagWords: Set<Int>) -> Bool {
        let own = flagWords.union(benign.words)
        guard quiet(apartFrom: own), let last = own.max() else { return false }
        return !turns(in: nil, after: last)
    }

    /// "my" and the like name whose friend or home it is, not the one harmed.
    private static let possessives: Set<String> = ["my", "our", "mine"]

    private func plainlySafe(_ benign: PatternMatch, in sentence: Int) -> Bool {
        let benignWords = benign.words
        return !negated(benignWords, in: sentence) && !turns(in: sentence, after: benignWords.max() ?? 0)
    }

    /// Whether a PAST marker stands in one of `sentences`, in words other than `apartFrom`.
    private func isPast(_ sentences: Set<Int>, apartFrom words: Set<Int>) -> Bool {
        guard let pastAtom = knowledge.pastAtom else { return false }
        return has(pastAtom, in: sentences, apartFrom: words)
    }

    /// Whether nothing in the whole comment, apart from `words`, says harm goes on or tells fear, secrecy or
    /// wanting help.
    func quiet(apartFrom words: Set<Int>) -> Bool {
        let all = Set(matcher.text.words.map(\.sentence))
        return !goesOn(in: all, apartFrom: words)
            && !(knowledge.atRiskAtom.map { has($0, in: all, apartFrom: words) } ?? false)
    }

    private func has(_ atom: Int, in sentences: Set<Int>, apartFrom words: Set<Int>) -> Bool {
        matcher.table.spans.contains { span in
            Int(span.atom) == atom && sentences.contains(matcher.text.words[Int(span.start)].sentence)
                && !(Int(span.start)..<Int(span.end)).contains(where: words.contains)
        }
    }
}
