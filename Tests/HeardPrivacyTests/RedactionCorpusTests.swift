import Foundation
import Testing
@testable import HeardCore
@testable import HeardIngest
@testable import HeardPrivacy

func corpus(_ name: String) throws -> [(text: String, planted: [RedactionEvaluation.Planted])] {
    let url = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Fixtures/redaction/\(name)")
    let table = try #require(try CSVReader().read(Array(try Data(contentsOf: url)), source: SourceLocation(file: name),
                                                  diagnostics: DiagnosticCollector()).first)
    return table.rows.map { row in
        (row[0], row[1].split(separator: "|").map { entry in
            let colon = entry.firstIndex(of: ":")!
            return RedactionEvaluation.Planted(kind: String(entry[..<colon]), value: String(entry[entry.index(after: colon)...]))
        })
    }
}

@Suite("Redaction on a corpus with planted identifiers")
struct RedactionCorpusTests {
    static let structured = ["phone", "email", "postcode", "address", "school", "date", "nhs", "ni", "handle"]

    /// The held-out corpus is never used to tune the redactor; these floors are its measured level.
    @Test("held-out: no structured identifier leaks, names rarely do, ordinary words survive")
    func heldOut() throws {
        let items = try corpus("held-out.csv")
        #expect(items.count == 2000)
        let result = RedactionEvaluation.evaluate(Redactor(), on: items)
        #expect(result.planted.values.reduce(0, +) > 2000)
        for kind in Self.structured { #expect(result.leaked[kind, default: 0] == 0, "\(kind) leaked") }
        #expect(result.leakRate("name") <= 0.01)
        #expect(result.leakRate("surname") <= 0.01)
        #expect(result.leakRate("unlisted-name") <= 0.02)
        #expect(result.leakRate("everyday-name") <= 0.02)
        #expect(result.overRedaction <= 0.01)
    }

    @Test("ordinary words young people use survive", arguments: [
        "i got an xbox for christmas and played fifa on monday",
        "my IRO and my PA came to my review in Lincoln",
        "maths is hard but english is ok, i go to tesco after school",
        "i will hope for the best in the summer",
        "my foster carers are the best, fostering is good",
        "Year 11 was hard and I got 4 GCSEs",
        "down the road there is a park",
    ])
    func survives(text: String) {
        #expect(Redactor().redact(text) == text)
    }

    @Test("identifiers of every kind are replaced by child-readable placeholders", arguments: [
        ("me and jake went out", "me and [name] went out"),
        ("my sw Zorbina is nice", "my sw [name] is nice"),
        ("I hope Will comes", "I hope [name] comes"),
        ("i go to havelock academy", "i go to [school]"),
        ("I live at 14 Chapel Lane, DN31 1HU", "I live at [address], [postcode]"),
        ("my nhs number is 943 476 5919", "my nhs number is [NHS number]"),
        ("ni number QQ 12 34 56 C", "ni number [NI number]"),
        ("born 12/03/2009", "born [date]"),
        ("add me on snap: jaybird_09", "add me on snap: [social media handle]"),
        ("see www.example.com/me", "see [link]"),
        ("my upn is A123456789012", "my upn is [pupil number]"),
        ("in flat 3b", "in [address]"),
    ])
    func placeholders(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("each lost word is put down to the placeholder that took it")
    func alignment() {
        let lost = Alignment.lost(["i", "went", "to", "alton", "towers", "with", "jay"], in: "i went to [name] towers with [name]")
        #expect(lost.map(\.word) == ["alton", "jay"])
        #expect(lost.map(\.placeholder) == ["[name]", "[name]"])
    }

    @Test("NHS numbers are checked with their mod-11 digit")
    func nhsCheck() {
        #expect(DigitRuns.isValidNHSNumber("9434765919"))
        #expect(!DigitRuns.isValidNHSNumber("9434765918"))
    }

    @Test("a name found in one comment is denied in another")
    func recurring() {
        let first = Redactor().redactCollecting("my sw Zorbina is nice")
        #expect(first.names == ["zorbina"])
        #expect(Redactor().denying(first.names).redact("zorbina came round") == "[name] came round")
    }
}

@Suite("The final output scan")
struct OutputScannerTests {
    @Test("finds identifiers by kind and line, never quoting them")
    func findings() {
        let text = "# Summary\nall fine\ncall 07700 900123\nemail a.b@example.com\nKacper Nowak said hi\nDN31 1HU\n"
        let findings = OutputScanner.scan(text)
        #expect(findings.map(\.line) == [3, 4, 5, 6])
        #expect(findings.allSatisfy { !$0.description.contains("07700") && !$0.description.contains("Kacper") })
    }

    @Test("a clean summary passes")
    func clean() {
        #expect(OutputScanner.scan("82% feel safe where they live (36 of 44 who answered). 2024-25.\nHope you like it").isEmpty)
    }

    @Test("a chart's numbers are labels, not a phone number")
    func chartNumbers() {
        let chart = "<!DOCTYPE html><svg><text x=\"1\">120000</text><text x=\"2\">140000</text><text>160000</text>"
            + "<text>180000</text></svg><p>12000 14000 16000 of 100000 answered</p>"
        #expect(OutputScanner.scan(chart, format: "html").isEmpty)
        #expect(OutputScanner.scan("{\"ingest\" : 2.5640426874160767, \"rows\" : 100000}", format: "json").isEmpty)
    }

    @Test("identifiers in a page's text are found, inline formatting and all, with their line")
    func pageText() {
        let page = "<!DOCTYPE html>\n<style>.a { color: #070 }</style>\n<p>ring <strong>07700 900123</strong></p>\n"
            + "<blockquote>Kacper Nowak said it</blockquote>\n<img alt=\"jo@example.com\">"
        let findings = OutputScanner.scan(page, format: "html")
        #expect(findings.map(\.kind) == ["phone number", "name", "email address"])
        #expect(findings.map(\.line) == [3, 4, 5])
    }

    @Test("character references are read as the characters they stand for")
    func references() {
        #expect(TextContent.decode("jo&#64;example.com &amp; more") == "jo@example.com & more")
        #expect(!OutputScanner.scan("<p>jo&#64;example.com</p>", format: "html").isEmpty)
    }
}
