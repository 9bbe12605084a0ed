import Testing
@testable import HeardPipeline
import HeardPrivacy

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

    @Test("a comment asked about again (under a point, then under its theme) is counted once")
    func askedTwice() {
        let withholding = QuoteWithholding()
        let text = "ring me on 07700 900461 if you want"
        #expect(withholding.mayQuote(text) == false)
        #expect(withholding.mayQuote(text) == false)
        #expect(withholding.mayQuote("my carer helps me with my homework every night"))
        #expect(withholding.count == 1)
    }

    @Test("a comment the scan passes at the start of a line but stops inside a list's line is kept back")
    func listLine() {
        // The scan reads a capital that does not start its line as a name's: "Everything" beside a school's word.
        let text = "Everything is ok, at [school] [name] teachers help"
        #expect(OutputScanner.scan(text).isEmpty)
        #expect(!OutputScanner.scan("ab12,Other things,undecided,\"" + text + "\"").isEmpty)
        #expect(QuoteWithholding().mayQuote(text) == false)
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
