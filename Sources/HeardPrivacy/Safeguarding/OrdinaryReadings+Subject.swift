/// Who a flag is about (issue 13, sixteenth round): most of the rules' false alarms are harm to someone else told
/// in an ordinary frame ("my best mate used to get hit by her dad but shes in foster care now", "my carer used to
/// work in a refuge"). A "someone else" reading switches a direct rule's flag off only when the flag's clause names
/// another person and not the writer, and the reading stands in that clause or in one joined to it, with no I, me,
/// we, us or the writer's body in any clause from the flag to the reading, no harm done in words of their own
/// there, and nothing said to go on. A clause ends at a comma, a semicolon or a dash, and before a joining word
/// (CLAUSE-JOIN: "and", "but", "so", "when"...), so a frame in one clause lends nothing to harm told in another.
extension OrdinaryReadings {
    /// The clauses of `sentence`, as ranges of word indices: cut at a pause and before a joining word.
    func clauses(of sentence: Int) -> [Range<Int>] {
        let text = matcher.text
        let range = text.sentences[sentence]
        var starts: Set<Int> = Set(text.pauses.filter { range.contains($0) })
        if let clauseJoinAtom = knowledge.clauseJoinAtom {
            for span in matcher.table.spans where Int(span.atom) == clauseJoinAtom && range.contains(Int(span.start)) {
                // A joining word inside a phrase the screen knows ("a and e") joins no clauses.
                let start = Int(span.start)
                if matcher.table.spans.contains(where: { Int($0.start) < start && Int($0.end) > start + 1 }) { continue }
                starts.insert(start)
            }
        }
        var clauses: [Range<Int>] = []
        var start = range.lowerBound
        for cut in starts.sorted() where cut > start {
            clauses.append(start..<cut)
            start = cut
        }
        clauses.append(start..<range.upperBound)
        return clauses
    }

    /// Whether `benign` (a "someone else" reading) confines the harm of `match` to someone other than the writer.
    /// For a "someone else safe now" reading (a past, then their safety now) the last part must come after the
    /// flag's harm (its first part): "she used to be fine but shes self harming now" is not their safety. Harm
    /// done in a clause of the window other than the flag's ("and now he hits her") keeps the flag.
    func confinesToSomeoneElse(_ match: PatternMatch, of rule: ScreenRule, by reading: OrdinaryReading,
                               _ benign: PatternMatch) -> Bool {
        guard !rule.isSign, match.sentences.count == 1, benign.sentences == match.sentences,
              let sentence = match.sentences.first else { return false }
        let flagWords = match.words
        let benignWords = benign.words
        guard let flagFirst = flagWords.min(), let flagLast = flagWords.max(),
              let benignFirst = benignWords.min(), let benignLast = benignWords.max() else { return false }
        if reading.answersHarmBefore, let last = benign.parts.last, let harm = match.parts.first {
            let harmEnd = harm.spans.map { Int($0.end) }.max() ?? flagLast
            guard last.spans.allSatisfy({ Int($0.start) >= harmEnd }) else { return false }
        }
        let clauses = clauses(of: sentence)
        guard let firstClause = clauses.firstIndex(where: { $0.contains(min(flagFirst, benignFirst)) }),
              let lastClause = clauses.firstIndex(where: { $0.contains(max(flagLast, benignLast)) }) else { return false }
        let window = clauses[firstClause].lowerBound..<clauses[lastClause].upperBound
        let flagClauses = clauses.filter { clause in flagWords.contains(where: clause.contains) }
        let words = matcher.text.words
        // The writer anywhere in the window, apart from the reading's own words ("when we first came into care").
        for index in window where !benignWords.contains(index) {
            let word = words[index].text
            if word != "my", word != "mine", knowledge.firstPerson.contains(word) { return false }
        }
        // A reading told under a "not", "never"... is no reading ("shes not in care now").
        if benignWords.contains(where: { index in words[index].negator.map { !benignWords.contains($0) } ?? false }) {
            return false
        }
        var namesSomeoneElse = false
        for span in matcher.table.spans {
            let start = Int(span.start), end = Int(span.end), atom = Int(span.atom)
            guard window.contains(start) else { continue }
            let own = (start..<end).contains(where: benignWords.contains)
            // The writer's body, harm done in other words, or "still", "again"... in the window keep the flag.
            if atom == knowledge.myBodyAtom, !own { return false }
            if knowledge.harmAtoms.contains(atom), !own, !flagClauses.contains(where: { $0.contains(start) }) { return false }
            if atom == knowledge.ongoingAtom, !own { return false }
            if atom == knowledge.someoneElseAtom, flagClauses.contains(where: { $0.contains(start) }) { namesSomeoneElse = true }
        }
        // Someone else is named in the flag's clause: a third person, or "my" before anyone but the writer's body.
        if !namesSomeoneElse {
            namesSomeoneElse = flagClauses.contains { clause in clause.contains { words[$0].text == "my" } }
        }
        return namesSomeoneElse
    }

    /// The readings that say a harm is over or is someone else's: a sentence in which the writer says they share
    /// it ("my mate used to self harm but she stopped and now i do it", "and now she takes me too") keeps the flag.
    static let confinedReadings: Set<OrdinaryReading.Scope> = [.resolved, .notAboutMe, .dealtWith, .someoneElse]

    /// Whether the writer says, in `sentences` and in words apart from `words`, that the harm is theirs too
    /// (WRITER-TOO: "me too", "me as well", "now i do it", "us both").
    func writerSharesHarm(in sentences: Set<Int>, apartFrom words: Set<Int>) -> Bool {
        guard let atom = knowledge.writerTooAtom else { return false }
        return matcher.table.spans.contains { span in
            Int(span.atom) == atom && sentences.contains(matcher.text.words[Int(span.start)].sentence)
                && !(Int(span.start)..<Int(span.end)).contains(where: words.contains)
        }
    }

    /// The kinds of harm the writer does to themselves: a person named beside them (a carer who took them to A&E)
    /// did not do it.
    static let nobodyElseActs: Set<ConcernKind> = [.selfHarm, .suicidalThoughts, .eatingProblems]

    /// Clause scope for a "same sentence" reading: a frame in another clause ("i play football on saturdays and my
    /// dad left bruises on my arm", "we were on a school trip, mum didnt come home") does not reach a flag whose own
    /// harm's clause names who did it (WHO). A reading told after the flag still answers it, and a flag with nobody
    /// acting in its clause ("at football, i got kicked and bruised my knee") is still read with the frame of its
    /// whole sentence.
    func frameInOtherClause(_ benign: Set<Int>, flag match: PatternMatch, of rule: ScreenRule) -> Bool {
        // The clause of the flag's harm (its first part): a rule's other parts may lie further off ("knife + she").
        guard !Self.nobodyElseActs.contains(rule.kind), let harm = match.parts.first?.spans.first,
              let whoAtom = knowledge.whoAtom else { return false }
        let clauses = clauses(of: matcher.text.words[Int(harm.start)].sentence)
        let flag = match.words
        // Only a frame told before every clause of the flag: a reading told after the harm still answers it ("he
        // says hes gonna batter me but he says that to everyone"), and one beside any of its parts still reads it.
        guard let flagStart = clauses.first(where: { clause in flag.contains(where: clause.contains) })?.lowerBound,
              let last = benign.max(), last < flagStart,
              let harmClause = clauses.first(where: { $0.contains(Int(harm.start)) }) else { return false }
        return matcher.table.spans.contains { span in Int(span.atom) == whoAtom && harmClause.contains(Int(span.start)) }
    }
}
