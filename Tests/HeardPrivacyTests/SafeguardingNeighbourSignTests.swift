import Testing
@testable import HeardPrivacy

/// Evidence the rules did not read before (issue 13, eighteenth round): a weak rule's second sign in the sentence
/// just before or after its match (a disclosure told over two sentences), the writer's own dread and asking for
/// help as signs, and who a flag's clause is about. Examples written for these tests, in new words.
@Suite("The safeguarding screen: second signs next door, first-person fear, and flags about someone else")
struct SafeguardingNeighbourSignTests: ScreenProbe {
    /// A small screen of its own: a weak rule, a rule whose flags about someone else need a sign, no trained layer.
    static let small = ScreenKnowledge(rules: ScreenRules(words: """
        I: i, im, me, my, we, us, our
        FAMILY: dad, mum, brother
        SIBLING: brother, little brother
        PEER: mate, friend
        CARER: carer, staff
        SOMEONE-ELSE: he, she, her, him
        CLAUSE-JOIN: and, but
        DRINKING: gets drunk
        SECOND-SIGN: scared, AFRAID-OR-ASKING
        AFRAID-OR-ASKING: who do i tell, hate going
        """, rules: """
        second sign, model at least: 0.1
        second sign about someone else: missing-or-running-away
        unsafe-where-living (weak): FAMILY ... DRINKING
        missing-or-running-away: ran away
        """))

    private func hits(_ text: String) -> RuleHits {
        let screenText = ScreenText(text)
        return RuleHits(screenText, table: Self.small.index.spans(in: screenText), knowledge: Self.small, gate: true)
    }

    @Test("a second sign in the sentence before or after a weak rule's match counts, two sentences off does not")
    func neighbouringSentence() {
        #expect(Self.small.rules.problems.isEmpty, "\(Self.small.rules.problems)")
        #expect(hits("my dad gets drunk on fridays. im scared when he comes in").kinds == [.unsafeWhereLiving])
        #expect(hits("im scared on fridays. my dad gets drunk").kinds == [.unsafeWhereLiving])
        #expect(hits("my dad gets drunk on fridays. we watch films. im scared of the dark").kinds.isEmpty)
        // Negated next door is no sign either.
        #expect(hits("my dad gets drunk on fridays. im not scared").kinds.isEmpty)
    }

    @Test("the writer's own dread and asking for help are second signs")
    func firstPersonFear() {
        #expect(hits("my mum gets drunk every weekend. who do i tell").kinds == [.unsafeWhereLiving])
        #expect(hits("i hate going to contact, my dad gets drunk there").kinds == [.unsafeWhereLiving])
        #expect(hits("my mum gets drunk at christmas").kinds.isEmpty)
    }

    @Test("a flag whose clause is about someone else needs a second sign, for the kinds rules.txt names")
    func aboutSomeoneElse() {
        #expect(hits("my mate ran away last summer").kinds.isEmpty)
        #expect(hits("my mate ran away last summer").heldKinds == [.missing])
        #expect(hits("my mate ran away and im scared for her").kinds == [.missing])
        #expect(hits("she ran away. who do i tell").kinds == [.missing])
    }

    @Test("a flag about the writer, the writer's family or carers is never held as someone else's")
    func notSomeoneElse() {
        // The writer in the clause: not someone else's harm, whoever else is named.
        #expect(hits("my mate and me ran away").kinds == [.missing])
        #expect(hits("i ran away with my friend").kinds == [.missing])
        #expect(hits("we ran away").kinds == [.missing])
        // A carer or the writer's own parent in the clause: the writer's home.
        #expect(hits("staff ran away from the fire").kinds == [.missing])
        #expect(hits("my dad ran away").kinds == [.missing])
        // Nobody named before the harm: not read as someone else's.
        #expect(hits("ran away again").kinds == [.missing])
    }

    @Test("features list rules whose every match is about someone else, for weak_rules.py to weigh")
    func featuresListAboutOthers() {
        let plain = ScreenKnowledge(rules: ScreenRules(words: """
            I: i, me, my
            PEER: mate
            """, rules: "missing-or-running-away: ran away"))
        let screen = SafeguardingScreen(knowledge: plain)
        #expect(screen.modelFeatures("my mate ran away").aboutOthersRules == ["missing-or-running-away line 1"])
        #expect(screen.modelFeatures("i ran away").aboutOthersRules.isEmpty)
        #expect(screen.scan("my mate ran away").isConcern, "without the rules.txt line, the flag stands")
    }

    @Test("an unknown kind in the someone-else line is a problem")
    func unknownKind() {
        let rules = ScreenRules(words: "", rules: "second sign about someone else: missing, self-harm")
        #expect(rules.problems == ["rules.txt line 1: unknown kind 'missing'"])
        #expect(rules.othersNeedSign == [.selfHarm])
    }

    @Test("the shipped screen still flags disclosures in the senses of this round's weak rules", arguments: [
        "an older lad from the estate gives me free vapes and trainers",
        "a man i met online sent me a phone. nobody knows about it",
        "nobody takes me to the doctor when im ill",
        "ive been sleeping rough since mum kicked me out",
    ])
    func shippedWeakRulesKeepDisclosures(_ text: String) {
        #expect(flagged(text))
    }
}
