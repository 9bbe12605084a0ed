import Testing
@testable import HeardPrivacy

/// Threats and weapons said in everyday senses (issue 13, batch-26 round). "Threaten" and "or else" are also
/// carers' and friends' banter, and a knife beside a carer or beside "my" is most often a kitchen: these flag
/// only with a second sign in the comment, or lose the flag to a kitchen read in the same sentence. Every change
/// has disclosures beside it that the rules themselves must still flag. Examples written for these tests, in new
/// words.
@Suite("The safeguarding screen: threats and weapons with everyday senses")
struct SafeguardingThreatWeaponTests: ScreenProbe {
    @Test("banter with 'threaten' or 'or else' raises no threat rule", arguments: [
        "my gran keeps threatening to turn up at sports day in her big hat",
        "my foster mum threatens to sing at my birthday party lol",
        "the dog keeps threatening to eat my trainers",
        "my mate threatened to unfollow me if i didnt watch her stream",
        "carer says i have to be in by 9 or else no pudding",
    ])
    func banterIsNotAThreat(ordinary: String) {
        #expect(!ruleFires(ordinary, kind: .emotionalAbuse), "banter read as a threat")
    }

    @Test("a threat with a second sign, or aimed at the writer, is still flagged by the rules", arguments: [
        // Aimed at the writer, or made with something to hit with: alone.
        "the older lad on my landing has threatened me three times now",
        "my stepbrother threatens us when mum is at work",
        "a girl at the unit threatened everyone in the lounge with a snapped bottle",
        // A second sign anywhere in the comment: fear, drink, secrecy, being taken back, a temper.
        "mums boyfriend keeps threatening her. im scared to go downstairs",
        "uncle gets loud after the pub and we all sit in silence or else",
        "she threatened to take me back to live with her and she knows what school i go to",
        "my dad threatens my mum and then punches the wall",
        "he keeps threatening to do something if i tell anyone about it",
        // The threats that are never banter.
        "my birth mum found out where i live and sent a card to the house",
        "he said theyll come after me if i stop doing the drops",
        "one word to your teacher and you'll never see your sister again, thats what she tells me",
    ])
    func threatsStillFlag(disclosure: String) {
        #expect(rulesFlag(disclosure), "a threat lost its rule")
    }

    @Test("nobody knowing where the writer lives is safety, but someone knowing is a threat")
    func nobodyKnowsWhereILive() {
        #expect(!rulesFlag("we moved to a new town and nobody knows where i live now, i feel settled"))
        #expect(rulesFlag("my old dealer knows where i live now"))
        #expect(rulesFlag("nobody at school believes me but he knows where i live"))
    }

    @Test("a kitchen, cooking or knives kept safe switch off only the rules that read a person beside a knife",
          arguments: [
              "my foster dad chops the veg for sunday dinner with a massive knife",
              "carers keep the knives locked away in a drawer, its a rule in every foster home",
              "my carer taught me how to slice onions with a proper knife at the weekend",
          ])
    func kitchenKnives(ordinary: String) {
        #expect(!rulesFlag(ordinary), "a kitchen knife read as a weapon")
    }

    @Test("the kitchen reading never switches off a knife with a temper, at the writer, or kept by a person",
          arguments: [
              "they keep the knives locked away because my stepdad loses it when hes had a drink",
              "dad was chopping onions and then pointed the knife at me",
              "my uncle keeps a knife under his pillow",
              "my mums boyfriend was carving the roast and waved the knife in my face when i answered back",
              "my stepdad was cooking and cut me with the knife when i got in the way",
          ])
    func weaponsStillFlag(disclosure: String) {
        #expect(rulesFlag(disclosure), "a weapon lost its rule to the kitchen reading")
    }

    @Test("a knife beside 'my' needs a second sign; with fear, a threat, a blow or an aim at the writer it flags")
    func weaponAndMe() {
        #expect(!ruleFires("i cut my thumb on the bread knife making a sandwich", kind: .severeBullying))
        #expect(rulesFlag("a boy in year 10 showed me a knife in his bag and said i was next. im scared to go in"))
        #expect(rulesFlag("someone sent me a photo of a blade with my name on it"))
        #expect(rulesFlag("the lads at the park pulled a knife on me for my phone"))
        #expect(rulesFlag("some boy in year 9 brought a blade to school to cut me"))
        #expect(rulesFlag("she keeps a knife in her blazer and said shes going to use it on me"))
    }

    @Test("a blade taken out of a sharpener, or a blade that calms, is read as self-harm", arguments: [
        "i keep the blade from my pencil sharpener in my purse",
        "the razor is the only thing that calms me down when my head is loud",
        "sharpener blades are easy to get hold of, thats all",
    ])
    func sharpenerBlades(disclosure: String) {
        #expect(ruleFires(disclosure, kind: .selfHarm), "a sharpener blade not read as self-harm")
    }

    @Test("knife crime talked about is not a weapon at home; a knife in the writer's life beside it still flags")
    func knifeCrime() {
        #expect(!rulesFlag("knife crime is going up in our city and the youth centre got shut"))
        #expect(rulesFlag("knife crime is bad round our way and my brother has started carrying a knife"))
    }

    /// Whether a rule of `kind` fires on `text` and is not switched off by its readings.
    private func ruleFires(_ text: String, kind: ConcernKind) -> Bool {
        ruleFires(text) { $0.kind == kind && !$0.isSign }
    }
}
