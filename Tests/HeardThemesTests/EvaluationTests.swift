import Foundation
import Testing
@testable import HeardCore
@testable import HeardIngest
@testable import HeardThemes

let themeFixtures = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appending(path: "Fixtures/themes")

func labelled(_ name: String) throws -> [String: [LabelledComment]] {
    let bytes = Array(try Data(contentsOf: themeFixtures.appending(path: name)))
    let table = try #require(try CSVReader().read(bytes, source: SourceLocation(file: name), diagnostics: DiagnosticCollector()).first)
    let collector = DiagnosticCollector()
    let items = LabelFile.read(table, frameworks: BuiltInCodebooks.frameworks(), diagnostics: collector)
    #expect(collector.diagnostics.isEmpty, "labels file problems: \(collector.diagnostics)")
    return items
}

@Suite("Theme tagging scores")
struct EvaluationTests {
    /// The held-out sets were written before tuning and are never tuned on (their scores, not their errors, were
    /// read); these floors, a little under the measured scores, guard against regressions.
    @Test("held-out comments: micro-F1 and polarity accuracy stay at their measured level", arguments: [
        ("held-out.csv", "lincolnshire-2022", 50, 0.80), ("held-out.csv", "nelc-2019", 50, 0.77),
        ("held-out-2.csv", "lincolnshire-2022", 54, 0.80), ("held-out-2.csv", "nelc-2019", 54, 0.77),
        ("held-out-3.csv", "lincolnshire-2022", 48, 0.80), ("held-out-3.csv", "nelc-2019", 48, 0.79),
        ("held-out-4.csv", "lincolnshire-2022", 44, 0.85), ("held-out-4.csv", "nelc-2019", 44, 0.79),
        ("held-out-5.csv", "lincolnshire-2022", 40, 0.85), ("held-out-5.csv", "nelc-2019", 40, 0.80),
        ("held-out-6.csv", "lincolnshire-2022", 30, 0.85), ("held-out-6.csv", "nelc-2019", 30, 0.79),
        ("held-out-7.csv", "lincolnshire-2022", 30, 0.74), ("held-out-7.csv", "nelc-2019", 30, 0.80),
        ("held-out-8.csv", "lincolnshire-2022", 30, 0.88), ("held-out-8.csv", "nelc-2019", 30, 0.87),
        ("held-out-9.csv", "lincolnshire-2022", 30, 0.80), ("held-out-9.csv", "nelc-2019", 30, 0.77),
        ("held-out-10.csv", "lincolnshire-2022", 25, 0.78), ("held-out-10.csv", "nelc-2019", 25, 0.78),
        ("held-out-11.csv", "lincolnshire-2022", 30, 0.76), ("held-out-11.csv", "nelc-2019", 30, 0.85),
        ("held-out-12.csv", "lincolnshire-2022", 20, 0.80), ("held-out-12.csv", "nelc-2019", 20, 0.77),
    ])
    func heldOut(file: String, framework id: String, count: Int, floor: Double) throws {
        let items = try #require(try labelled(file)[id])
        #expect(items.count == count)
        let framework = try #require(BuiltInCodebooks.frameworks().first { $0.id == id })
        let scores = ThemeScores.evaluate(KeywordTagger(framework: framework), on: items)
        #expect(scores.microF1 >= floor, "micro-F1 \(scores.microF1)")
        // Polarity: 0.78 on every set but the smallest (20 comments, measured at 0.75).
        #expect((scores.polarityAccuracy ?? 0) >= (count < 25 ? 0.72 : 0.78), "polarity \(scores.polarityAccuracy ?? 0)")
    }

    /// Development sets: tuned on, so these floors (a little under the measured scores) only catch regressions.
    /// The last set, tuned on once, sits lower: its comments imply their feelings more than they say them.
    @Test("the development sets (tuned on) stay at their measured level", arguments: [
        ("dev.csv", 0.85, 0.80), ("dev2.csv", 0.85, 0.80), ("dev3.csv", 0.85, 0.80), ("dev4.csv", 0.85, 0.80),
        ("dev5.csv", 0.85, 0.80), ("dev6.csv", 0.85, 0.80), ("dev7.csv", 0.85, 0.80), ("dev8.csv", 0.85, 0.80),
        ("dev9.csv", 0.85, 0.80), ("dev10.csv", 0.85, 0.80), ("dev11.csv", 0.85, 0.80), ("dev12.csv", 0.85, 0.80),
        ("dev13.csv", 0.85, 0.80), ("dev14.csv", 0.85, 0.80), ("dev15.csv", 0.78, 0.55),
    ])
    func development(file: String, f1Floor: Double, polarityFloor: Double) throws {
        for (id, items) in try labelled(file) {
            let framework = try #require(BuiltInCodebooks.frameworks().first { $0.id == id })
            let scores = ThemeScores.evaluate(KeywordTagger(framework: framework), on: items)
            #expect(scores.microF1 >= f1Floor, "\(id) micro-F1 \(scores.microF1)")
            #expect((scores.polarityAccuracy ?? 0) >= polarityFloor, "\(id) polarity \(scores.polarityAccuracy ?? 0)")
        }
    }

    @Test("scores are computed as precision, recall and F1 over theme decisions")
    func arithmetic() {
        let framework = ThemeFramework(id: "t", title: "t", themes: [
            .init(id: "school", title: "School", cues: ["school"]), .init(id: "home", title: "Home", cues: ["home"]),
        ])
        let items = [
            LabelledComment(text: "school is good", themes: ["school"], polarity: .positive),
            LabelledComment(text: "school and home", themes: ["school"], polarity: .neutral),
            LabelledComment(text: "my room", themes: ["home"], polarity: .neutral),
        ]
        let scores = ThemeScores.evaluate(KeywordTagger(framework: framework), on: items)
        #expect(scores.lines[0].truePositives == 2 && scores.lines[1].falsePositives == 1 && scores.lines[1].falseNegatives == 1)
        #expect(abs(scores.microPrecision - 2.0 / 3.0) < 1e-9)
        #expect(abs(scores.microRecall - 2.0 / 3.0) < 1e-9)
        #expect(scores.polarityAccuracy == 1)
    }

    @Test("label headings resolve to theme ids, whatever their case and punctuation", arguments: [
        ("nelc-2019", "EDUCATION, TRAINING & EMPLOYMENT", "education-training-employment"),
        ("nelc-2019", "WHERE WE LIVE NOW & IN THE FUTURE", "where-we-live"),
        ("nelc-2019", "SUPPORT US", "support-us"),
        ("lincolnshire-2022", "Build not break relationships", "build-not-break-relationships"),
        ("lincolnshire-2022", "safe-and-suitable-accommodation", "safe-and-suitable-accommodation"),
    ])
    func headings(framework id: String, label: String, theme: String) throws {
        let framework = try #require(BuiltInCodebooks.frameworks().first { $0.id == id })
        #expect(LabelFile.resolveTheme(label, in: framework) == theme)
    }
}

@Suite("Frameworks, stemming and corrections")
struct FrameworkTests {
    @Test("the four shipped frameworks carry the contract theme ids")
    func contracts() {
        let ids = Dictionary(uniqueKeysWithValues: BuiltInCodebooks.frameworks().map { ($0.id, $0.themes.map(\.id)) })
        #expect(ids["nelc-2019"] == ["support-us", "education-training-employment", "health-wellbeing", "relationships",
                                     "where-we-live", "ready-for-our-future", "participation-in-society"])
        #expect(ids["north-lincolnshire-2022"] == ["safe", "well", "prosperous", "connected"])
        #expect(ids["nottinghamshire-2018"] == ["safe", "health-wellbeing", "fulfil-potential", "employment-independence",
                                                "positive-contribution", "transition-to-adulthood"])
        #expect(BuiltInCodebooks.frameworks().count == BuiltInCodebooks.texts.count)
    }

    @Test("stems meet across endings", arguments: [
        ("moving", "move"), ("moved", "move"), ("moves", "move"), ("families", "family"), ("meetings", "meeting"),
        ("school", "schools"),
    ])
    func stems(a: String, b: String) {
        #expect(Stemmer.stem(a) == Stemmer.stem(b))
    }

    @Test("text-speak and misspellings reach the cues")
    func shorthand() {
        let framework = BuiltInCodebooks.frameworks().first { $0.id == "lincolnshire-2022" }!
        let result = KeywordTagger(framework: framework).tag("ur skool is rubbish")
        #expect(result.tags.map(\.themeID) == ["learning-and-aspirations"])
        #expect(result.tags[0].evidence == ["skool"])
    }

    @Test("a weak cue alone does not tag a sentence; two do; a short answer is about what it names")
    func weakCues() {
        let framework = ThemeFramework(id: "t", title: "t", themes: [.init(id: "home", title: "Home", weakCues: ["house", "room"])])
        let tagger = KeywordTagger(framework: framework)
        #expect(tagger.tag("we went to see a house on the way to the park").tags.isEmpty)
        #expect(tagger.tag("my house and my room are fine really").tags.map(\.themeID) == ["home"])
        #expect(tagger.tag("my house").tags.map(\.themeID) == ["home"])
        #expect(tagger.tag("my house").tags.first?.confidence ?? 1 < 0.6, "a weak answer is tagged with low confidence")
    }

    @Test("negation turns praise into a complaint; wanting to stay is contentment")
    func negation() {
        let classifier = PolarityClassifier()
        #expect(classifier.classify(Tokeniser.words("i am not happy here")) == .negative)
        #expect(classifier.classify(Tokeniser.words("i like my carers and want to stay")) == .positive)
        #expect(classifier.classify(Tokeniser.words("ok"), hint: .request) == .positive)
        #expect(classifier.classify(Tokeniser.words("the bus"), hint: .request) == .request)
    }

    @Test("an officer's correction wins over the tagger for that comment only")
    func corrections() throws {
        let framework = BuiltInCodebooks.frameworks().first { $0.id == "lincolnshire-2022" }!
        let table = Table(source: SourceLocation(file: "Surveys/corrections.csv"), header: ["text", "themes", "polarity"],
                          rows: [.init(sourceRow: 2, cells: ["My school is rubbish!", "healthy-and-resilient", "negative"]),
                                 .init(sourceRow: 3, cells: ["x", "no-such-theme", ""])])
        let collector = DiagnosticCollector()
        let corrections = TagCorrections.parse(table, framework: framework, diagnostics: collector)
        #expect(corrections.count == 1)
        #expect(collector.diagnostics.first?.location?.row == 3)
        let tagger = KeywordTagger(framework: framework, corrections: corrections)
        #expect(tagger.tag("my school is rubbish").tags.map(\.themeID) == ["healthy-and-resilient"])
        #expect(tagger.tag("my school is great").tags.map(\.themeID) == ["learning-and-aspirations"])
    }
}
