import Testing
@testable import HeardNormalise

/// `trimmingSpaces` returns a cell that starts and ends in printable ASCII as it is, without reading its
/// characters: on random cells of spaces, tabs, line breaks, non-breaking spaces, accents, combining and
/// prepended marks and emoji, it gives exactly what reading them character by character gives.
@Suite("Trimming cells")
struct TrimmingTests {
    static let pieces = [" ", "\t", "\r\n", "\n", "\u{A0}", "\u{85}", "\u{2028}", "\u{3000}", "\u{1C}", "\u{1F}", "a", "Z",
                         "7", "!", "~", "\u{7F}", "é", "e\u{301}", "\u{301}", "\u{600}", "\u{600}1", "\u{1F600}", "\u{200D}"]

    @Test("the quick path and the character-by-character one agree on 50,000 random cells")
    func agree() {
        var state: UInt64 = 2026
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        for _ in 0..<50_000 {
            let cell = (0..<next(7)).map { _ in Self.pieces[next(Self.pieces.count)] }.joined()
            #expect(cell.trimmingSpaces == cell.trimmingSpacesByCharacter, "\(Array(cell.unicodeScalars))")
        }
    }

    @Test("cells are trimmed of white space at either end only")
    func trims() {
        #expect("  14 years \t".trimmingSpaces == "14 years")
        #expect("\u{A0}Jo Bloggs\r\n".trimmingSpaces == "Jo Bloggs")
        #expect("Jo  Bloggs".trimmingSpaces == "Jo  Bloggs")
        #expect(" \t ".trimmingSpaces.isEmpty)
    }
}
