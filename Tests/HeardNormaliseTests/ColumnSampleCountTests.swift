import Testing
@testable import HeardNormalise

/// A sample's words and characters counted without copies give what splitting and `count` give.
@Suite("Counting a sampled cell's words and characters")
struct ColumnSampleCountTests {
    private static let pieces = ["a", "word", " ", "  ", "\t", "\n", "\r\n", "\r", "e\u{301}", "\u{E9}", "🙂", "\u{A0}",
                                 "\u{2003}", "x\u{308}", "Yes", ",", "\u{301}"]

    @Test("the same as split and count on made-up cells")
    func sameAsSplitAndCount() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            #expect(ColumnSample.wordCount(text) == text.split(whereSeparator: \.isWhitespace).count, "\(text.debugDescription)")
            #expect(PlainSearch.characterCount(text) == text.count, "\(text.debugDescription)")
        }
    }

    @Test("a sample's averages", arguments: [(["Yes", "No", "Not sure"], 4.0 / 3.0, 13.0 / 3.0)])
    func averages(cells: [String], words: Double, length: Double) {
        let sample = ColumnSample(header: "Q", cells: cells)
        #expect(sample.averageWords == words)
        #expect(sample.averageLength == length)
    }
}

/// A postcode test that skips long ASCII cells gives the same answers.
@Suite("Postcodes among sampled cells")
struct PostcodeSampleTests {
    @Test("cells of every length", arguments: [
        ("DN31 1HU", true), ("sw1a1aa", true), ("SW1A 1AA ", true), ("DN31  1HU", true), ("DN3", false),
        ("I live at DN31 1HU", false), ("D N 3 1 1 H U", true), ("ßß 1AA", false), ("DN31 1HÜ", false),
    ])
    func postcodes(text: String, isPostcode: Bool) {
        #expect(ValuePatterns.isPostcode(text) == isPostcode)
    }

    @Test("counts no further than asked")
    func counts() {
        #expect(PlainSearch.nonSpaceCount("a b c", atMost: 8) == 3)
        #expect(PlainSearch.nonSpaceCount("abcdefghijk", atMost: 8) == 8)
        #expect(PlainSearch.nonSpaceCount("caf\u{E9}", atMost: 8) == nil)
        #expect(PlainSearch.nonSpaceCount("a\r\nb", atMost: 8) == nil)
    }
}
