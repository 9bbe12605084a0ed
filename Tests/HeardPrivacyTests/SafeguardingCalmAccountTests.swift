import Testing
@testable import HeardPrivacy

/// Things told calmly that hold a harm word (issue 13, thirteenth round): a parent who went missing long ago, the
/// writer's own things sold to pay a bill, nobody listening at a review, a new school that is scary, money short
/// until payday, a carer who "would never hurt anyone", a childhood lived with a grandparent, past harm with safety
/// now. Each reading has disclosures in the same frame beside it that must still be flagged. Examples written for
/// these tests, in new words.
@Suite("The safeguarding screen: calm accounts with harm words")
struct SafeguardingCalmAccountTests: ScreenProbe {
    @Test("calm accounts are not flagged", arguments: [
        "my grandad went missing when i was little and nobody knows what happened to him",
        "sold my ps4 to pay the gas, living on my own is expensive",
        "nobody listens to me at my reviews, they just read out the report",
        "starting at a new college feels scary, i dont know where anything is",
        "no money left till payday so its beans on toast all week",
        "my foster dad is really loud but he would never hurt anyone",
        "my mum couldnt cope and i have lived with my gran since i was 2, i love it there",
    ])
    func calmAccounts(ordinary: String) {
        #expect(!flagged(ordinary), "a calm account was flagged")
    }

    @Test("the same words as a disclosure are still flagged by the rules", arguments: [
        // A song's words that are the writer's own feeling (a lyrics reading was tried and not kept for this).
        "the lyrics say exactly how i feel, i want to die",
        "the lyrics say i want to die and honestly thats how i feel every day",
        // A brother or a sister going missing; a parent going missing now, leaving the children.
        "my sister went missing from her placement last night",
        "my mum goes missing for days and leaves us on our own with no food",
        "my dad went missing when i was little and my mum drinks all day and forgets to feed us",
        // Made to sell things, or to pay back what is owed to people.
        "they made me sell my phone to pay back what i owe them",
        // Harm beside the complaint, a new placement with someone coming in at night.
        "nobody listens to me when i say the boys at school hit me",
        "the new placement is scary, the other lad there keeps coming in my room at night",
        // Money taken by a partner, whatever the overdraft.
        "im in my overdraft because my boyfriend takes all my money",
        // Harm now, after the years of safety.
        "i have lived with my nan since i was 5 but she hits me",
        "my dad went missing when i was little and now he has turned up and keeps following me",
    ])
    func disclosuresStillFlag(disclosure: String) {
        #expect(rulesFlag(disclosure), "a disclosure lost its rule to a calm reading")
    }

    @Test("'he would never hurt anyone' said beside harm that happens is still flagged")
    func safetyThenHarm() {
        #expect(flagged("my stepdad shouts and says he would never hurt me but he does"))
    }

    @Test("past harm with safety now said in everyday words is not flagged", arguments: [
        "my stepdad used to hit my mum. we left him years ago and now we are happy",
        "i ran away loads when i was at my last placement. this placement feels like home",
        "i used to go to bed hungry at my mums. now i live with my foster family and theres always loads of food",
        "i used to starve myself but with help from the eating disorder team i eat normally now",
        "back in year 9 i thought about killing myself a lot. its different now and i have people to talk to now",
    ])
    func pastHarmSafeNow(ordinary: String) {
        #expect(!flagged(ordinary), "past harm with safety now was flagged")
    }

    @Test("safety that is denied, or a home that is not safe, answers no past harm", arguments: [
        // The safety is negated: not safety now (a recall fix of the thirteenth round).
        "i used to cut myself and im not happy now",
        "when i was little my dad hit me and im not safe now either",
        // "I want to live with...", "now i live with him": not safety.
        "my mum used to hit me so i want to live with my nan",
        "my stepdad used to hit me and now i live with him full time",
        // Safety said, then harm again.
        "i used to go to bed hungry. now i live with my nan and she doesnt feed me either",
    ])
    func deniedSafetyStillFlags(disclosure: String) {
        #expect(rulesFlag(disclosure), "a past harm was read as over")
    }
}
