import Foundation
import Testing
@testable import HeardCLI
import HeardTestSupport

@Suite("heard safeguarding eval")
struct SafeguardingEvalCommandTests {
    func file(_ name: String, _ text: String) throws -> String {
        let url = TemporaryFolder.path("heard-eval", suffix: "-\(name)")
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test("JSON Lines: recall per kind and false alarms, misses by line number, never by their words")
    func jsonLines() throws {
        let path = try file("set.jsonl", """
        {"text": "my stepdad hits me when hes drunk", "disclosure": true, "kind": "abuse"}
        {"text": "i like the purple curtains in my room", "disclosure": true, "kind": "abuse"}
        {"text": "killing it at football", "disclosure": false, "kind": "ordinary"}
        {"text": "please help me", "disclosure": false}

        """)
        let result = heard(["safeguarding", "eval", path])
        #expect(result.code == 0)
        #expect(result.out.contains("2 disclosures, 2 ordinary comments"))
        #expect(result.out.contains("abuse") && result.out.contains("1/2") && result.out.contains("lines 2"))
        #expect(result.out.contains("false alarms: 1 of 2 ordinary comments flagged (0.50)  lines 4"))
        for words in ["stepdad", "purple curtains", "football", "help me"] { #expect(!result.out.contains(words)) }
    }

    @Test("CSV with concern yes/no, and one half only")
    func csvAndHalf() throws {
        let path = try file("set.csv", "concern,text\nyes,i want to die\nno,e\n")
        let all = heard(["safeguarding", "eval", path])
        #expect(all.code == 0 && all.out.contains("1 disclosures, 1 ordinary comments"))
        // SHA-256 of "i want to die" starts 90 (even: tuning); of "e", 3f (odd: reporting).
        let tuning = heard(["safeguarding", "eval", path, "--half", "tuning"])
        #expect(tuning.out.contains("(tuning half): 1 disclosures, 0 ordinary comments"))
        let reporting = heard(["safeguarding", "eval", path, "--half", "reporting"])
        #expect(reporting.out.contains("(reporting half): 0 disclosures, 1 ordinary comments"))
        #expect(heard(["safeguarding", "eval", path, "--half", "middle"]).code == 64)
    }

    @Test("a bad label is named by line; a missing file is an I/O error")
    func problems() throws {
        let path = try file("bad.jsonl", "{\"text\": \"x\", \"disclosure\": \"perhaps\"}\n")
        let bad = heard(["safeguarding", "eval", path])
        #expect(bad.code == 65 && bad.err.contains(":1: disclosure must be true or false"))
        #expect(heard(["safeguarding", "eval", "/no/such/file.jsonl"]).code == 74)
    }

    @Test("heard safeguarding features: one JSON line a comment, what training reads")
    func features() throws {
        let result = heard(["safeguarding", "features"], input: ["my step mum hits me", "", "lovely day"])
        #expect(result.code == 0)
        let lines = result.out.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 3)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        let names = try #require(first["features"] as? [String])
        #expect((first["words"] as? NSNumber)?.intValue == 5)
        for name in ["w:hits", "b:hits me", "c:<hits", "g:FAMILY"] { #expect(names.contains(name), "\(name)") }
        #expect(names.contains { $0.hasPrefix("r:") })
        let empty = try #require(try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
        #expect((empty["features"] as? [String])?.isEmpty == true && (empty["words"] as? NSNumber)?.intValue == 0)
    }
}
