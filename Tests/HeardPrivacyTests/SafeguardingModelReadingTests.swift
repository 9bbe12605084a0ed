import Testing
@testable import HeardPrivacy

/// The ordinary readings "for model" in `rules.txt`: they may switch off a flag the trained layer raises on its
/// own, and only when the benign reading is explicit in the sentence the model weighed. Each has a disclosure
/// in the same frame that must stay flagged. Examples written for these tests.
@Suite("The safeguarding screen: ordinary readings of a model flag")
struct SafeguardingModelReadingTests {
    static let screen = SafeguardingScreen()

    /// Whether some sentence of `text` carries a reading "for model" (what can switch a model flag off).
    func readsBenign(_ text: String) -> Bool { !Self.screen.modelFeatures(text).benignSentences.isEmpty }

    func flagged(_ text: String) -> Bool { Self.screen.scan(text).isConcern }

    @Test("a game or a match as the frame, never a person who harms them", arguments: [
        ("my foster sister thrashed me at mario kart last night", "he makes me play on the xbox at his flat and gives me weed after"),
        ("my mate flattened me at five a side and i could hardly walk after",
         "the man from the football club gives me lifts and money and says not to tell"),
    ])
    func gamesAndMatches(ordinary: String, disclosure: String) {
        #expect(readsBenign(ordinary) && !flagged(ordinary), "ordinary flagged")
        #expect(flagged(disclosure), "disclosure missed")
    }

    @Test("a device or connection failing, never someone cutting them off")
    func deviceFaults() {
        let ordinary = "the laptop keeps crashing and the broadband dies every evening"
        #expect(readsBenign(ordinary) && !flagged(ordinary))
        #expect(flagged("the wifi keeps cutting out because my stepdad switches it off and locks me in my room"))
    }

    @Test("safety said plainly, unless a negation comes before it or a 'but' after it", arguments: [
        ("nobody hurts me here, its calm", "nobody hurts me here except when my brother visits"),
        ("i feel safe with my carers now", "i feel safe with my carers but my dad still turns up drunk at school and grabs me"),
    ])
    func safetySaid(ordinary: String, disclosure: String) {
        #expect(readsBenign(ordinary) && !flagged(ordinary), "ordinary flagged")
        #expect(!readsBenign(disclosure), "a turn after the safety should undo it")
        #expect(flagged(disclosure), "disclosure missed")
    }

    @Test("a negated safety is no safety", arguments: ["i dont feel safe here", "im not sure i feel safe here"])
    func negatedSafety(text: String) {
        #expect(!readsBenign(text))
    }

    @Test("past harm resolved with help, never a past account with no safety now")
    func resolvedPast() {
        let ordinary = "when i was younger i felt like everyone would be better off without me, but i got help and im happy now"
        #expect(readsBenign(ordinary) && !flagged(ordinary))
        #expect(flagged("i feel like everyone would be better off without me"))
    }

    @Test("talk about young people in general, never the writer's own account")
    func generalTalk() {
        let ordinary = "lots of young people in care get sent to buy stuff for older lads"
        #expect(readsBenign(ordinary) && !flagged(ordinary))
        #expect(flagged("older lads send me to buy stuff and i owe them"))
        #expect(flagged("i feel like nobody would miss me"))
    }

    @Test("the model's known false alarms of the last round are read as ordinary", arguments: [
        "the wifi at my placement keeps cutting out", "my little cousin beat me at fifa again", "nobody hurts me here",
    ])
    func knownFalseAlarms(text: String) {
        #expect(!flagged(text))
    }

    @Test("a sport word alone is no frame: PE is where hidden harm shows")
    func sportWordAlone() {
        #expect(!readsBenign("i keep my hoodie on in pe so nobody sees my arms"))
    }
}
