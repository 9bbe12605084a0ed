import Testing
@testable import HeardThemes

/// How a comment's sentences are framed (`m:` features, `PolarityFrames`): asking, the tone outside the asks and
/// after "but", figures, reported speech. Examples written for these tests.
@Suite("Polarity frames")
struct PolarityFramesTests {
    private func features(_ text: String) throws -> [String: Double] {
        let framework = try #require(BuiltInCodebooks.frameworks().first { $0.id == "lincolnshire-2022" })
        return Dictionary(KeywordTagger(framework: framework).features(of: text).filter { $0.name.hasPrefix("m:") },
                          uniquingKeysWith: { first, _ in first })
    }

    @Test("wishes, duties and orders ask", arguments: [
        "There should be a bus to the youth club", "We need to be told before our worker leaves",
        "It would be good to meet the new carers first", "I wish I could ring my brother", "More days out in the summer",
        "Please tell me what is happening", "The young people asked for a quiet room",
    ])
    func asks(_ text: String) throws {
        let found = try features(text)
        #expect(found["m:ask"] == 1 && found["m:ask-all"] == 1)
    }

    @Test("telling is not asking", arguments: [
        "My carer made tea and we watched a film", "More of us said we felt settled than last year",
        "They wanted to stay where they were", "I dont need anything else",
    ])
    func tells(_ text: String) throws {
        #expect(try features(text)["m:ask"] == nil)
    }

    @Test("the tone of what is not asked, and after the last \"but\"")
    func tone() throws {
        let mixed = try features("The flat is lovely. Please fix the heating")
        #expect(mixed["m:ask"] == 1 && mixed["m:ask-all"] == nil)
        #expect((mixed["m:tone+"] ?? 0) > 0 && mixed["m:tone-"] == nil)
        let turned = try features("The food was nice but the staff were rude and unkind")
        #expect((turned["m:after-but-"] ?? 0) > 0 && turned["m:after-but+"] == nil)
    }

    @Test("figures and which way they point")
    func figures() throws {
        let falling = try features("Only 38 of the young people had met their advocate")
        #expect(falling["m:figure"] == 1 && falling["m:figure-down"] == 1 && falling["m:figure-up"] == nil)
        let rising = try features("Children in kinship care were more likely to feel settled")
        #expect(rising["m:figure"] == 1 && rising["m:figure-up"] == 1 && rising["m:comparative"] == 1)
    }

    @Test("reported speech, negated praise and nobody")
    func reported() throws {
        #expect(try features("Care leavers told us the hostel was noisy")["m:reported"] == 1)
        #expect(try features("Children wanted more time with their workers")["m:reported-ask"] == 1)
        let found = try features("Nobody explains anything and it is not fair")
        #expect(found["m:nobody"] == 1 && found["m:negated-praise"] == 1)
    }
}
