/// Who an alarming clause is about (issue 13, eighteenth round). Many of the rules' false alarms tell harm that is
/// someone else's: a friend who ran away, a boy in the news, a lad at school who gets bullied, a kid in the year
/// with no food at home. Such a flag is not switched off (a young person may be worried for a friend at risk, or
/// for a brother hit at home): for the kinds listed in rules.txt ("second sign about someone else") it needs a
/// second sign, as a weak rule does (`SecondSigns`: fear, secrecy, harm that goes on, asking for help, another
/// rule, or the trained layer's probability).
extension OrdinaryReadings {
    /// Whether the clauses of `match` name someone other than the writer and nothing of the writer: no I, me, we,
    /// us, our, myself or the writer's body; none of the writer's carers (any carer, teacher or staff) and none of
    /// the writer's own family ("my dad", "our mum", "my boyfriend", "the ex": harm at the writer's home or in the
    /// writer's relationship) but brothers and sisters; and a person named at or before the harm's first word (a
    /// friend, a sibling, "someone", "people", "he").
    func isAboutSomeoneElse(_ match: PatternMatch, of rule: ScreenRule) -> Bool {
        guard !rule.isSign, match.sentences.count == 1, let sentence = match.sentences.first else { return false }
        let flagWords = match.words
        let flagClauses = clauses(of: sentence).filter { clause in flagWords.contains(where: clause.contains) }
        let words = matcher.text.words
        for clause in flagClauses {
            for index in clause {
                let word = words[index].text
                if word != "my", word != "mine", knowledge.firstPerson.contains(word) { return false }
            }
        }
        guard let flagStart = flagWords.min() else { return false }
        var namesSomeoneElse = false
        for span in matcher.table.spans {
            let start = Int(span.start), atom = Int(span.atom)
            guard flagClauses.contains(where: { $0.contains(start) }) else { continue }
            let before = start > 0 ? words[start - 1].text : ""
            if atom == knowledge.myBodyAtom || atom == knowledge.carerAtom { return false }
            if atom == knowledge.familyAtom, ["my", "our"].contains(before), !isSibling(at: start) { return false }
            // A partner is the writer's own unless said to be someone else's ("the ex", "my boyfriend").
            if atom == knowledge.partnerAtom, !["his", "her", "their"].contains(before) { return false }
            // The one the clause is about is named before the harm or in its first words ("my mate got in debt",
            // "a kid in my year had no food"), not only after it ("because of the bullying, told them").
            if knowledge.otherPeopleAtoms.contains(atom), start <= flagStart { namesSomeoneElse = true }
        }
        return namesSomeoneElse
    }

    /// Whether a brother or sister is named from word `start` ("my little brother", "my foster sister").
    private func isSibling(at start: Int) -> Bool {
        guard let sibling = knowledge.siblingAtom else { return false }
        return matcher.table.spans.contains { Int($0.atom) == sibling && Int($0.start) == start }
    }
}
