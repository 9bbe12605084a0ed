import Testing
@testable import HeardPrivacy

/// The ordinary readings added for the rules' own false alarms on the independent writers' sets: each names the
/// benign reading in the flag's own words, and each has a disclosure in the same frame that must still flag.
/// Examples written for these tests, in new words.
@Suite("The safeguarding screen: topics, services and sanctions as ordinary readings")
struct SafeguardingTopicReadingTests: ScreenProbe {
    @Test("a topic named as a lesson, a campaign or a study", arguments: [
        ("our form did posters for anti bullying day", "anti bullying day was a joke, the year 10s still corner me in the toilets every break"),
        ("the grooming assembly was a bit awkward but useful", "after the grooming assembly i realised the man from the shop who buys me vodka is doing it to me"),
        ("my btec essay is about county lines and why it spreads", "my essay is about county lines because the lads my brother owes make me carry bags to leeds"),
        ("knife crime in our town is getting worse, we need more youth centres", "there is knife crime on our road and a lad held a knife to my neck last night"),
    ])
    func topicAsSubject(ordinary: String, disclosure: String) {
        #expect(!rulesFlag(ordinary), "ordinary flagged by a rule")
        #expect(flagged(disclosure), "disclosure missed")
    }

    @Test("running away from work, and a food rule about rooms", arguments: [
        ("i could run away from all my revision right now haha", "i want to run away from my foster home, the older boy there hurts me"),
        ("carers say no food in our bedrooms cos of mice", "no food in the cupboards again and mum has gone out for the weekend"),
    ])
    func figurativeAndHouseRules(ordinary: String, disclosure: String) {
        #expect(!rulesFlag(ordinary), "ordinary flagged by a rule")
        #expect(flagged(disclosure), "disclosure missed")
    }

    @Test("a bill to a company, a partner bound by a house rule, a phone taken for a night", arguments: [
        ("i owe the council tax about 200 and im paying it monthly", "i owe a lad from the estate 300 and now he makes me hold stuff at mine"),
        ("my girlfriend has to go home by 10 because of the hostel rules", "my girlfriend has to see my messages every night or she smashes my stuff"),
        ("carers took my phone off me for the night cos i was on tiktok at 3am", "the older lads took my phone off me and said i work for them now"),
    ])
    func servicesAndSanctions(ordinary: String, disclosure: String) {
        #expect(!rulesFlag(ordinary), "ordinary flagged by a rule")
        #expect(flagged(disclosure), "disclosure missed")
    }

    @Test("a professional hard to reach is a complaint; a parent never there is not", arguments: [
        ("my social worker is never there when i ring", "my mum is never there at night and i have to get my little brothers tea"),
        ("my pa never about when i need forms signing", "my dad is never around and theres no food in"),
    ])
    func professionalsAbsent(ordinary: String, disclosure: String) {
        #expect(!rulesFlag(ordinary), "ordinary flagged by a rule")
        #expect(flagged(disclosure), "disclosure missed")
    }

    @Test("past harm with safety now in the same sentence, written with an age or a school year", arguments: [
        ("at 13 i was sleeping on sofas but my worker found me a foster home and im settled now", "at 13 i was sleeping on sofas and i still am most weeks"),
        ("got picked on loads in yr 8 but it got sorted and im fine now", "got picked on loads in yr 8 and they still do it every day"),
        ("my dad used to hit me, thats why im in care", "my dad used to hit me, thats why im in care, and he still does at contact"),
    ])
    func resolvedWithAges(ordinary: String, disclosure: String) {
        #expect(!rulesFlag(ordinary), "ordinary flagged by a rule")
        #expect(flagged(disclosure), "disclosure missed")
    }

    @Test("a disclosure beside a study topic or a younger sibling still flags")
    func besideAReading() {
        // The general-talk reading only switches off a flag that says nothing of the writer: "threaten me" does.
        #expect(flagged("my project is on knife crime since the same boys threaten me on the way home every day"))
        // A younger sibling's push is ordinary; a parent's hit in the same sentence is not.
        #expect(!rulesFlag("my baby sister hits me when she is tired"))
        #expect(rulesFlag("my baby sister hits me when she is tired and my stepdad hits me when he is drunk"))
    }

    @Test("every word group is a model feature, the ones no rule names too")
    func everyGroupIsAFeature() {
        let names = ScreenProbeShared.screen.modelFeatures("the bus is always late lol, pointless").names
        #expect(names.contains("g:JOKING"))
        #expect(names.contains("g:COMPLAINT"))
    }
}
