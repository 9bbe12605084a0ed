import Testing
@testable import HeardPipeline

/// Whether a redacted comment still holds a name found elsewhere in its export decides which comments are
/// redacted a second time: the byte reading of ASCII comments must answer exactly as lowering and splitting did.
@Suite("Names found elsewhere, mentioned again")
struct MentionsAnyTests {
    /// The reading before ASCII comments were read by their bytes (kept here as the reference).
    static func reference(_ names: Set<String>, in text: String) -> Bool {
        let lower = text.lowercased()
        guard lower.utf8.allSatisfy({ $0 < 128 }) else {
            return lower.split { !$0.isLetter && $0 != "'" && $0 != "-" }.contains { names.contains(String($0)) }
        }
        return lower.utf8.split { !((97...122).contains($0) || $0 == 39 || $0 == 45) }
            .contains { names.contains(String(decoding: $0, as: UTF8.self)) }
    }

    @Test("examples: case, apostrophes, hyphens, digits and punctuation between words")
    func examples() {
        let names: Set<String> = ["jade", "o'neil", "anne-marie", "kai"]
        for (text, expected) in [("JADE helps me", true), ("jaded", false), ("ask O'Neil", true), ("oneil", false),
                                 ("Anne-Marie!", true), ("anne marie", false), ("kai2", true), ("kai's", false),
                                 ("", false), ("[name] and kai.", true), ("k a i", false), ("Kelvin \u{212A}ai", true)] {
            #expect(ExportProcessor.mentionsAny(names, in: text) == expected, "\(text)")
            #expect(Self.reference(names, in: text) == expected, "\(text)")
        }
    }

    @Test("random comments answer as the reference did")
    func random() {
        var generator = SystemRandomNumberGenerator()
        let names: Set<String> = ["jo", "li", "o'd", "a-b", "zed", "ab"]
        let pieces = ["jo", "JO", "Li", "li", "o'd", "O'D", "a-b", "zed", "Zed", "ab", "x", " ", "'", "-", ".", "1", "_",
                      "[name]", "\n", "é", "ß", "\u{212A}", "İ", "😀", "ab-", "-ab"]
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
                .joined()
            #expect(ExportProcessor.mentionsAny(names, in: text) == Self.reference(names, in: text), "\(text)")
        }
    }
}
