import Testing
@testable import HeardPrivacy

/// Single phrases with everyday senses that no longer flag alone (issue 13, ninth round): running off or going
/// missing (`RUN-OFF`), and being kicked, thrown, chucked or locked out (`KICKED-OUT`). Each fired on ordinary
/// comments of five or six independent writers, so each now needs a second sign anywhere in the comment
/// (`MISSING-SIGN`, `HOMELESS-SIGN` in words.txt). Short disclosures in each phrase's harmful sense must still be
/// flagged by the rules themselves, not left to the trained layer. Examples written for these tests, in new words.
@Suite("The safeguarding screen: everyday phrases that need a second sign")
struct SafeguardingSecondSignTests: ScreenProbe {
    @Test("running off or going missing with a second sign is still flagged by a rule", arguments: [
        "i went missing for 3 days with older lads",
        "ran off from my foster carers again last night",
        "keep running away cos of the lads at the home",
        "went missing at the weekend and slept at some guys flat",
        "i ran away",
        "im going to run off tonight and nobody will find me",
        "my little sister goes missing from her placement and comes back with money",
        "did a runner from the unit on friday, the police picked me up on sunday",
        "been missing since monday, dont tell my sw where i am",
    ])
    func missingWithASecondSign(disclosure: String) {
        #expect(rulesFlag(disclosure), "disclosure not flagged by a rule")
        #expect(flagged(disclosure), "disclosure missed")
    }

    @Test("put out or locked out with a second sign is still flagged by a rule", arguments: [
        "mum's boyfriend locked me out all night",
        "got kicked out of my dads tonight, sat at the bus stop",
        "stepdad chucked me out and ive got nowhere to sleep",
        "landlord changed the locks today",
        "thrown out of the hostel this morning with all my bags",
        "locked out again and my carers wont open the door",
    ])
    func putOutWithASecondSign(disclosure: String) {
        #expect(rulesFlag(disclosure), "disclosure not flagged by a rule")
        #expect(flagged(disclosure), "disclosure missed")
    }

    @Test("the same phrases in an everyday sense, with no second sign, are not flagged by a rule", arguments: [
        "ran off the pitch to celebrate my goal",
        "got kicked out of the swimming baths for messing about",
        "locked out of my fortnite account cos i forgot the password",
        "my tortoise went missing in the garden for an hour",
        "we got chucked out of the cinema for laughing too loud",
        "my little cousin ran off with my sweets",
    ])
    func everydaySenses(ordinary: String) {
        #expect(!rulesFlag(ordinary), "ordinary flagged by a rule")
    }

    @Test("training can see every rule that fires, after the first of its kind too")
    func firedRulesAreListed() {
        let reading = ScreenProbeShared.screen.modelFeatures("i ran away from my placement and went missing for days")
        let missing = reading.firedRules.filter { $0.hasPrefix("missing-or-running-away line ") }
        #expect(missing.count >= 2, "expected both missing rules listed, got \(reading.firedRules)")
        #expect(ScreenProbeShared.screen.modelFeatures("we had pizza and watched a film").firedRules.isEmpty)
    }
}
