import Testing
@testable import HeardPrivacy

/// The readings of issue 13's seventh round: a past account with safety said explicitly in the very next
/// sentence, another young person's harm already dealt with by adults in the same sentence, and a care leaver's
/// housing business. Each has disclosures in the same frame that must stay flagged. Examples written for these
/// tests, in new words.
@Suite("The safeguarding screen: safety in the next sentence, harm dealt with, housing business")
struct SafeguardingAccountReadingTests: ScreenProbe {
    @Test("a past account with explicit safety in the next sentence is not flagged by a rule", arguments: [
        "i used to cut myself when i was in year 9. i havent done it since i was 14",
        "my dad used to lock me in the shed when i was 10. i feel safe now",
        "my ex used to push me about in 2021. we split up and he has no way to contact me",
        "i slept rough for a bit last winter. this year i got my own flat through the council",
        "some lads at my old school used to spread rumours about me. school dealt with it and they got excluded",
    ])
    func safetyInTheNextSentence(_ ordinary: String) {
        #expect(!rulesFlag(ordinary))
    }

    @Test("a next sentence that does not establish safety keeps a past account flagged", arguments: [
        // "it's fine" is not safety now, and a change of topic is not either.
        "my uncle used to hit me when i was little. its fine",
        "i used to cut myself when i was in year 9. anyway college is good",
        // The safety is not in the sentence right after the account.
        "my dad used to lock me in the shed when i was 10. school is ok. i feel safe now",
        // Fear now, or the harm going on, anywhere in the comment.
        "my stepdad used to hit me when i was little. he went to prison. he gets out next month and i am scared",
        "my stepdad used to hit me when i was little. he went to prison but his brother still comes round",
        // Splitting up says the relationship is over, not that the harm is.
        "my ex used to push me about in 2021. we split up",
        // Safety negated.
        "my mums ex used to hit me when i was small. i dont feel safe now",
        // Not a past account.
        "my stepdad hits me. i feel safe at school though",
    ])
    func noSafetyInTheNextSentence(_ disclosure: String) {
        #expect(flagged(disclosure))
    }

    @Test("another young person's harm dealt with by adults; the writer's own, or harm going on, still flags", arguments: [
        ("a lad from my old home went missing for two days but the police found him at his nans",
         "i went missing for two days and the police found me"),
        ("a girl in my year got messages from a creep online, she showed her mum and the police got involved",
         "a girl in my year gets hit by her dad, the police got involved but she still gets hit"),
        ("my flatmate got evicted but the council found him another place",
         "a boy in my class was sleeping on the streets, the council found him another place but im sleeping in a car tonight"),
    ])
    func dealtWith(ordinary: String, disclosure: String) {
        #expect(!rulesFlag(ordinary), "ordinary flagged by a rule")
        #expect(flagged(disclosure), "disclosure missed")
    }

    @Test("another young person's harm with adults acting in the next sentence; the writer's own, harm or fear going on, or action later, still flags", arguments: [
        // "staff called the police" is itself a sign of going missing (RUN-AWAY), so the action here is "rang".
        ("one of the lads here ran away last week. staff rang the police and he came back the same night",
         "one of the lads here ran away with me last week. staff rang the police and he came back the same night"),
        ("a girl from my home went missing on friday. the police found her the next day",
         "a girl from my home went missing on friday. the police found her the next day but she still goes off with that man"),
        ("a lad from my unit went missing on saturday. the police found him at his nans",
         "a lad from my unit went missing on saturday. the police found him at his nans and now im scared hes going to get me for telling"),
        ("a girl from my home went missing on friday. the police found her the next day",
         "a girl from my home went missing on friday. we were all worried. the police found her the next day"),
    ])
    func dealtWithNextSentence(ordinary: String, disclosure: String) {
        #expect(!rulesFlag(ordinary), "ordinary flagged by a rule")
        #expect(rulesFlag(disclosure), "disclosure no longer flagged by a rule")
    }

    @Test("another young person hurt by their own parent flags by a rule; dealt with, or a thing of theirs, does not")
    func anotherYoungPersonHurtAtHome() {
        #expect(rulesFlag("a girl in my year gets hit by her dad, the police got involved but she still gets hit"))
        #expect(rulesFlag("my mates brother got kicked by his dad again last night and hes scared to go home"))
        #expect(!rulesFlag("a lad in my class got hit by his dad but the police got involved and hes in foster care now"))
        #expect(!rulesFlag("a girl in my year got hit by her dads car door in the car park but shes fine"))
    }

    @Test("a care leaver's housing business; a landlord or a debt that harms still flags", arguments: [
        ("the landlord sent a letter threatening eviction over the rent arrears",
         "the landlord is threatening to hurt me if i dont pay"),
        ("the landlord sent a letter threatening eviction over the rent arrears",
         "my landlord says if i cant pay the rent i could pay in other ways"),
        ("my upstairs neighbour has to keep it down after ten now",
         "the man upstairs makes me keep quiet about what he does to me"),
        ("i owe about 80 on the electric and pay it off through the meter",
         "i owe a lad on my estate 300 and he makes me hold stuff at mine till its paid"),
        ("my ex lives a bit too close but its fine", "my ex bit me on the arm when i said i was leaving"),
        ("the fire in the kitchen shook me up a bit", "my carer shook me so hard i hit my head"),
    ])
    func housingBusiness(ordinary: String, disclosure: String) {
        #expect(!rulesFlag(ordinary), "ordinary flagged by a rule")
        #expect(flagged(disclosure), "disclosure missed")
    }

    @Test("a scrap between children both told off; an adult hitting back harder still flags")
    func scrapBothToldOff() {
        #expect(!rulesFlag("he shoved me in the lunch queue and i shoved him back and we both got told off"))
        #expect(flagged("my stepdad shoved me into the wall and i shoved him back and he hit me harder"))
    }

    @Test("being asked to pay in other ways is exploitation on its own")
    func payInOtherWays() {
        #expect(rulesFlag("the landlord said i could pay in other ways"))
    }
}
