import Foundation
import Testing
@testable import HeardCore
@testable import HeardSummary

/// The review page stays one a council can read however many comments there are: each point's best comments,
/// every decided comment and the clearest few others per theme; the rest in a CSV for the officer, with ids.
@Suite("Review page bounds")
struct ReviewPageBoundTests {
    /// `count` young people with a distinct comment in the theme, none making a point.
    static func survey(_ count: Int) -> [Response] {
        (0..<count).map { index in
            PointSummaryTests.response("r\(index)", "the house rules here change every week number \(index)", points: [])
        }
    }

    @Test("a theme with more comments than the page holds shows the clearest; the rest are listed in a CSV")
    func bounded() throws {
        let responses = Self.survey(SummaryBuilder.pageLimit * 3)
        let document = PointSummaryTests.build(responses)
        #expect(document.candidates.count == responses.count)
        let shown = document.candidates.filter(\.onPage)
        #expect(shown.count == SummaryBuilder.pageLimit)
        let files = ReviewPageRenderer().render(document)
        #expect(files.map(\.path) == ["review/\(document.slug).html", "review/\(document.slug)-more.csv"])
        let page = String(decoding: files[0].contents, as: UTF8.self)
        #expect(page.components(separatedBy: "class=\"quote\"").count - 1 == SummaryBuilder.pageLimit)
        #expect(page.contains("\(responses.count - SummaryBuilder.pageLimit) more"))
        let csv = String(decoding: files[1].contents, as: UTF8.self)
        let hidden = document.candidates.filter { !$0.onPage }
        #expect(csv.split(separator: "\r\n").count == hidden.count + 1)
        #expect(hidden.allSatisfy { csv.contains($0.id) && csv.contains($0.text) && !page.contains($0.text) })
    }

    @Test("a decided comment stays on the page even when clearer ones fill it")
    func decidedStays() throws {
        let responses = Self.survey(SummaryBuilder.pageLimit * 2)
        let hidden = try #require(PointSummaryTests.build(responses).candidates.last { !$0.onPage })
        let decided = PointSummaryTests.build(responses, decisions: [ReviewDecision(id: hidden.id, decision: .hide)])
        #expect(decided.candidates.first { $0.id == hidden.id }?.onPage == true)
        #expect(decided.candidates.filter { $0.onPage }.count == SummaryBuilder.pageLimit + 1)
    }

    @Test("a small survey is reviewed on one page with no CSV")
    func small() {
        let document = PointSummaryTests.build(Self.survey(8))
        #expect(document.candidates.allSatisfy { $0.onPage })
        #expect(ReviewPageRenderer().render(document).count == 1)
    }

    @Test("letters and capitals are counted alike on the ASCII fast path and the Unicode one")
    func letterCounts() {
        #expect(QuoteSelection.letterCounts("I WANT my Room back 2day!") == (18, 6))
        #expect(QuoteSelection.letterCounts("I WANT my Room back 2day! \u{00C9}") == (19, 7))
    }
}
