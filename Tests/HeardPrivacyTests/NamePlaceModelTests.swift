import Testing
@testable import HeardPrivacy

/// Issue 14, names round sixteen: the place model (`NamePlaceModel`), a small logistic model over the features of
/// an everyday word's place (`NamePlaceFeatures`), learnt at development time into a plain weights file. It only
/// adds names the rules left standing. Every sentence is written for this test (development examples).
@Suite("Everyday-word names by the place model")
struct NamePlaceModelTests {
    @Test("a weights file gives each feature its weight and the threshold")
    func parsesWeights() {
        let model = NamePlaceModel(parsing: "# a comment\nthreshold 1.5\nl1=with 2.0\nr1=$ -0.25\nbias -1\n")
        #expect(model.threshold == 1.5)
        #expect(model.weights["l1=with"] == 2.0)
        #expect(model.score(["bias", "l1=with", "r1=$", "unseen"]) == 0.75)
    }

    @Test("without a threshold line the model finds no name")
    func noThreshold() {
        let model = NamePlaceModel(parsing: "l1=with 9\n")
        let words = Words("went bowling with joy")
        let facts = words.items.map { WordFacts($0, denied: []) }
        let none = [Bool](repeating: false, count: words.items.count)
        #expect(!model.isName(words.items, facts, none, at: 3, casual: false))
    }

    @Test("the features read the place, not the word")
    func features() {
        let words = Words("went bowling with joy")
        let facts = words.items.map { WordFacts($0, denied: []) }
        let none = [Bool](repeating: false, count: words.items.count)
        #expect(NamePlaceFeatures.isCandidate(words.items[3], facts[3]))
        let features = NamePlaceFeatures.of(words.items, facts, none, at: 3, casual: false).features
        #expect(features.contains("l1=with") && features.contains("r1=$") && features.contains("case=lower"))
        #expect(features.contains("l2=bowling") && features.contains("lr=with_$"))
        #expect(!features.contains { $0.contains("joy") })
        #expect(!NamePlaceFeatures.isCandidate(words.items[2], facts[2]))
    }

    @Test("an everyday-word name where a person stands is redacted by the shipped weights", arguments: [
        ("its hard without ruby around", "its hard without [name] around"),
    ])
    func named(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("the same words in their ordinary places stay", arguments: [
        "its hard without peace around", "life is hard without hope", "went to the park with my joy", "it was a joy",
        "i stayed up till dawn", "she has so much patience", "we got the star of the week", "i love the summer",
        "went to the park with joy", "mum hope you are ok", "apples, honey, bread", "rang PIP at nine and waited",
    ])
    func ordinary(text: String) {
        #expect(Redactor().redact(text) == text)
    }
}
