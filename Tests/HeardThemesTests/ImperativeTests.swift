import Testing
@testable import HeardThemes

/// A sentence that opens by telling someone what to do is read as asking (`i:imperative`), and sentences that
/// only look like it are not. Examples written for these tests.
@Suite("Imperative openings")
struct ImperativeTests {
    private func features(_ text: String) throws -> Set<String> {
        let framework = try #require(BuiltInCodebooks.frameworks().first { $0.id == "nelc-2019" })
        return Set(KeywordTagger(framework: framework).features(of: text).map(\.name))
    }

    @Test("orders and pleas are imperative", arguments: [
        "Offer us a say in where we live", "Keep the promises you make to us", "Please explain why I moved",
        "Don't give up on us when it gets hard", "Make sure my new carers know I am vegetarian",
        "I like my room. Tell me before things change.",
    ])
    func imperative(_ text: String) throws {
        #expect(try features(text).contains("i:imperative"))
    }

    @Test("telling, questions and nouns are not", arguments: [
        "Care has been ok for me", "Don't know why they moved me", "Tell you what, it was fine",
        "Support is there when I ask", "Dont think they listen", "Listen you lot, it's fine",
    ])
    func notImperative(_ text: String) throws {
        #expect(try !features(text).contains("i:imperative"))
    }

    @Test("\"make sure\" at the start asks; someone who makes sure is praised")
    func makeSure() {
        let classifier = PolarityClassifier()
        #expect(classifier.classify(["make", "sure", "i", "can", "see", "my", "nan"]) == .request)
        #expect(classifier.classify(["my", "iro", "makes", "sure", "my", "plan", "happens"]) == .positive)
    }
}
