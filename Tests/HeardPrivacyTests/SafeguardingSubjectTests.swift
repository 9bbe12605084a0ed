import Testing
@testable import HeardPrivacy

/// Who a flag is about, clause by clause (issue 13, sixteenth round). A rule's flag is switched off as someone
/// else's harm only when its clause names another person and not the writer, and their safety now (told after the
/// harm) or their job with people in general stands in that clause or one joined to it; a frame told in a clause
/// before the harm does not reach harm whose own clause names who did it. Examples written for these tests, in
/// new words.
@Suite("The safeguarding screen: who a flag is about, clause by clause")
struct SafeguardingSubjectTests: ScreenProbe {
    @Test("someone else's harm, over now or met at work, raises no rule", arguments: [
        "my sister used to get battered by her ex but shes got her own flat now",
        "my big sister used to self harm but shes at uni now and loves it",
        "my auntie works at a refuge for women who have been abused",
    ])
    func someoneElsesHarm(ordinary: String) {
        #expect(!rulesFlag(ordinary), "harm plainly confined to someone else raised a rule")
    }

    @Test("a 'someone else' reading never switches off harm the writer shares or that goes on", arguments: [
        "my mate used to self harm but she stopped and now i do it",
        "my mum is a nurse and her boyfriend beats her up",
        "my friend used to be ok but now shes self harming every night",
        "my mums boyfriend used to hit her and now he hits her every night",
        "my friend went to parties with older men last year and now she takes me too",
        "my cousin used to get hit by his dad but hes with his nan now and his dad hits me instead",
    ])
    func writerOrOngoing(disclosure: String) {
        #expect(rulesFlag(disclosure), "a reading of someone else's harm switched off the writer's or ongoing harm")
    }

    @Test("a frame in a clause before the harm does not switch off harm someone did", arguments: [
        "i play football on saturdays and my dad left bruises on my arm",
        "i fell off my bike last week and my stepdad gave me a black eye",
        "we were on a school trip, mum didnt come home for 3 days",
    ])
    func frameInAnotherClause(disclosure: String) {
        #expect(rulesFlag(disclosure), "a frame in another clause switched off harm told with who did it")
    }

    @Test("a reading beside the harm, or told after it, still reads it", arguments: [
        "i broke my wrist at rugby and my foster mum waited with me in a and e all night",
        "a lad in my class says hell batter me but he says that to everyone",
    ])
    func readingBesideOrAfter(ordinary: String) {
        #expect(!rulesFlag(ordinary), "an ordinary reading in the flag's own clause, or after it, stopped working")
    }

    @Test("clauses are cut at a comma and before a joining word")
    func clauses() {
        let knowledge = ScreenKnowledge.shipped
        let text = ScreenText("i like art, my dad hits me and i cry. it is fine")
        let table = knowledge.index.spans(in: text)
        let readings = OrdinaryReadings(knowledge: knowledge, matcher: PatternMatcher(text: text, table: table))
        // "i like art" (0..<3), "my dad hits me" (3..<7), "and i cry" (7..<10); the next sentence is one clause.
        #expect(readings.clauses(of: 0) == [0..<3, 3..<7, 7..<10])
        #expect(readings.clauses(of: 1) == [10..<13])
    }
}
