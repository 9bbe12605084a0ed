import Testing
@testable import HeardPrivacy

/// Family history and everyday senses (issue 13, eleventh round). Two writers' ordinary answers raised direct rules:
/// past harm with safety said in words the safe-next reading lacked ("i dont live there now", "hes moved away"), a
/// parent's long prison sentence told as family news, the writer's or a friend's jealousy, "nobody listens" said of
/// reviews, a parent's relapse, peace made with the past. Each reading has disclosures in the same sense that must
/// stay flagged. Going out or staying out to get away from home is a disclosure the trained layer must find.
/// Examples written for these tests, in new words.
@Suite("The safeguarding screen: family history and everyday senses")
struct SafeguardingFamilyHistoryTests: ScreenProbe {
    @Test("past harm, then plainly over in the next sentence, raises no rule", arguments: [
        "my nan used to smack me with a wooden spoon when i was small. i dont live there now and i dont see her at all.",
        "my stepdad used to hit me years ago. hes moved away and i never hear from him.",
        "i used to run off from my old placement all the time. ive stopped and i like it here.",
    ])
    func pastThenOver(comment: String) {
        #expect(!rulesFlag(comment), "ordinary family history raised a rule")
    }

    @Test("everyday senses of jealousy, listening, relapse, peace and prison raise no rule", arguments: [
        "i get a bit jealous when my foster brother gets picked up by his real dad",
        "my best mate fell out with me cos she got jealous of my new friend",
        "nobody listens to what i want in my reviews they just tell me after",
        "my dad is in rehab and im scared he will relapse",
        "ive made my peace with it and i dont think about my birth family much",
        "my mum is in prison for a long time and i write to her sometimes",
        "it feels like everyone read my diary before i even met them",
        "i was starving after swimming and there was nothing i liked in the cupboard",
    ])
    func everydaySenses(comment: String) {
        #expect(!rulesFlag(comment), "an everyday sense raised a rule")
    }

    @Test("disclosures in the same senses stay flagged", arguments: [
        "my uncle used to touch me when i was little. i dont see him at all but he still messages me",
        "my stepdad used to hit me. i dont live there now but i still have to go back at weekends",
        "my mum used to lock me in my room. she moved away but im scared shell come back",
        "i used to run away from my placement. ive stopped but the older lads still want me to go to theirs",
        "my stepdad gets jealous when my mum talks to me and takes it out on me",
        "mums boyfriend is jealous of me and he pushes me about when shes at work",
        "i told them what my cousin does to me but nobody listens to what i say",
        "the lads at my home batter me and nobody listens",
        "ive made my peace with everything and wrote letters to my family",
        "i relapsed last night and cut again",
        "theres nothing in the fridge and mum hasnt come home for 2 days",
        "my mums new boyfriend has been in prison for hurting kids and he lives with us now",
        "my dad was in prison for years and now hes back and he hits my mum",
        "he reads my diary and my messages and goes mad if i talk to anyone",
        "i told my social worker what my stepdad does but nothing happens and i still live there",
    ])
    func disclosuresStay(disclosure: String) {
        #expect(flagged(disclosure), "disclosure missed")
    }

    @Test("going out or staying out to get away from home is flagged", arguments: [
        "some nights i walk about till 3 cos its calmer outside than at home",
        "i sit on the swings till midnight because i cant face going home",
        "i stay out as late as i can so i dont have to hear them fighting",
        "i go out walking at night cos its calmer than being in the house",
        "after school i just ride about on my scooter for hours so im not home when he is",
        "i stay at my mates till really late cos its horrible in my house right now",
    ])
    func awayFromHome(disclosure: String) {
        #expect(flagged(disclosure), "disclosure missed")
    }
}
