import Foundation
import Testing
@testable import HeardCore
@testable import HeardSummary

/// A fixed document for golden files: two waves of one series, quotes approved, an action.
func goldenDocuments() -> [SummaryDocument] {
    let builder = SummaryBuilder(frameworkID: "test", themes: [
        .init(id: "family", title: "Family and friends", childTitle: "People who matter", points: [
            .init(id: "seeing-brothers", label: "Seeing my brother", plain: "want to see your brother more"),
            .init(id: "visits", label: "Visits at weekends", plain: "want visits at weekends"),
        ]),
        .init(id: "school", title: "School", childTitle: "School and learning", points: [
            .init(id: "tutors", label: "Help from a tutor", plain: "told us about help from a tutor"),
        ]),
    ])
    func comment(_ text: String, theme: String?, polarity: Polarity) -> HeardCore.Comment {
        HeardCore.Comment(questionID: "comment-what-better", text: text,
                tags: theme.map { [ThemeTag(themeID: $0, evidence: [$0 == "family" ? "brother" : "school"], confidence: 0.6)] } ?? [],
                polarity: polarity,
                points: text.contains("brother") ? ["seeing-brothers"] : text.contains("tutor") ? ["tutors"] : [])
    }
    var responses: [Response] = []
    for index in 0..<24 {
        let wave = index < 12 ? "2023-24" : "2024-25"
        let text = ["i want to see my brother more often", "school is good now i have a tutor",
                    "my brother lives too far away from me", "teachers do not get it at all"][index % 4]
        let theme = index % 2 == 0 ? "family" : "school"
        responses.append(Response(
            respondentKey: "k\(index)", exportPath: "a.csv", sourceRow: index + 2,
            series: SurveySeries(id: "annual", title: "Annual survey"), wave: Wave(wave), cohort: .childrenInCare,
            ageBand: AgeBand(11, 15), answers: [Answer(questionID: "feel-safe-where-live",
                                                       value: .option(index % 3 == 0 ? "Sometimes" : "Always"))],
            comments: [comment(text, theme: theme, polarity: index % 2 == 0 ? .request : .positive)]))
    }
    let decisions = ["i want to see my brother more often", "my brother lives too far away from me"].map {
        ReviewDecision(id: QuoteSelection.id(series: SurveySeries(id: "annual", title: "Annual survey"), wave: Wave("2024-25"),
                                             text: $0), decision: .approve)
    }
    let action = Action(themeID: "family", youSaid: "More family time", weDid: "Weekend family time & travel paid",
                        status: .done, date: "2025-03")
    return builder.build(responses: responses, actions: [action], decisions: decisions, council: "Example Council")
}

@Suite("Renderers: golden files")
struct RendererGoldenTests {
    static let folder = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Fixtures/golden")

    /// Compares with the golden file; HEARD_RECORD_GOLDEN=1 re-records and fails, so a silent record cannot pass.
    func check(_ text: String, _ name: String) throws {
        let url = Self.folder.appending(path: name)
        if ProcessInfo.processInfo.environment["HEARD_RECORD_GOLDEN"] == "1" {
            try Data(text.utf8).write(to: url)
            Issue.record("recorded \(name); run again without HEARD_RECORD_GOLDEN")
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(text == expected, "\(name) differs from its golden file")
    }

    @Test("Markdown, HTML, easy-read, review page and summary.json match their golden files")
    func golden() throws {
        let documents = goldenDocuments()
        let current = try #require(documents.last)
        try check(MarkdownRenderer().markdown(current), "annual-2024-25.md")
        try check(HTMLRenderer().html(current), "annual-2024-25.html")
        try check(EasyReadRenderer().html(current), "annual-2024-25.easy-read.html")
        try check(ReviewPageRenderer().html(current), "annual-2024-25.review.html")
        try check(String(decoding: SummaryJSONRenderer().render(documents).contents, as: UTF8.self), "summary.json")
    }
}

@Suite("Summary content")
struct SummaryContentTests {
    @Test("only approved quotes are published; every candidate is on the review page")
    func quotes() throws {
        let current = try #require(goldenDocuments().last)
        let family = try #require(current.themes.first { $0.heading.id == "family" })
        // One approved quote shows under its point, the other under the theme.
        #expect(family.points.compactMap(\.quote).count == 1 && family.quotes.count == 1)
        let school = try #require(current.themes.first { $0.heading.id == "school" })
        #expect(school.quotes.isEmpty)
        #expect(current.candidates.count == 4)
        let html = HTMLRenderer().html(current)
        #expect(!html.contains("teachers do not get it at all"))
        #expect(ReviewPageRenderer().html(current).contains("teachers do not get it at all"))
    }

    @Test("a comment with a safeguarding concern is never a candidate quote")
    func concerns() {
        let builder = SummaryBuilder(frameworkID: "t", themes: [.init(id: "family", title: "Family", childTitle: "Family")])
        let responses = (0..<8).map { index in
            Response(respondentKey: "k\(index)", exportPath: "a.csv", sourceRow: 2, series: SurveySeries(id: "s", title: "S"),
                     wave: Wave("2024-25"), cohort: .childrenInCare, ageBand: nil, answers: [],
                     comments: [HeardCore.Comment(questionID: "c", text: "something about my brother here",
                                        tags: [ThemeTag(themeID: "family", evidence: ["brother"], confidence: 1)],
                                        polarity: .neutral, hasConcern: true)])
        }
        let document = builder.build(responses: responses, actions: [])[0]
        #expect(document.candidates.isEmpty)
        #expect(document.themes[0].comments.value == 8)
        #expect(document.themes[0].points.allSatisfy { $0.quote == nil })
    }

    @Test("the trend flags only changes larger than the noise", arguments: [
        ((10, 40), (30, 40), true), ((20, 40), (24, 40), false), ((3, 9), (9, 9), false),
    ])
    func trend(previous: (Int, Int), current: (Int, Int), significant: Bool) {
        #expect(TrendTest.compare(previous: previous, current: current).significant == significant)
    }

    @Test("summary.json has the contract keys and nulls for suppressed counts")
    func json() throws {
        let data = Data(SummaryJSONRenderer().render(goldenDocuments()).contents)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let waves = try #require(object["waves"] as? [[String: Any]])
        #expect(waves.count == 2)
        let current = waves[1]
        for key in ["series", "wave", "cohort", "respondents", "previous", "trend", "themes", "indicators", "actions"] {
            #expect(current.keys.contains(key), "missing \(key)")
        }
        #expect(current["previous"] as? String == "2023-24")
        let indicators = try #require(current["indicators"] as? [[String: Any]])
        let answers = try #require(indicators.first?["answers"] as? [[String: Any]])
        #expect(answers.contains { $0["count"] is NSNull })
    }

    @Test("the easy-read page reads easily (Flesch reading ease 70 or more)")
    func readingEase() throws {
        let current = try #require(goldenDocuments().last)
        let html = EasyReadRenderer().html(current)
        let score = ReadingEase.flesch(visibleText(html))
        #expect(score >= 70, "reading ease \(score)")
    }
}

/// The text of an HTML page without tags, styles or scripts.
func visibleText(_ html: String) -> String {
    var text = html
    for block in ["style", "script"] {
        while let start = text.range(of: "<\(block)"), let end = text.range(of: "</\(block)>", range: start.upperBound..<text.endIndex) {
            text.removeSubrange(start.lowerBound..<end.upperBound)
        }
    }
    return text.replacing(#/<[^>]+>/#, with: " ").replacingOccurrences(of: "&#39;", with: "'")
}
