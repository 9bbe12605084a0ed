import Testing
@testable import HeardPrivacy

/// Identity values found again in comments (`DeniedPhrases`): the byte reading of an ASCII comment must
/// replace exactly what the character reading replaces. Values and comments written for this test.
@Suite("Identity values in comments")
struct DeniedPhrasesTests {
    static let denied = DeniedPhrases(["kez.w44@example.org", "ab-2021-77310", "mos551203", "flat9b"])

    @Test("A value is found in any case, before a full stop or a dash, and never inside a longer token")
    func examples() {
        let cases: [(String, String)] = [
            ("email me KEZ.W44@EXAMPLE.ORG.", "email me [personal detail]."),
            ("ref ab-2021-77310- ok", "ref [personal detail]- ok"),
            ("(mos551203)", "([personal detail])"),
            ("xmos551203 and mos5512034", "xmos551203 and mos5512034"),
            ("it was Flat9B, then flat9b!", "it was [personal detail], then [personal detail]!"),
            ("no values here at all", "no values here at all"),
        ]
        for (text, expected) in cases {
            #expect(Self.denied.redact(text, with: .personalDetail) == expected, "\(text)")
        }
    }

    @Test("ASCII comments read from bytes give what the character reading gives")
    func bytesAgree() {
        let pieces = ["kez.w44@example.org", "KEZ.W44@example.ORG", "ab-2021-77310", "mos551203", "Flat9b", "flat", "9b",
                      ".", "-", " ", ",", "(", ")", "\"", "\t", "\r\n", "x", "ab", "mos", "[", "]", "?", "'"]
        var walk = DigitScannerTests.Walk(state: 99)
        for _ in 0..<5_000 {
            let text = (0..<(1 + walk.pick(8))).map { _ in pieces[walk.pick(pieces.count)] }.joined()
            let ascii = Self.denied.redact(text, with: .personalDetail)
            let unicode = Self.denied.redact(text + " é", with: .personalDetail)
            #expect(ascii + " é" == unicode, "\(text.debugDescription)")
        }
    }

    @Test("Comments outside ASCII: the quick refusal before lower-casing changes nothing")
    func otherAlphabetsAgree() {
        // Values and pieces in other alphabets, capitals, a mark written apart ("e" + U+0301) and the Kelvin sign
        // (which lower-cases to "k"), so a token equal to a value only once lower-cased or composed is tried.
        let values: Set<String> = ["żaneta77@example.pl", "kasia.k9@example.org", "café2020", "ks-4410", "олег1999"]
        let denied = DeniedPhrases(values)
        let pieces = ["Żaneta77@example.pl", "ŻANETA77@EXAMPLE.PL", "kasia.K9@example.org", "\u{212A}asia.k9@example.org",
                      "CAFÉ2020", "cafe\u{301}2020", "KS-4410", "\u{212A}S-4410", "Олег1999", "caf", "é", " ", ",", ".", "-",
                      "’", "x", "ks", "\t", "(", "!"]
        func reference(_ text: String) -> String {
            // The reading before the quick refusal: every token lower-cased and looked up.
            var result = text
            for token in Redactor.tokens(text).reversed() {
                var value = token
                while let last = value.last, ".-".contains(last) { value.removeLast() }
                if values.contains(value.lowercased()) {
                    result.replaceSubrange(value.startIndex..<value.endIndex, with: Placeholder.personalDetail.rawValue)
                }
            }
            return result
        }
        var walk = DigitScannerTests.Walk(state: 17)
        for _ in 0..<3_000 {
            let text = (0..<(1 + walk.pick(7))).map { _ in pieces[walk.pick(pieces.count)] }.joined() + "é"
            #expect(denied.redact(text, with: .personalDetail) == reference(text), "\(text.debugDescription)")
        }
        #expect(denied.redact("mój mail: ŻANETA77@example.pl.", with: .personalDetail) == "mój mail: [personal detail].")
    }

    @Test("A redactor denies identity values with digits or @ wherever they recur")
    func throughRedactor() {
        let redactor = Redactor(denyList: ["kez.w44@example.org", "AB-2021-77310"])
        #expect(redactor.redact("my email is Kez.W44@example.org.") == "my email is [personal detail].")
        #expect(redactor.redact("case AB-2021-77310 was closed") .contains("AB-2021-77310") == false)
    }
}
