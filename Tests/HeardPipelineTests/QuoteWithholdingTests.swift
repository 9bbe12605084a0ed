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

    @Test("a comment the scan passes on a page is not kept back: the review list is read cell by cell")
    func listLine() {
        // Read as one line of the list, "Everything" would follow the theme's cell and read as part of a school's
        // name; read cell by cell (as the final scan now reads the list), it is the comment as a page shows it.
        let text = "Everything is ok, at [school] [name] teachers help"
        #expect(OutputScanner.scan(text).isEmpty)
        #expect(OutputScanner.scan("id,theme,decision,comment\r\nab12,Other things,undecided,\"" + text + "\"\r\n",
                                   format: "csv").isEmpty)
        #expect(QuoteWithholding().mayQuote(text))
    }

    @Test("a comment is asked about in the form the review list's cell holds: after a formula guard's apostrophe")
    func formulaCell() {
        let withholding = QuoteWithholding()
        #expect(withholding.mayQuote("=my social worker never rings back"))
        #expect(withholding.mayQuote("-ring me on 07700 900461") == false)
        #expect(withholding.cleared == ["=my social worker never rings back"])
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
