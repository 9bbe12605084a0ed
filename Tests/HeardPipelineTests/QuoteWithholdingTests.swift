import Testing
@testable import HeardPipeline

/// The final privacy scan asked of each comment before it is quoted: what it would stop a file for, it keeps
/// from being quoted, and the run report says how many, never which.
@Suite("The final scan asked before quoting")
struct QuoteWithholdingTests {
    @Test("a comment naming a school with its type is kept back and counted; an ordinary one is not")
    func schoolKeptBack() {
        let withholding = QuoteWithholding()
        #expect(withholding.mayQuote("the teachers at Quenbury Fields Academy never listen to me") == false)
        #expect(withholding.mayQuote("my carer helps me with my homework every night"))
        #expect(withholding.mayQuote("ring me on 07700 900461 if you want") == false)
        #expect(withholding.count == 2)
    }

    @Test("the run report says how many comments were kept back, without their words")
    func reported() {
        var report = RunReport(startedAt: "2026-11-29T00:00:00Z", dryRun: false, framework: "t")
        report.quotesWithheld = 3
        let text = report.markdown()
        #expect(text.contains("3 comments were not offered as a quote"))
        report.quotesWithheld = nil
        #expect(!report.markdown().contains("not offered as a quote"))
    }
}
