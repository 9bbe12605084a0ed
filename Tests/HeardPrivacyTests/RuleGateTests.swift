import Testing
@testable import HeardCore
@testable import HeardPrivacy

@Suite("The screen's rule gate")
struct RuleGateTests {
    @Test("every rule whose required atoms a comment holds is among the gate's candidates, and none is asked twice")
    func candidatesCoverEveryRuleThatCanPass() throws {
        let knowledge = ScreenKnowledge.shipped
        let texts = try ["dev.csv", "held-out.csv", "written-round-1.csv", "written-round-4.csv", "written-round-7.csv"]
            .flatMap { try labelledComments($0) }.map(\.text)
        var passing = 0, candidates = 0
        for text in texts + ["", "my", "he hits me and i am scared to go home"] {
            let table = knowledge.index.spans(in: ScreenText(text))
            let gate = knowledge.ruleGate.candidates(table.present)
            for rule in knowledge.rules.rules.indices {
                let isCandidate = gate[rule >> 6] & (1 << UInt64(rule & 63)) != 0
                if knowledge.required[rule].isMet(by: table.present) {
                    passing += 1
                    #expect(isCandidate, "rule on line \(knowledge.rules.rules[rule].line)")
                }
                if isCandidate { candidates += 1 }
            }
            // No bit beyond the last rule.
            let count = knowledge.rules.rules.count
            if count % 64 != 0 { #expect(gate[gate.count - 1] >> UInt64(count % 64) == 0) }
        }
        #expect(passing > 100)
        // The gate is worth having: it turns most rules away before their quick test.
        #expect(candidates < texts.count * knowledge.rules.rules.count / 4)
    }

    @Test("a rule is filed under its required item of fewest entries: asked when that item is there, not otherwise")
    func filedUnderFewestEntries() {
        // HURT has four entries, ME one: the rule is filed under ME.
        let knowledge = ScreenKnowledge(rules: ScreenRules(words: "HURT: hit, hits, punch*, kick*\nME: me\n",
                                                           rules: "physical-abuse: HURT ME\n"))
        func asked(_ text: String) -> Bool {
            knowledge.ruleGate.candidates(knowledge.index.spans(in: ScreenText(text)).present)[0] & 1 == 1
        }
        #expect(asked("he hits me"))
        #expect(asked("tell me more"))
        #expect(!asked("he hits him"))
        #expect(!asked(""))
        #expect(SafeguardingScreen(knowledge: knowledge).scan("he hits me").kinds == [.physicalAbuse])
        #expect(SafeguardingScreen(knowledge: knowledge).scan("tell me more").kinds.isEmpty)
    }
}
