/// Where a pattern was found: for each part, the spans of words it is made of.
struct PatternMatch {
    struct Part {
        var spans: [SpanTable.Span]
        var sentence: Int
    }

    var parts: [Part]

    /// The indices of the words the match is made of (gaps left out).
    var words: Set<Int> {
        var words: Set<Int> = []
        for part in parts {
            for span in part.spans { words.formUnion(Int(span.start)..<Int(span.end)) }
        }
        return words
    }

    var sentences: Set<Int> { Set(parts.map(\.sentence)) }

    /// The match of its first part alone: the phrase a "second sign" rule's readings read.
    var firstPart: PatternMatch { PatternMatch(parts: Array(parts.prefix(1))) }
}

/// Finds a pattern's parts in one comment, and the ways they fit together.
struct PatternMatcher {
    let text: ScreenText
    let table: SpanTable

    /// Most ways one part is followed up in a sentence: enough for any real comment, bounded for any input.
    private static let maxPartMatches = 16

    /// Every way `pattern` is found: its parts in one sentence (or, `acrossSentences`, anywhere), without
    /// sharing words. With `negation` on, a way is left out when a negator outside all its parts governs one
    /// of its words ("he never hits me"); a negator inside one part ("doesnt talk to me") belongs to the match.
    func matches(_ pattern: RulePattern, acrossSentences: Bool, negation: Bool) -> [PatternMatch] {
        var found: [PatternMatch] = []
        if acrossSentences {
            let perPart = pattern.parts.map { part in text.sentences.indices.flatMap { match(part, in: $0) } }
            combine(perPart, chosen: [], into: &found)
        } else {
            for sentence in text.sentences.indices {
                let perPart = pattern.parts.map { match($0, in: sentence) }
                if perPart.contains(where: \.isEmpty) { continue }
                combine(perPart, chosen: [], into: &found)
            }
        }
        return negation ? found.filter { !isNegated($0.parts.flatMap(\.spans)) } : found
    }

    private func combine(_ perPart: [[PatternMatch.Part]], chosen: [PatternMatch.Part], into found: inout [PatternMatch]) {
        guard chosen.count < perPart.count else {
            found.append(PatternMatch(parts: chosen))
            return
        }
        for candidate in perPart[chosen.count] where !chosen.contains(where: { Self.overlap($0, candidate) }) {
            combine(perPart, chosen: chosen + [candidate], into: &found)
            if found.count >= Self.maxPartMatches { return }
        }
    }

    private static func overlap(_ first: PatternMatch.Part, _ second: PatternMatch.Part) -> Bool {
        first.spans.contains { a in second.spans.contains { b in a.start < b.end && b.start < a.end } }
    }

    /// Every way one part is found in one sentence.
    private func match(_ part: RulePattern.Part, in sentence: Int) -> [PatternMatch.Part] {
        let range = text.sentences[sentence]
        var results: [[SpanTable.Span]] = []
        var consumed: [SpanTable.Span] = []
        consumed.reserveCapacity(part.items.count)
        for start in range {
            extend(part.items, item: 0, at: start, gap: 0, range: range, consumed: &consumed, results: &results)
            if results.count >= Self.maxPartMatches { break }
        }
        return results.map { PatternMatch.Part(spans: $0, sentence: sentence) }
    }

    private func extend(_ items: [RulePattern.Item], item index: Int, at position: Int, gap: Int, range: Range<Int>,
                        consumed: inout [SpanTable.Span], results: inout [[SpanTable.Span]]) {
        guard index < items.count else {
            if !consumed.isEmpty { results.append(consumed) }
            return
        }
        guard results.count < Self.maxPartMatches else { return }
        let item = items[index]
        let gapHere = max(gap, item.gapBefore)
        let last = min(position + gapHere, range.upperBound - 1)
        if position <= last {
            for start in position...last {
                for span in table.spans(at: start) where span.end <= range.upperBound && item.atoms.contains(Int(span.atom)) {
                    consumed.append(span)
                    extend(items, item: index + 1, at: Int(span.end), gap: 0, range: range, consumed: &consumed,
                           results: &results)
                    consumed.removeLast()
                }
            }
        }
        // An optional item may be missing; a gap before it carries on to the next item.
        if item.isOptional {
            extend(items, item: index + 1, at: position, gap: gapHere, range: range, consumed: &consumed, results: &results)
        }
    }

    /// Whether a negator outside the spans governs one of their words ("he never hits me"). A negator inside
    /// them belongs to the meaning ("dont feel safe"); one followed by a verb of knowing, telling, asking, seeing
    /// or stopping does not deny what follows ("nobody knows he hits me", "so nobody would ask about the cuts",
    /// "I cant stop cutting myself").
    func isNegated(_ spans: [SpanTable.Span]) -> Bool {
        for span in spans {
            for index in Int(span.start)..<Int(span.end) {
                guard let negator = text.words[index].negator,
                      !spans.contains(where: { Int($0.start) <= negator && negator < Int($0.end) }) else { continue }
                if !isAffirming(after: negator), !((negator + 1)..<index).contains(where: {
                    Self.scopeBreakers.contains(text.words[$0].text)
                }) { return true }
            }
        }
        return false
    }

    /// Whether a verb of knowing, telling, asking... follows `negator`, past fillers such as "even" or "would".
    private func isAffirming(after negator: Int) -> Bool {
        var next = negator + 1
        while next < text.words.count, Self.fillers.contains(text.words[next].text) { next += 1 }
        return next < text.words.count && Self.affirmingVerbs.contains(text.words[next].text)
    }

    /// "he'll", "they'd"... written without the apostrophe still start a new clause: "if I dont do it theyll hurt me".
    private static let scopeBreakers: Set<String> = ["theyll", "hell", "shell", "hed", "shed", "theyd", "youll"]
    private static let fillers: Set<String> = [
        "even", "really", "just", "ever", "actually", "one", "body", "would", "will", "can", "could", "has",
    ]
    private static let affirmingVerbs: Set<String> = [
        "stop", "stopped", "stops", "know", "knows", "knew", "understand", "understands", "think", "thought",
        "believe", "believes", "believed", "remember", "tell", "told", "tells", "say", "said", "says", "like",
        "mind", "care", "cares", "cared", "get", "realise", "realised", "realize", "notice", "notices",
        "noticed", "help", "helps", "helped", "listen", "listens", "see", "sees", "saw", "ask", "asks", "asked",
        "asking", "spot", "spots", "spotted", "seen", "find", "finds", "question", "questions",
    ]
}
