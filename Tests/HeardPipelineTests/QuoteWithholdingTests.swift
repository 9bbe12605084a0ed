import Testing
@testable import HeardPipeline
import HeardPrivacy
import HeardSummary

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

    @Test("a comment is asked about in the lines the Markdown summary prints it on when they can read differently")
    func markdownLine() {
        // A word character after a postcode or a date hides it from the scan's word boundary; the Markdown
        // summary puts a backslash before an underscore, and the boundary is there again.
        for text in ["the new postcode is dn31 2ab_ if you need it", "my review is on 12/05/2027_ at school"] {
            #expect(OutputScanner.scan(cell: text) == nil)
            #expect(PublishedText.markdownMayDiffer(text))
            let line = MarkdownRenderer.quoteLine(text)
            #expect(line.contains("\\_"))
            #expect(!OutputScanner.scan("# You said\n\n\(line)\n", format: "md").isEmpty)
            // Clean as the review list's cell and the page's text; not to be printed in the Markdown as approved.
            let withholding = QuoteWithholding()
            #expect(withholding.mayQuote(text))
            #expect(withholding.mayQuoteApproved(text) == false)
            #expect(withholding.mayQuoteApproved(text) == false)
            #expect(withholding.count == 1)
            #expect(withholding.cleared == [text])
        }
    }

    @Test("an ordinary quote with Markdown's own characters is still quoted")
    func ordinaryMarkdown() {
        let text = "I *love* my [new] placement_ and my carer's #1 <3"
        #expect(PublishedText.markdownMayDiffer(text))
        let withholding = QuoteWithholding()
        #expect(withholding.mayQuote(text))
        #expect(withholding.mayQuoteApproved(text))
        #expect(withholding.count == 0)
        #expect(QuoteWithholding.markdownLines(text)
                == ["> \u{201C}I \\*love\\* my \\[new\\] placement\\_ and my carer's \\#1 \\<3\u{201D}",
                    "  > \u{201C}I \\*love\\* my \\[new\\] placement\\_ and my carer's \\#1 \\<3\u{201D}"])
        #expect(withholding.cleared == [text])
    }

    @Test("a quote holding a line end is asked about in each line the Markdown file has, cut as the scan cuts it")
    func multilineQuote() {
        #expect(PublishedText.markdownMayDiffer("first line\r\nsecond line"))
        #expect(QuoteWithholding.markdownLines("first line\r\nsecond line")
                == ["> \u{201C}first line", "second line\u{201D}", "  > \u{201C}first line"])
        let text = "call me\n07700 900461"
        #expect(QuoteWithholding.markdownLines(text).contains("07700 900461\u{201D}"))
        let withholding = QuoteWithholding()
        #expect(withholding.mayQuoteApproved(text) == false)
        #expect(withholding.mayQuote(text) == false)
        #expect(withholding.count == 1)
    }

    @Test("a quote with no character Markdown escapes and no line end reads in the Markdown as its text does")
    func gateHolds() {
        // The gate's premise, on the bench's adversarial comments (identifiers, names, schools, other alphabets)
        // and on capitalised first words beside school words: what the scan finds in the text alone, it finds in
        // both Markdown lines, and nothing else.
        var survey = RealisticSurvey(seed: 17)
        var texts = survey.rows(count: 3_000, firstID: 1, waveStartYear: 2025).flatMap { row in
            RealisticSurvey.commentColumns.map { row[$0] }
        }
        texts += ["Having Oakfield Academy near is good", "Mary Jones helps me", "St Mary's is my school",
                  "07700 900461", "me@example.com", "DN31 2AB", "Having St Mary's School friends is fun"]
        var checked = 0
        for text in texts where !text.isEmpty && !PublishedText.markdownMayDiffer(text) {
            let kind = OutputScanner.scan(cell: text)
            for line in PublishedText.markdownQuoteLines(text) {
                #expect(OutputScanner.scan(line: line, number: 1)?.kind == kind, "\(kind ?? "clean") in the text alone")
            }
            checked += 1
        }
        #expect(checked > 2_000)
    }

    @Test("texts asked ahead are neither counted nor cleared until asked, and answer as asking them would")
    func askedAhead() {
        let texts = ["ring me on 07700 900461 if you want", "my carer helps me with my homework every night",
                     "the teachers at Quenbury Fields Academy never listen to me", "=my social worker never rings back"]
        let ahead = QuoteWithholding()
        ahead.askAhead(texts + texts)
        #expect(ahead.count == 0)
        #expect(ahead.cleared.isEmpty)
        let plain = QuoteWithholding()
        for text in texts.prefix(3) { #expect(ahead.mayQuote(text) == plain.mayQuote(text)) }
        #expect(ahead.count == plain.count)
        #expect(ahead.count == 2)
        #expect(ahead.cleared == plain.cleared)
        #expect(ahead.cleared == ["my carer helps me with my homework every night"])
        // Asked ahead again (another export's comments): what was asked stays asked, the rest still uncounted.
        ahead.askAhead(texts.reversed())
        #expect(ahead.count == 2)
        #expect(ahead.cleared == plain.cleared)
        #expect(ahead.mayQuote(texts[3]))
        #expect(ahead.cleared.count == 2)
        // Stopped before it starts, nothing is asked ahead, and the answers are the same.
        let signal = StopSignal()
        signal.stop()
        let stopped = QuoteWithholding()
        stopped.askAhead(texts, until: signal)
        for text in texts.prefix(3) { #expect(stopped.mayQuote(text) == plain.mayQuote(text)) }
        #expect(stopped.count == 2)
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
