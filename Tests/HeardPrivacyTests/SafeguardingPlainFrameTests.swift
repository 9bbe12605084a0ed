import Testing
@testable import HeardPrivacy

/// Ordinary frames a flag's own words can sit in (issue 13, thirteenth round: batch-27, ordinary comments written to
/// the held-out sets' brief): a trivial thing that "makes me want to die", a game someone "smashes" the writer at,
/// the writer told off for breaking a mug, a film's story, a burn while cooking, a chore's sanction, the journey
/// home, no adults at a party, a full fridge now, the wifi down. Every reading has disclosures in the same frame
/// beside it that must still be flagged. Examples written for these tests, in new words.
@Suite("The safeguarding screen: plain ordinary frames")
struct SafeguardingPlainFrameTests: ScreenProbe {
    @Test("ordinary comments in a plain frame are not flagged", arguments: [
        "fractions make me want to die, why are there so many",
        "my foster mums puns are so bad they make me want to jump off the roof",
        "i wanted to die of embarrassment when my carer danced at the school disco",
        "my granddad smashes me at chess every sunday",
        "my foster brother batters me at fifa but i win at mario kart",
        "my carer went mad at me for smashing a mug but we laughed about it after",
        "we read a book about a girl whose stepdad hit her, it was sad but a good book",
        "got burnt on the oven baking brownies, carer put my hand under the cold tap",
        "if i dont empty the dishwasher my carer says shes going to cancel my takeaway, she never does",
        "i hate going home on the school bus because it is always late",
        "not allowed to the sleepover cos there are no adults there, fair enough",
        "when i was small the cupboards were empty, now the fridge is always full",
        "the wifi has been down for 2 days and life is pointless",
    ])
    func plainFrames(ordinary: String) {
        #expect(!flagged(ordinary), "an ordinary frame was flagged")
    }

    @Test("a trivial thing that makes the writer 'want to die' is a joke; school, life or people are not", arguments: [
        "school makes me want to die, nobody in my year talks to me",
        "my life is so rubbish it makes me want to die",
        "the things they say about me make me want to die",
    ])
    func figurativeCauseKeepsRealOnes(disclosure: String) {
        #expect(rulesFlag(disclosure), "a wish to die lost its rule to the figurative reading")
    }

    @Test("a game switches off only a blow 'at' that game; a blow at home or in a sport still flags", arguments: [
        "my stepdad smacks me at home when i lose at cards",
        "my coach smacks me at training when i get it wrong",
    ])
    func gamesKeepBlows(disclosure: String) {
        #expect(rulesFlag(disclosure), "a blow lost its rule to the game reading")
    }

    @Test("the writer's own breakage is not violence at home; a parent's smashing or a blow after it is", arguments: [
        "my stepdad went mad at me for smashing a mug and hit me with his belt",
        "my mum is always smashing plates when she has had a drink",
    ])
    func breakagesKeepViolence(disclosure: String) {
        #expect(rulesFlag(disclosure), "violence at home lost its rule to the breakage reading")
    }

    @Test("a film's story is the story's; the writer's own harm in the same sentence still flags")
    func filmStoryKeepsOwnHarm() {
        #expect(rulesFlag("we watched a film about a boy whose dad hit him and it made me cry because my dad hits me too"))
    }

    @Test("a burn while cooking is an accident; a burn on purpose or a hand held on the hob is not", arguments: [
        "i burn myself on the hob when everyone is in bed",
        "i got burnt on the hob making tea when my mum held my hand on it",
        "he held my hand on it till it burnt",
    ])
    func cookingBurnKeepsHarm(disclosure: String) {
        #expect(rulesFlag(disclosure), "a burn lost its rule to the cooking reading")
    }

    @Test("a chore's sanction is not a threat; a threat of harm in the same sentence is", arguments: [
        "if i dont tidy my room he says hes going to hit me with the hoover",
    ])
    func choresKeepThreats(disclosure: String) {
        #expect(rulesFlag(disclosure), "a threat lost its rule to the chores reading")
    }

    @Test("hating the journey home is not fear of home; a person waiting at home is", arguments: [
        "i hate going home on the bus because my stepdad waits for me at the stop",
    ])
    func journeyKeepsFear(disclosure: String) {
        #expect(rulesFlag(disclosure), "not wanting to go home lost its rule to the journey reading")
    }

    @Test("no adults at a party is a carer's reason; no adults at home, bullying online and a threat still flag",
          arguments: [
              "there are never any adults at home at night and i look after my little brothers",
              "people in my year keep making group chats about me and the teachers do nothing",
              "some older lads came to my placement asking for me and said next time they wont be so nice",
          ])
    func recallGapsAndHomeAlone(disclosure: String) {
        #expect(rulesFlag(disclosure), "a disclosure was not flagged by the rules")
    }

    @Test("a full fridge 'now' is safety; an empty fridge now, or 'never a full fridge', is not")
    func fullFridgeNow() {
        #expect(rulesFlag("there was never food in the fridge and there still isnt"))
        #expect(rulesFlag("we never have a full fridge at my mums"))
    }
}
