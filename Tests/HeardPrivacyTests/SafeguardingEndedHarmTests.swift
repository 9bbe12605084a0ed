import Testing
@testable import HeardPrivacy

/// The readings of issue 13's sixth round, each a false-alarm cause that recurred across several independent
/// writers: past harm that ended with the person caught or sent away, or handled and gone, said in the same
/// sentence; a harm topic taught at school; a debt collector; an animal running off; "a accident". Each is read
/// only in the flag's own words or sentence, and each has a disclosure in the same frame that must still flag.
/// Examples written for these tests, in new words.
@Suite("The safeguarding screen: harm that ended, topics taught, and other ordinary senses")
struct SafeguardingEndedHarmTests: ScreenProbe {
    @Test("past harm ended in the same sentence; the same harm going on again still flags", arguments: [
        ("my mums ex used to lock me in my room when i was little but he went to prison and we moved",
         "my mums ex used to lock me in my room, he went to prison but now hes back and does it again"),
        ("a girl in my form used to push me down the stairs but the school handled it well and i havent seen her since",
         "a girl in my form used to push me down the stairs, its still happening and the school handled it badly"),
        ("my step grandad used to slap me when i was 8, he got done by the police and its proper safe at my aunties",
         "my step grandad used to slap me when i was 8, he got done by the police but he still slaps me when i visit"),
    ])
    func harmThatEnded(ordinary: String, disclosure: String) {
        #expect(!rulesFlag(ordinary), "ordinary flagged by a rule")
        #expect(flagged(disclosure), "disclosure missed")
    }

    @Test("an age now is not safety now: past harm with only an age still flags")
    func anAgeIsNotSafety() {
        #expect(flagged("my uncle used to touch me when i was 7, im 15 now and nobody knows"))
    }

    @Test("a harm topic taught at school; the writer's own harm beside it still flags", arguments: [
        ("we had a lesson at school about grooming and they showed us the warning signs",
         "we had a lesson at school about grooming and a man online keeps asking me for pics and says its our secret"),
        ("we did a quiz about the county lines in pshe it was ok",
         "the older lads make me carry stuff for them, we did a thing about county lines in pshe and thats what it is"),
    ])
    func topicTaughtAtSchool(ordinary: String, disclosure: String) {
        #expect(!rulesFlag(ordinary), "ordinary flagged by a rule")
        #expect(flagged(disclosure), "disclosure missed")
    }

    @Test("a talk about the writer's own self-harm is not a lesson")
    func ownHarmIsNotATopic() {
        #expect(rulesFlag("i had a talk with my social worker about my self harm"))
    }

    @Test("a debt collector, an animal running off, a news story; a person's debt, a child running off and a threat still flag", arguments: [
        ("a debt collector keeps ringing me about my old gym membership",
         "a man on my estate says i owe him and keeps making me hold stuff at mine to pay it off"),
        ("our cat ran off for two days and came back fat",
         "i ran off from the home last night and slept at a mates and nobody knows where i am"),
        ("saw on the news about a stabbing in town, so sad",
         "saw on the news about a stabbing in town and the same lads have been threatening to stab me"),
    ])
    func otherOrdinarySenses(ordinary: String, disclosure: String) {
        #expect(!rulesFlag(ordinary), "ordinary flagged by a rule")
        #expect(flagged(disclosure), "disclosure missed")
    }

    @Test("\"a accident\" excuses an injury, never a person who hurts the writer")
    func anAccident() {
        #expect(!rulesFlag("tripped on the stairs at college and got whacked on the shin by the door but it was a accident"))
        #expect(flagged("my carer whacked me with a wooden spoon and said it was a accident"))
    }

    @Test("safety said with an exception that names a person is a disclosure, by a rule")
    func safetyWithAnException() {
        #expect(rulesFlag("nobody hurts me at my nans apart from my uncle when he stays over"))
        #expect(!rulesFlag("nobody hurts me at my nans, its the calmest place i know"))
    }
}
