/// Whether a weak rule's match has a second sign in its own sentence or the one just before or after it (issue 13,
/// seventeenth and eighteenth rounds: a disclosure is often told over two sentences, "my uncle comes round a lot.
/// im scared of him"): a word of SECOND-SIGN outside the match's own words and not negated ("scared", "still",
/// "dont tell anyone", "please help", "i hate going"), or another direct rule's match kept in those sentences. The
/// trained layer's probability, the third sign, is read by `SafeguardingScreen.scan` once the rules are done.
struct SecondSigns {
    let text: ScreenText
    let table: SpanTable
    let matcher: PatternMatcher
    let atom: Int?
    /// Every direct rule's match that no ordinary reading switched off, by rule index.
    let kept: [(rule: Int, match: PatternMatch)]

    func stand(_ match: PatternMatch, rule: Int) -> Bool {
        // The match's sentences and their neighbours.
        let sentences = match.sentences.reduce(into: Set<Int>()) { near, sentence in
            near.formUnion([sentence - 1, sentence, sentence + 1])
        }
        let own = match.words
        // Another rule read in the same words only ("hits me" twice) is no second sign.
        if kept.contains(where: {
            $0.rule != rule && !$0.match.sentences.isDisjoint(with: sentences) && !$0.match.words.isSubset(of: own)
        }) { return true }
        guard let atom, table.contains(atom) else { return false }
        return table.spans.contains { span in
            Int(span.atom) == atom && sentences.contains(text.words[Int(span.start)].sentence)
                && !(Int(span.start)..<Int(span.end)).contains(where: own.contains)
                && !matcher.isNegated([span])
        }
    }
}
