import Testing
@testable import HeardPrivacy

/// Harm words in everyday senses (issue 13, thirteenth round): a jab, a joke threat over a sibling's things, a fiver
/// owed to a mate, a ball in the face in PE, a finger cut on a tin, a fall and the care that followed, house
/// rules, a carer's pet, hiding from embarrassment, sunburn, being grounded, hurt feelings, a toddler's bite, a game
/// knock by accident. Each reading has disclosures in the same words beside it that must still be flagged.
/// Examples written for these tests, in new words.
@Suite("The safeguarding screen: harm words in everyday senses")
struct SafeguardingEverydayHarmWordsTests: ScreenProbe {
    @Test("everyday senses are not flagged", arguments: [
        "had my jabs at school today and i hate needles but it was quick",
        "my sister says she will kill me if i borrow her hoodie again",
        "my best mate says shell murder me if i tell anyone who she likes lol",
        "i owe my brother a tenner for the cinema",
        "took a cricket ball to the face in pe and had to get an ice pack, the nurse was lovely",
        "i cut my finger on a tin lid opening the beans",
        "tripped over the dog and hurt my wrist, carer took me to a and e to be safe and it was just a sprain",
        "we have to hand our phones in at 10 on school nights, its a rule",
        "im starving and dinner isnt till 7",
        "im scared of my foster dads snake, it hisses",
        "a massive goose chased me round the pond",
        "i hid in the changing rooms because i was so embarrassed about my hair",
        "i got burnt in the sun at the beach, my shoulders are peeling",
        "my carer threatened to ground me if i didnt stop shouting at my brother",
        "i owe my carer 10 pounds for the window and im paying it out of my pocket money",
        "i cut myself shaving and it wouldnt stop bleeding",
        "my baby boy is 1 and he bit me on the shoulder this morning",
        "my brother keeps using my charger im going to strangle him",
        "my curfew is 9 but my mates stay out till 11",
        "i was so hurt when my dad didnt turn up to contact",
        "in netball a girl hit me in the face by accident",
        "i used to want to die when i was 13 but i dont feel like that now",
    ])
    func everydaySenses(ordinary: String) {
        #expect(!flagged(ordinary), "an everyday sense was flagged")
    }

    @Test("the same words as a disclosure are still flagged by the rules", arguments: [
        // Needles at home, not at a jab.
        "there are needles on the floor at my dads and i have to step over them",
        // A threat about telling, or about a parent's drink, is not a joke threat over a sibling's things.
        "my mums boyfriend said hell kill me if i tell anyone what he does",
        "my stepdad said hell batter me if i touch his cans again",
        // A debt to older people, or paid off by an errand.
        "i owe the older lads 300 quid and they said i have to do drops to pay it",
        "i owe my mate a tenner and his brother says i have to carry a bag for him to pay it back",
        // Sport kit in a person's hand, a cut on purpose, a story told to a nurse.
        "my coach hit me with a hockey stick at training",
        "i cut my wrist on purpose on a tin lid",
        "i told the nurse i slipped in the shower but really he pushed me",
        // Someone else hurting a parent; hurt by a touch; an older child's blows; a blow at home called an accident.
        "my mums boyfriend is going to strangle her one day, he grabs her by the neck",
        "i was hurt when my uncle touched me",
        "my son is 15 and he hits me when i say no",
        "my baby brother bites me and my stepdad hits me when he is drunk",
        "the dog barked at us and then the lads from the estate chased me home",
        "my dad kicked me in the back at home and said it was an accident",
        // Not over: no safety said now.
        "i still want to die and i dont feel like anything is getting better",
    ])
    func disclosuresStillFlag(disclosure: String) {
        #expect(rulesFlag(disclosure), "a disclosure lost its rule to an everyday reading")
    }

    @Test("a hold to keep the writer safe is read on the hold; bruises or a blow beside it still flag")
    func holdForSafety() {
        #expect(!rulesFlag("my foster mum grabbed my arm to stop me falling down the stairs"))
        #expect(flagged("my carer grabbed my arm to stop me running and left bruises"))
        #expect(rulesFlag("my carer reads my messages to keep me safe online but she also hits me"))
    }

    @Test("a bone someone broke is flagged, whatever joke comes before it")
    func brokenBone() {
        #expect(rulesFlag("my brother will kill me if i take his phone, last time he broke my arm"))
        #expect(!rulesFlag("my mate broke my nose playing rugby by accident"))
    }

    @Test("a row the writer is part of, a friend's joke and a carer's fright raise no rule", arguments: [
        "my carer and i yelled at each other about bedtime and then we hugged it out",
        "me and my foster dad shouted at each other about the xbox and then had a brew",
        "my mate joked that she would slap me if i wore that top again",
        "my carer reads my texts sometimes, its to keep me safe online",
        "my foster dad shouted at me for running into the road, he said he was scared i would get knocked over",
    ])
    func rowsAndFrights(ordinary: String) {
        #expect(!rulesFlag(ordinary), "an everyday row or fright raised a rule")
    }

    @Test("a blow after a row, a check that controls, fear of a drunk parent still flag", arguments: [
        "my dad and i shout at each other and then he hits me",
        "me and my mum scream at each other and she throws things at me",
        "my stepdad reads my messages and says its to keep me safe online but he deletes my friends",
        "my dad screams at me when hes drunk and im scared",
    ])
    func rowsThatAreHarm(disclosure: String) {
        #expect(rulesFlag(disclosure), "a disclosure lost its rule")
    }
}
