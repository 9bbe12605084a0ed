import Testing
@testable import HeardCore
import HeardIngest
@testable import HeardNormalise
import HeardPrivacy
@testable import HeardPipeline
@testable import HeardThemes

/// Points found as comments are tagged, from the tagger's reading of the words, must be exactly the points the
/// summaries' matcher finds reading the text again, and the tags exactly the tagger's. Comments written for
/// this test.
@Suite("Points found with the tags")
struct TagWithPointsTests {
    static let framework = BuiltInCodebooks.frameworks().first { $0.id == "lincolnshire-2022" }!

    static func processor(points: PointMatcher?) -> ExportProcessor {
        var processor = ExportProcessor(ingester: Ingester(), normaliser: Normaliser(),
                                        tagger: ThemeTagger(framework: framework),
                                        pseudonymiser: Pseudonymiser(key: Array(repeating: 1, count: 32)),
                                        fingerprinter: RowFingerprint(key: Array(repeating: 1, count: 32)))
        processor.points = points
        return processor
    }

    static let texts = [
        "i want to see my brother and sister more", "my social worker keeps changing and nobody tells me",
        "more help with school work please", "nothing", "i feel safe where i live but the food is rubbish",
        "i want to learn to drive and get a job", "[name] is the best, she listens", "",
        "wish i could see my mum more often x", "money for bus fares would help me get to college",
    ]

    @Test("the same tags as tagging alone, and for every tagged text the matcher's own points", arguments: [false, true])
    func sameAsApart(many: Bool) {
        // Many requests share the work between cores (ParallelMap works in parallel from 257 items).
        let requests = (many ? Array(repeating: Self.texts, count: 40).flatMap { $0 } : Self.texts).enumerated()
            .map { index, text in (text: text, hint: index % 3 == 0 ? Polarity.request : nil) }
        let matcher = PointMatcher(book: BuiltInPoints.book(for: Self.framework.id))
        let tagger = ThemeTagger(framework: Self.framework)
        let (results, points) = Self.processor(points: matcher).tagged(requests)
        #expect(results == requests.map { tagger.tag($0.text, hint: $0.hint) })
        #expect(Self.processor(points: nil).tagged(requests).points == nil)
        guard let points else { Issue.record("no points found with the tags"); return }
        var expected: [PointsAhead.Ask: [String]] = [:]
        for (request, result) in zip(requests, results) where !result.tags.isEmpty {
            let themes = result.tags.map(\.themeID)
            expected[PointsAhead.Ask(text: request.text, themes: themes)] = matcher.points(in: request.text, themes: themes)
        }
        #expect(points == expected)
        #expect(expected.values.contains { !$0.isEmpty }, "some comment makes a point")
    }

    @Test("points kept from tagging are the ones the summaries assign; a comment not among them is matched")
    func keptThenAssigned() {
        let matcher = PointMatcher(book: BuiltInPoints.book(for: Self.framework.id))
        let requests = Self.texts.map { (text: $0, hint: Polarity?.none) }
        let (results, points) = Self.processor(points: matcher).tagged(requests)
        let responses = zip(Self.texts, results).enumerated().map { index, pair in
            Response(respondentKey: "k\(index)", exportPath: "Surveys/a.csv", sourceRow: index + 2,
                     series: SurveySeries(id: "s", title: "S"), wave: Wave("2025-26"), cohort: .childrenInCare,
                     ageBand: nil, answers: [],
                     comments: [Comment(questionID: "comment-anything-else", text: pair.0, tags: pair.1.tags)])
        }
        let ahead = PointsAhead(matcher: matcher)
        ahead.add((points ?? [:]).filter { $0.key.text != Self.texts[1] })
        let assigned = ahead.assign(responses)
        #expect(assigned.flatMap(\.comments).map(\.points)
                == responses.flatMap(\.comments).map { matcher.points(in: $0.text, themes: $0.tags.map(\.themeID)) })
    }
}
