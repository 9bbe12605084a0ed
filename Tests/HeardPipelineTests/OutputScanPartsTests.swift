import Foundation
import Testing
@testable import HeardCore
@testable import HeardPipeline
@testable import HeardPrivacy

/// A long list is scanned in parts on both cores; what is found, and the line it is reported at, is what a
/// scan of the whole file gives.
@Suite("Final scan in parts")
struct OutputScanPartsTests {
    @Test("a long CSV is cut into parts and an identifier deep in it is found at its own line")
    func longFile() throws {
        var lines = (0..<(OutputScanParts.linesPerPart * 2 + 500)).map { "row \($0),the house is nice" }
        lines[OutputScanParts.linesPerPart + 7] = "x,write to someone.person@example.com please"
        lines[lines.count - 1] = "y,my email is another.one@example.org"
        let text = lines.joined(separator: "\r\n") + "\r\n"
        #expect(OutputScanParts.split(text, format: "csv").count == 3)
        let found = OutputScanParts.scan([OutputFile(path: "review/a-more.csv", text: text),
                                          OutputFile(path: "tables/b.csv", text: "theme,count\r\nhome,12\r\n")],
                                         surveyOptions: [])
        #expect(found[0] == OutputScanner.scan(lines.joined(separator: "\n"), format: "csv"))
        #expect(found[0].map(\.line) == [OutputScanParts.linesPerPart + 8, lines.count])
        #expect(found[1].isEmpty)
    }

    @Test("a page is scanned whole, never cut inside its markup")
    func markupWhole() {
        let page = "<!DOCTYPE html>\n" + String(repeating: "<p>\n nice\n</p>\n", count: OutputScanParts.linesPerPart)
        #expect(OutputScanParts.split(page, format: "html").count == 1)
    }

    @Test("Heard's own quote ids at the start of a review list's lines are set aside; an identifier in the text is not")
    func quoteIDs() {
        let text = "id,theme,decision,comment\r\n9f30123456789b2c,Home,undecided,the house is nice\r\n"
            + "77a1c2345678900d,Home,undecided,call me on 07700 900123\r\n"
        let found = OutputScanParts.scan([OutputFile(path: "review/a-more.csv", text: text)], surveyOptions: [],
                                         quoteIDs: ["9f30123456789b2c", "77a1c2345678900d"])
        #expect(found[0].map(\.line) == [3])
        // Cell by cell: without the ids set aside, each id is a finding of its own beside the phone number.
        #expect(OutputScanParts.scan([OutputFile(path: "review/a-more.csv", text: text)], surveyOptions: [])[0].map(\.line) == [2, 3, 3])
    }

    @Test("a long CSV is cut at record ends, never inside a quoted cell that holds line ends")
    func recordEnds() {
        let records = (0..<(OutputScanParts.linesPerPart + 10)).map { "id\($0),\"line one\r\nline two\"" }
        var text = records.joined(separator: "\r\n")
        text += "\r\nlast,\"first half\r\nring 07700 900461\"\r\n"
        let found = OutputScanParts.scan([OutputFile(path: "review/a-more.csv", text: text)], surveyOptions: [])
        #expect(found[0].map(\.line) == [records.count * 2 + 1])
        #expect(found[0] == OutputScanner.scan(text, format: "csv"))
    }

    @Test("the texts the quote check found clean are passed over by the scan of the files; the rest are scanned")
    func cleared() {
        let withholding = QuoteWithholding()
        #expect(withholding.mayQuote("my carer is kind"))
        #expect(withholding.mayQuote("ring me on 07700 900461") == false)
        #expect(withholding.cleared == ["my carer is kind"])
        let list = "id,comment\r\n1,my carer is kind\r\n2,ring me on 07700 900461\r\n"
        let found = OutputScanParts.scan([OutputFile(path: "review/a-more.csv", text: list)], surveyOptions: [],
                                         cleared: withholding.cleared)
        #expect(found[0].map(\.line) == [3])
    }
}
