import Testing
@testable import HeardCore
@testable import HeardSummary
import Synchronization

/// A comment the pipeline's last privacy check will not let be quoted is kept off the review page and out of
/// the quotes, and still counts in every figure.
@Suite("Comments kept from being quoted")
struct QuoteWithholdingSummaryTests {
    @Test("a comment mayQuote refuses is no candidate, and the theme's counts are unchanged")
    func refusedComment() {
        let responses = ReviewPageBoundTests.survey(12)
        let builder = SummaryBuilder(frameworkID: "t", themes: [PointSummaryTests.heading, PointSummaryTests.school],
                                     mayQuote: { !$0.hasSuffix("number 4") && !$0.hasSuffix("number 7") })
        let kept = builder.build(responses: responses, actions: [])[0]
        let all = PointSummaryTests.build(responses)
        #expect(all.candidates.count == 12)
        #expect(kept.candidates.count == 10)
        #expect(!kept.candidates.contains { $0.text.hasSuffix("number 4") || $0.text.hasSuffix("number 7") })
        #expect(kept.themes.map(\.comments.value) == all.themes.map(\.comments.value))
        #expect(kept.themes.map(\.respondents.value) == all.themes.map(\.respondents.value))
    }

    @Test("an approved comment mayQuoteApproved refuses is no candidate; the same refusal of one not approved is not asked")
    func refusedApproved() {
        let responses = ReviewPageBoundTests.survey(12)
        let all = PointSummaryTests.build(responses)
        let approved = try! #require(all.candidates.first { $0.text.hasSuffix("number 4") })
        let asked = Mutex<[String]>([])
        let builder = SummaryBuilder(frameworkID: "t", themes: [PointSummaryTests.heading, PointSummaryTests.school],
                                     mayQuoteApproved: { text in
                                         asked.withLock { $0.append(text) }
                                         return !text.hasSuffix("number 4") && !text.hasSuffix("number 7")
                                     })
        let kept = builder.build(responses: responses, actions: [],
                                 decisions: [ReviewDecision(id: approved.id, decision: .approve)])[0]
        #expect(kept.candidates.count == 11)
        #expect(!kept.candidates.contains { $0.text.hasSuffix("number 4") })
        #expect(kept.candidates.contains { $0.text.hasSuffix("number 7") })
        #expect(Set(asked.withLock { $0 }) == [approved.text])
        #expect(kept.themes.map(\.comments.value) == all.themes.map(\.comments.value))
    }

    @Test("new wording the privacy check refuses is never printed as a quote; wording it allows is")
    func refusedWording() throws {
        let responses = ReviewPageBoundTests.survey(12)
        let chosen = try #require(PointSummaryTests.build(responses).candidates.first)
        func printed(_ wording: String) -> [String] {
            let builder = SummaryBuilder(frameworkID: "t", themes: [PointSummaryTests.heading, PointSummaryTests.school],
                                         mayQuote: { !$0.contains("ring me") })
            let document = builder.build(responses: responses, actions: [],
                                         decisions: [ReviewDecision(id: chosen.id, decision: .reword, wording: wording)])[0]
            return document.themes.flatMap { $0.quotes + $0.points.compactMap(\.quote) }
        }
        #expect(printed("the new wording helped me a lot").contains("the new wording helped me a lot"))
        #expect(!printed("ring me after tea it helped").contains("ring me after tea it helped"))
    }
}
