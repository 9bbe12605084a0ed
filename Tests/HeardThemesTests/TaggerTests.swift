import Testing
@testable import HeardCore
@testable import HeardThemes

@Suite("Codebooks and the keyword tagger")
struct TaggerTests {
    let framework = BuiltInCodebooks.frameworks().first { $0.id == "lincolnshire-2022" }!

    @Test("the shipped codebook parses with the six contract ids")
    func lincolnshire() {
        #expect(framework.themes.map(\.id) == [
            "support-to-remain-with-family", "stability-and-permanence", "build-not-break-relationships",
            "learning-and-aspirations", "healthy-and-resilient", "safe-and-suitable-accommodation",
        ])
        #expect(framework.themes.allSatisfy { !$0.cues.isEmpty && $0.childTitle != $0.id })
    }

    @Test("a codebook with an unknown key is refused at its line")
    func badCodebook() {
        do {
            _ = try Codebook.parse("framework: x\ntheme: a\ncolour: red\n", source: SourceLocation(file: "c.txt"))
            Issue.record("accepted a bad codebook")
        } catch {
            #expect(error.location?.row == 3)
        }
    }

    @Test("the longest cue wins, so family beats accommodation for 'live with my mum'")
    func longestCue() {
        let tags = KeywordTagger(framework: framework).tag("i want to live with my mum").tags
        #expect(tags.map(\.themeID) == ["support-to-remain-with-family"])
        #expect(tags[0].evidence == ["live with my mum"])
    }

    @Test("evidence keeps the young person's own spelling and case; prefix cues match")
    func evidence() {
        let framework = ThemeFramework(id: "t", title: "t", themes: [
            .init(id: "care", title: "Care", cues: ["foster*", "sw"]),
        ])
        let result = KeywordTagger(framework: framework).tag("My SW and my Fostering family")
        #expect(result.tags.first?.evidence == ["SW", "Fostering"])
    }

    @Test("comments about no theme get no tags")
    func noTheme() {
        #expect(KeywordTagger(framework: framework).tag("lol ok").tags.isEmpty)
    }

    @Test("polarity", arguments: [
        ("my carers are amazing and kind", Polarity.positive),
        ("i want to see my brother more", .request),
        ("school is rubbish and i hate it", .negative),
        ("i go to school on the bus", .neutral),
    ])
    func polarity(text: String, expected: Polarity) {
        #expect(PolarityClassifier().classify(readWords(text)) == expected)
    }

    @Test("the tagger reads with Heard's one reader: apostrophes dropped, text-speak spelled out, I'd is I would")
    func reading() {
        #expect(readWords("I can't go   home") == ["i", "cant", "go", "home"])
        #expect(readWords("ur sw wont ring me bk") == ["your", "social", "worker", "wont", "ring", "me", "back"])
        #expect(readWords("I'd like my id back") == ["i", "would", "like", "my", "id", "back"])
    }

    @Test("evidence quotes the words as written, even where text-speak was spelled out")
    func evidenceAsWritten() {
        let framework = ThemeFramework(id: "t", title: "t", themes: [.init(id: "worker", title: "Worker", cues: ["social worker"])])
        #expect(KeywordTagger(framework: framework).tag("my SW is late").tags.first?.evidence == ["SW"])
    }
}
