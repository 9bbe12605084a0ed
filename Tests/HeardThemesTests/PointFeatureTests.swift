import Foundation
import Testing
@testable import HeardCore
@testable import HeardThemes

/// Codebook points read as model features (`p:POINT`, `PointCues`), on a small codebook, points file and model
/// written here, and on the shipped ones.
@Suite("Codebook points as model features")
struct PointFeatureTests {
    static let codebook = """
    framework: weekends
    title: Weekends
    theme: outings
    title: Outings
    cues: trip, outing
    theme: chores
    title: Chores
    cues: washing up, hoover
    """

    static let points = """
    framework: weekends
    theme: outings
    point: days-at-the-seaside
    label: Days at the seaside
    cues: seaside, sandcastle*, go to the beach
    theme: chores
    point: tidying-rooms
    label: Tidying our rooms
    cues: tidy my room, messy bedroom
    together: tidy | room
    """

    /// Knows only points for "outings": no word of the seaside point is a cue of the codebook or a word it weighs.
    static let model = """
    model\tweekends
    labels\toutings\tchores
    threshold\t0.5
    bias\t-2\t-2
    p:days-at-the-seaside\t3\t0
    c:chores\t0\t4
    """

    let framework = try! Codebook.parse(codebook, source: SourceLocation(file: "weekends.txt"))
    let book = try! PointFile.parse(points, source: SourceLocation(file: "weekends.points.txt"))
    let model = try! LinearModel(parsing: model, source: SourceLocation(file: "weekends.tsv"))

    func features(_ text: String, points: PointBook? = nil) -> [String] {
        KeywordTagger(framework: framework, points: points ?? book).features(of: text).map(\.name)
            .filter { $0.hasPrefix("p:") }
    }

    @Test("a point fires on a cue phrase with its words in a row, on a word starting a `*` cue, once however often")
    func fires() {
        #expect(features("Can we go to the beach in August?") == ["p:days-at-the-seaside"])
        #expect(features("we built sandcastles and went to the seaside twice") == ["p:days-at-the-seaside"])
        #expect(features("my bedroom is messy and I never tidy my room") == ["p:tidying-rooms"])
        #expect(features("the beach, we never go to it").isEmpty, "the phrase's words apart and out of order")
        #expect(features("tidy up the room").isEmpty, "a `together:` pair is for summaries, not a feature")
        #expect(features("Seaside trip then tidy my room") == ["p:days-at-the-seaside", "p:tidying-rooms"])
    }

    @Test("the tagger quotes a point's matched words as a tag's evidence")
    func evidence() {
        let tagger = ThemeTagger(framework: framework, model: model, polarity: nil, points: book)
        let result = tagger.tag("Please can we Go To The Beach more")
        #expect(result.tags.map(\.themeID) == ["outings"])
        #expect(result.tags[0].evidence == ["Go To The Beach"])
        #expect(abs(result.tags[0].confidence - 1 / (1 + exp(-1.0))) < 1e-9)
        #expect(tagger.tag("Please can we go to the park more").tags.isEmpty, "without the point, only the bias")
    }

    @Test("a codebook without points still works: no point features, the model and the cues tag as before")
    func noPoints() {
        let empty = PointBook(frameworkID: "weekends", points: [])
        #expect(features("we went to the seaside", points: empty).isEmpty)
        let tagger = ThemeTagger(framework: framework, model: model, polarity: nil, points: empty)
        #expect(tagger.tag("we went to the seaside").tags.isEmpty)
        #expect(tagger.tag("I always do the washing up").tags.map(\.themeID) == ["chores"])
        // A council's own codebook (an id Heard ships no points for) gets none and is tagged by its cues.
        let council = KeywordTagger(framework: framework)
        #expect(!council.features(of: "we went to the seaside").contains { $0.name.hasPrefix("p:") })
        #expect(council.tag("a school trip to the seaside").tags.map(\.themeID) == ["outings"])
    }

    @Test("an officer's correction still wins over a tag a point made")
    func corrections() {
        var corrections = TagCorrections()
        corrections.add(text: "can we go to the beach", correction: .init(themes: ["chores"], polarity: .request))
        let tagger = ThemeTagger(framework: framework, corrections: corrections, model: model, polarity: nil, points: book)
        let result = tagger.tag("Can we go to the beach")
        #expect(result.tags.map(\.themeID) == ["chores"] && result.polarity == .request)
        #expect(tagger.tag("Can we go to the beach, please").tags.map(\.themeID) == ["outings"])
    }

    @Test("the shipped models read the shipped points: a point they weigh fires and can be quoted")
    func shipped() throws {
        let framework = try #require(BuiltInCodebooks.frameworks().first { $0.id == "lincolnshire-2022" })
        let points = BuiltInPoints.book(for: "lincolnshire-2022")
        let names = KeywordTagger(framework: framework).features(of: "I want to go back home to my family").map(\.name)
        #expect(names.contains("p:going-back-home"))
        let model = try #require(BuiltInModels.themes(for: "lincolnshire-2022"))
        let weighed = points.points.filter { model.knows("p:" + $0.id) }
        #expect(weighed.count >= points.points.count / 2, "most points are features the model weighs")
    }
}
