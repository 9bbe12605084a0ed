import Foundation
import Testing
@testable import HeardCore
@testable import HeardThemes

/// The trained-model path of `ThemeTagger`, on small models written here and on the shipped ones.
@Suite("Theme tagger with a trained model")
struct ModelTaggerTests {
    static let codebook = """
    framework: pets
    title: Pets
    theme: animals
    title: Animals
    cues: dog, cat
    theme: food
    title: Food
    cues: dinner, tea
    theme: garden
    title: Garden
    cues: garden
    """

    /// A model that knows two of the three themes: "hamster" and "rabbit" count for animals without being cues.
    static let model = """
    # a hand-written model
    model\tpets
    labels\tanimals\tfood
    threshold\t0.5
    bias\t-2\t-2
    w:hamster\t3\t0
    w:rabbit\t1.5\t0
    w:my\t1\t0
    c:food\t0\t4
    """

    let framework = try! Codebook.parse(codebook, source: SourceLocation(file: "pets.txt"))
    let model = try! LinearModel(parsing: model, source: SourceLocation(file: "pets.tsv"))

    func tagger(corrections: TagCorrections = TagCorrections()) -> ThemeTagger {
        ThemeTagger(framework: framework, corrections: corrections, model: model, polarity: nil)
    }

    @Test("a model file is read: labels, threshold, bias and one weight per label")
    func parse() {
        #expect(model.name == "pets" && model.labels == ["animals", "food"] && model.rule == TagRule(thresholds: [0.5, 0.5]))
        #expect(model.knows("w:hamster") && !model.knows("w:dog"))
    }

    @Test("a model row with the wrong number of weights is refused at its line")
    func badModel() {
        do {
            _ = try LinearModel(parsing: "model\tx\nlabels\ta\tb\nbias\t0\t0\nw:dog\t1\n", source: SourceLocation(file: "m.tsv"))
            Issue.record("accepted a bad model")
        } catch {
            #expect(error.location?.row == 4)
        }
    }

    @Test("the model tags from words that are not cues, and quotes them as written")
    func modelWords() {
        let result = tagger().tag("Our HAMSTER escaped")
        #expect(result.tags.map(\.themeID) == ["animals"])
        #expect(result.tags[0].evidence == ["HAMSTER"])
        #expect(abs(result.tags[0].confidence - 1 / (1 + exp(-1.0))) < 1e-9)
    }

    @Test("below the threshold nothing is tagged; function words add weight but are never quoted alone")
    func threshold() {
        #expect(tagger().tag("a rabbit").tags.isEmpty, "sigmoid(-0.5) is under 0.5")
        let result = tagger().tag("my rabbit")
        #expect(result.tags.map(\.themeID) == ["animals"])
        #expect(result.tags[0].evidence == ["rabbit"])
    }

    @Test("a codebook cue's weight is a feature: its words are the evidence")
    func cueFeature() {
        let result = tagger().tag("what is for dinner")
        #expect(result.tags.map(\.themeID) == ["food"])
        #expect(result.tags[0].evidence == ["dinner"])
    }

    @Test("a theme the model does not know is tagged by its cues, as a council's added theme would be")
    func unknownTheme() {
        #expect(tagger().tag("the garden is nice").tags.map(\.themeID) == ["garden"])
        #expect(tagger().tag("the dog is nice").tags.isEmpty, "animals is the model's: a cue alone is not enough")
    }

    @Test("an officer's correction wins over the model")
    func corrections() {
        var corrections = TagCorrections()
        corrections.add(text: "our hamster escaped", correction: .init(themes: ["garden"], polarity: .negative))
        let result = tagger(corrections: corrections).tag("Our hamster escaped")
        #expect(result.tags.map(\.themeID) == ["garden"] && result.polarity == .negative)
    }

    @Test("polarity: the likelier class wins; a near tie goes to what the question invited")
    func polarityTies() throws {
        let polarity = try LinearModel(parsing: """
        model\tpolarity
        labels\tpositive\tnegative\trequest\tneutral
        bias\t0\t0\t0\t0
        w:fine\t1\t0\t1\t0
        w:great\t3\t0\t0\t0
        """, source: SourceLocation(file: "p.tsv"))
        let tagger = ThemeTagger(framework: framework, model: model, polarity: polarity)
        #expect(tagger.tag("great", hint: .request).polarity == .positive, "a clear winner is not overridden")
        #expect(tagger.tag("fine", hint: .request).polarity == .request)
        #expect(tagger.tag("fine", hint: .positive).polarity == .positive)
    }
}

@Suite("The shipped models")
struct ShippedModelTests {
    static let known = ["w:", "b:", "n:", "f:", "c:", "k:", "r:", "t:", "s:", "q:", "x:", "i:", "p:"]

    @Test("Lincolnshire 2022 and NELC 2019 have models over exactly their themes; the others are coded by cues",
          arguments: BuiltInCodebooks.texts.keys.sorted())
    func coverage(id: String) throws {
        let framework = try #require(BuiltInCodebooks.frameworks().first { $0.id == id })
        let tagger = ThemeTagger(framework: framework)
        let trained = ["lincolnshire-2022", "nelc-2019"].contains(framework.id)
        #expect(tagger.usesModel == trained)
        if let model = BuiltInModels.themes(for: framework.id) {
            #expect(model.labels == framework.themes.map(\.id))
            #expect(model.rule.thresholds.count == model.labels.count && model.rule.thresholds.allSatisfy { $0 > 0 && $0 < 1 })
        }
    }

    @Test("the polarity model has the four classes")
    func polarity() throws {
        let model = try #require(BuiltInModels.polarity)
        #expect(Set(model.labels) == Set(Polarity.allCases.map(\.rawValue)))
    }

    @Test("shipped comments are read with the shipped codebooks: themes and evidence from the comment", arguments: [
        ("nelc-2019", "I never get to see my little brother since I moved", "relationships", "brother"),
        ("lincolnshire-2022", "my flat is freezing and the landlord never fixes the boiler", "safe-and-suitable-accommodation", "flat"),
        ("lincolnshire-2022", "my teacher helps me with my maths homework", "learning-and-aspirations", "teacher"),
        ("nelc-2019", "i want help to find an apprenticeship", "education-training-employment", "apprenticeship"),
    ])
    func examples(id: String, text: String, theme: String, word: String) throws {
        let framework = try #require(BuiltInCodebooks.frameworks().first { $0.id == id })
        let result = ThemeTagger(framework: framework).tag(text)
        let tag = try #require(result.tags.first { $0.themeID == theme }, "\(result.tags.map(\.themeID))")
        #expect(tag.evidence.contains { $0.lowercased().contains(word) }, "\(tag.evidence)")
        #expect(tag.evidence.allSatisfy { text.contains($0) || $0.contains("\u{2026}") })
    }

    @Test("the tagger's reader names only features the training script knows")
    func featureNames() throws {
        let framework = try #require(BuiltInCodebooks.frameworks().first { $0.id == "nelc-2019" })
        let features = KeywordTagger(framework: framework).features(of: "They never listen. Give us 2 chances? I love my flat")
        #expect(features.allSatisfy { feature in Self.known.contains { feature.name.hasPrefix($0) } })
        for name in ["n:listen", "i:request-start", "q:?", "x:number", "s:+", "c:ready-for-our-future", "k:support-us",
                     "p:being-listened-to"] {
            #expect(features.contains { $0.name == name }, "missing \(name)")
        }
        #expect(features.filter { $0.name.hasPrefix("r:") }.count == 1, "one rule polarity")
    }

    @Test("an irregular form reaches the model as its base word; cues still match only the word as written")
    func irregularForms() throws {
        let tell = Stemmer.stem("tell")
        let model = try LinearModel(parsing: "model\tpets\nlabels\tanimals\tfood\nthreshold\t0.5\nbias\t-2\t-2\nw:\(tell)\t0\t3\n",
                                    source: SourceLocation(file: "told.tsv"))
        let cues = try Codebook.parse("framework: pets\ntitle: Pets\ntheme: animals\ntitle: Animals\ncues: dog\n" +
                                      "theme: food\ntitle: Food\ncues: tell\n", source: SourceLocation(file: "pets.txt"))
        #expect(WordForms.modelStem(of: "told") == tell && WordForms.modelStem(of: "tell") == nil)
        let features = KeywordTagger(framework: cues).features(of: "Nobody told me. I felt better")
        for name in ["w:\(tell)", "b:nobody \(tell)", "w:\(Stemmer.stem("feel"))", "w:good"] {
            #expect(features.contains { $0.name == name }, "missing \(name)")
        }
        #expect(!features.contains { $0.name == "w:told" || $0.name == "w:better" })
        let tagger = ThemeTagger(framework: cues, corrections: TagCorrections(), model: model, polarity: nil)
        #expect(tagger.tag("they told me").tags.map(\.themeID) == ["food"])
        #expect(tagger.tag("they told me").tags.first?.evidence == ["told"], "the evidence is the word as written")
        #expect(KeywordTagger(framework: cues).tag("they told me").tags.isEmpty, "the cue \"tell\" does not match \"told\"")
        #expect(KeywordTagger(framework: cues).tag("they tell me").tags.map(\.themeID) == ["food"])
    }
}
