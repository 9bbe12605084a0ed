import Testing
@testable import HeardPrivacy

/// Recall words of the sixteenth round (issue 13): a parent's wish that the writer, or the writer with their brothers
/// and sisters, had never been born, or names called at "us"; a person on the sex offenders' register at home; a
/// threat to take the writer back; a hand put inside the writer's clothes; "started on me"; someone else's
/// self-harm the writer now shares ("now i do it too"). Examples written for these tests, in new words, beside everyday
/// sentences in the same words that must raise no rule.
@Suite("The safeguarding screen: the sixteenth round's recall words")
struct SafeguardingSixteenthRecallTests: ScreenProbe {
    @Test("disclosures told with 'us', a register, a threat to take them back, a hand in their clothes", arguments: [
        "my stepmum wishes we were never born and tells me and my brother every day",
        "my dad wishes he never had us, he says it when hes angry",
        "mums new boyfriend is on the sex offenders register and hes living with us now",
        "my uncle says hes coming to take me to live with him whatever anyone says",
        "he put his hand up my top when we were alone in the car",
        "my foster carer calls us worthless in front of her own kids",
        "my stepdad started on me after my sister moved out",
        "my best mate burns herself with a lighter and now i do it too",
    ])
    func flaggedByRules(disclosure: String) {
        #expect(rulesFlag(disclosure), "a disclosure in these words raised no rule")
    }

    @Test("the same words in everyday senses raise no rule", arguments: [
        "my nan keeps saying she will take me back to the seaside in summer",
        "i put my hands in my pockets cos it was freezing at the bus stop",
        "my sister says she wishes she had never been born in november cos her birthday is always cold",
        "me and my mate both got hit by a ball in pe lol",
    ])
    func everyday(ordinary: String) {
        #expect(!rulesFlag(ordinary), "an everyday sentence raised a rule")
    }
}
