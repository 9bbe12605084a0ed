import Testing
@testable import HeardPrivacy

/// Annual-survey answers (issue 13, tenth round): the trained layer was retrained with a writer's emotionally heavy
/// ordinary answers (missing a parent, feeling the odd one out, angry at reviews). Disclosures told in the same
/// heavy, indirect register must stay flagged, four of them by the trained layer alone (a setting with fewer
/// false alarms was not taken in that round because it missed the one about walking at night; it was taken in the
/// eleventh, with that sense in training). Examples written for these tests, in new words.
@Suite("The safeguarding screen: disclosures told as survey answers")
struct SafeguardingSurveyAnswerTests: ScreenProbe {
    @Test("disclosures in the register of a survey answer are flagged", arguments: [
        "honestly i dread weekends at my dads cos when hes had a drink he grabs me by the neck",
        "i feel like a burden and everyone would cope better if i just wasnt around",
        "i get really low and i scratch my arms with a compass at night so nobody sees",
        "my boyfriend goes through my phone every night and says ill regret it if i talk to other lads",
        "the older lads at the park gave me free weed and now they say i owe them so i have to hold stuff for them",
        "im fine mostly but there was no food in the house again so i havent eaten since yesterday",
        "how safe do i feel? not very. my uncle comes into my room when everyone is asleep",
        "i try to be good at home but my stepmum calls me a waste of space and locks me in my room for hours",
    ])
    func surveyDisclosures(disclosure: String) {
        #expect(flagged(disclosure), "disclosure missed")
    }

    @Test("indirect disclosures no rule names are still flagged by the trained layer", arguments: [
        "i keep a bag packed under my bed in case i have to get out in the night",
        "some nights i walk about till 3 cos its calmer outside than at home",
        "i dont go home till late cos of what happens when my stepdad is in a mood",
        "i feel like a burden and everyone would cope better if i just wasnt around",
    ])
    func indirectDisclosures(disclosure: String) {
        #expect(!rulesFlag(disclosure), "a rule flags it: move it to the test above")
        #expect(flagged(disclosure), "disclosure missed")
    }

    @Test("heavy but ordinary survey answers are not flagged", arguments: [
        "i get upset when contact is cancelled but my carer always sits with me after and we talk",
        "im sad i dont see my brother much since he moved to a different placement",
        "sometimes i feel like nobody listens in my reviews, they just decide things",
        "i miss my mum loads and i cry sometimes but i know why i cant live with her",
    ])
    func heavyButOrdinary(comment: String) {
        #expect(!flagged(comment), "ordinary answer flagged")
    }
}
