import Testing
@testable import HeardPrivacy

/// Weak rules (issue 13, seventeenth round): a rule that fires on ordinary comments with nothing else beside it
/// flags only with a second sign in the sentence of its match (a SECOND-SIGN word, another direct rule's match, or
/// the trained layer's probability at least the figure in rules.txt). Which rules are weak was chosen on evidence
/// by `Scripts/safeguarding/weak_rules.py`; these tests hold the mechanism and, for the shipped weak rules,
/// disclosures in their sense that must stay flagged beside ordinary comments they no longer flag. Examples
/// written for these tests, in new words.
@Suite("The safeguarding screen: weak rules need a second sign")
struct SafeguardingWeakRuleTests: ScreenProbe {
    /// A small screen of its own: one weak rule, one ordinary rule, the words they need, no trained layer.
    static let small = ScreenKnowledge(rules: ScreenRules(words: """
        FAMILY: dad, mum
        DRINKING: gets drunk
        SECOND-SIGN: scared, every night
        """, rules: """
        second sign, model at least: 0.1
        unsafe-where-living (weak): FAMILY ... DRINKING
        physical-abuse: hits me
        """))

    private func hits(_ text: String, everyRule: Bool = false) -> RuleHits {
        let screenText = ScreenText(text)
        return RuleHits(screenText, table: Self.small.index.spans(in: screenText), knowledge: Self.small, gate: true,
                        everyRule: everyRule)
    }

    @Test("a weak rule's match flags only with a second sign in its own sentence or the next")
    func secondSignInTheSentence() {
        #expect(Self.small.rules.problems.isEmpty, "\(Self.small.rules.problems)")
        #expect(hits("my dad gets drunk").kinds.isEmpty)
        #expect(hits("my dad gets drunk").heldKinds == [.unsafeWhereLiving])
        #expect(hits("my dad gets drunk and im scared").kinds == [.unsafeWhereLiving])
        #expect(hits("my dad gets drunk every night").kinds == [.unsafeWhereLiving])
        // The sign must be in the match's sentence or the one next to it (eighteenth round), and not negated.
        #expect(hits("my dad gets drunk. we got a puppy. im scared of spiders tho").kinds.isEmpty)
        #expect(hits("my dad gets drunk but im not scared").kinds.isEmpty)
    }

    @Test("another rule's match in the sentence is a second sign, and a held kind is kept when the comment is flagged")
    func anotherRuleIsASecondSign() {
        let both = hits("my dad gets drunk and hits me")
        #expect(both.kinds == [.unsafeWhereLiving, .physicalAbuse], "rules.txt order, as before weak rules")
        #expect(both.heldKinds.isEmpty)
        // Flagged by another rule in another sentence: the weak rule's kind still goes on the concern.
        let apart = hits("my dad gets drunk. my brother hits me")
        #expect(apart.kinds == [.unsafeWhereLiving, .physicalAbuse])
    }

    @Test("without a trained layer a held weak rule flags on its own (recall first)")
    func noModelMeansNoHolding() {
        let screen = SafeguardingScreen(knowledge: Self.small)
        #expect(screen.scan("my dad gets drunk").kinds == [.unsafeWhereLiving])
        #expect(!screen.scan("my dad is a chef").isConcern)
    }

    @Test("training still reads a held weak rule as a rule of its kind, and sees which rules are signed")
    func featuresUnchangedByHolding() {
        let reading = SafeguardingScreen(knowledge: Self.small).modelFeatures("my dad gets drunk")
        #expect(reading.names.contains("r:unsafe-where-living"))
        #expect(reading.firedRules == ["unsafe-where-living line 2"])
        #expect(reading.signedRules.isEmpty)
        let signed = SafeguardingScreen(knowledge: Self.small).modelFeatures("my dad gets drunk and im scared")
        #expect(signed.signedRules == ["unsafe-where-living line 2"])
    }

    @Test("'weak' is for direct rules and the model figure is a probability")
    func malformed() {
        let rules = ScreenRules(words: "DRINKING: gets drunk", rules: """
            second sign, model at least: 2
            neglect (cues, weak): DRINKING
            """)
        #expect(rules.problems.contains("rules.txt line 1: expected a probability above 0, at most 1"))
        #expect(rules.problems.contains("rules.txt line 2: 'weak' is for direct rules, not cues"))
    }

    @Test("the shipped weak rules no longer flag these everyday comments", arguments: [
        "the police came round about the neighbours parking and were really friendly",
        "police came round cos our car alarm kept going off, they were sound about it",
        "we got locked out of the house when the wind blew the door shut, the neighbour had a spare key",
    ])
    func everydayNoLongerFlagged(ordinary: String) {
        #expect(!flagged(ordinary), "ordinary comment flagged")
    }

    @Test("a second sign keeps a shipped weak rule's disclosure flagged", arguments: [
        "my dad gets drunk every weekend and i hide in my room because im scared",
        "the police came round again last night cos mums boyfriend was smashing stuff",
        "my stepdad gets drunk and takes it out on me",
        "i keep going missing from the home and nobody does anything",
        "mum gets drunk and i have to put my little brother to bed, please dont tell anyone",
        "people come and go all night at my dads and im scared to sleep",
        "got locked out of the house again by my carer and sat on the step till midnight",
    ])
    func secondSignKeepsTheFlag(disclosure: String) {
        #expect(flagged(disclosure), "disclosure missed")
        #expect(rulesFlag(disclosure), "disclosure not flagged by a rule")
    }

    @Test("with no second sign in words, a disclosure a weak rule finds is kept by the trained layer", arguments: [
        "my mum gets drunk and forgets to pick me up from school",
        "i smell cos nobody washes my clothes and the kids at school keep saying it",
    ])
    func modelKeepsTheFlag(disclosure: String) {
        #expect(flagged(disclosure), "disclosure missed")
    }
}
