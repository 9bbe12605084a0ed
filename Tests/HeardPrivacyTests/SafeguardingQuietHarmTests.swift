import Testing
@testable import HeardPrivacy

/// Issue 13, nineteenth round: harm told quietly that no rule read (a parent who does not care, nobody to tell,
/// the one thing keeping the writer alive), and ordinary comments the rules misread (an adult doing their job
/// asking about harm, a past told as "there was a time", people on social media). Each reading has a disclosure
/// in the same frame that must still flag. Examples written for these tests, in new words.
@Suite("The safeguarding screen: harm told quietly, and adults asking about harm")
struct SafeguardingQuietHarmTests: ScreenProbe {
    @Test("a parent or carer who does not care, with a second sign beside it, flags", arguments: [
        "my dad doesnt care about me at all. i dont know who to tell",
        "nobody at home cares about me and i cant sleep",
        "my step mum acts like i dont exist and i dont know who to tell",
    ])
    func uncaredForWithASign(text: String) {
        #expect(rulesFlag(text), "quiet emotional harm missed")
    }

    @Test("the same words with no second sign are held, not raised, by the rules")
    func uncaredForAlone() {
        // A complaint in strong words: the weak rule holds it for the trained layer to weigh.
        let text = "my carer doesnt care about me, she took my xbox for a week"
        #expect(!rulesFlag(text))
        let knowledge = ScreenKnowledge.shipped
        let screenText = ScreenText(text)
        let hits = RuleHits(screenText, table: knowledge.index.spans(in: screenText), knowledge: knowledge, gate: true)
        #expect(hits.heldKinds == [.emotionalAbuse], "held for the trained layer to weigh")
    }

    @Test("the one thing keeping the writer alive flags, whatever 'if it wasnt for' negates", arguments: [
        "if it wasnt for my little sister id be gone by now",
        "if i didnt have my cat i would be gone already",
        "honestly my nan is the only reason im still here",
    ])
    func keptAlive(text: String) {
        #expect(rulesFlag(text), "passive suicidal thought missed")
    }

    @Test("other quiet harm: being told one is unlovable or useless, pleading not to go home, a secret kept for an adult, pictures posted", arguments: [
        "mum says no one will ever love me",
        "im told im useless by my foster dad",
        "please dont make me go back home this weekend",
        "the man at the gym gives me lifts and says best not tell my carer",
        "some girls posted pictures of me in the group chat and its still going on",
    ])
    func quietHarm(text: String) {
        #expect(flagged(text), "disclosure missed")
    }

    @Test("an adult asking or explaining about harm to anyone is not harm; harm told in the same frame is", arguments: [
        ("the new social worker asks whether anyone hurts me every visit, its a bit much",
         "my social worker asked if anyone hurts me and i told her my uncle hits me"),
        ("my advocate told me how to complain if anyone ever hurts me",
         "he said he would hurt me if anyone found out"),
        ("the doctor asked about self harm at my health check",
         "the doctor asked about self harm and i said i still do it most nights"),
        ("my iro asked about bullying and food and pocket money",
         "my iro asked about bullying and i said the lads still corner me every day"),
    ])
    func adultsAsking(ordinary: String, disclosure: String) {
        #expect(!rulesFlag(ordinary), "ordinary flagged by a rule")
        #expect(flagged(disclosure), "disclosure missed")
    }

    @Test("'if i tell anyone he hurts me' is a disclosure, not a check question")
    func tellingAnyone() {
        #expect(rulesFlag("if i tell anyone he hurts me ill be in trouble"))
        #expect(rulesFlag("my carer asked if anyone hurts me. i said no but my brother does"),
                "a denial with the harm after it still flags")
    }

    @Test("'there was a time' is a past account: safety next keeps it off, harm going on keeps it on")
    func thereWasATime() {
        #expect(!rulesFlag("there was a time i was scared of my stepdad. thats over, he moved away"))
        #expect(rulesFlag("there was a time i was scared of my stepdad. he still comes round"))
        #expect(rulesFlag("there was a time i felt safe. now my stepdad hits me"))
    }

    @Test("people on social media are not the writer; the writer's own words still flag")
    func socialMedia() {
        #expect(!rulesFlag("on tiktok people saying they want to die as a joke is weird"))
        #expect(rulesFlag("people on tiktok talk about it and honestly i want to die too"))
    }
}
