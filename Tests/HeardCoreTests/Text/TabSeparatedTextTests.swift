import Testing
@testable import HeardCore

/// `TabSeparatedText` cuts by bytes; it must cut exactly where `split(separator:)` cuts by characters.
@Suite("Model files cut into lines and fields")
struct TabSeparatedTextTests {
    static let pieces = ["w:hits", "\t", "\n", "1.5", "-0.25", "", "#", "café", "e\u{301}", "\u{301}", "\r", "\r\n",
                         "👍🏽", "£", " ", "\t\t", "\n\n", "labels", "\u{600}"]

    @Test("random texts are cut into the same lines and fields both ways", arguments: 0..<4)
    func randomTexts(seed: Int) {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...25, using: &generator))
                .map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            let lines = TabSeparatedText.lines(of: text)
            #expect(lines == text.split(separator: "\n", omittingEmptySubsequences: false), "\(text.debugDescription)")
            for line in lines {
                #expect(TabSeparatedText.fields(of: line) == line.split(separator: "\t", omittingEmptySubsequences: false))
            }
        }
    }

    @Test("a line feed after a carriage return does not end a line, as when cut by characters")
    func carriageReturn() {
        #expect(TabSeparatedText.lines(of: "a\r\nb\nc") == ["a\r\nb", "c"])
        #expect(TabSeparatedText.lines(of: "a\tb\n\nc\t") == ["a\tb", "", "c\t"])
        #expect(TabSeparatedText.fields(of: "w:x\t1\t\t-2") == ["w:x", "1", "", "-2"])
    }
}
