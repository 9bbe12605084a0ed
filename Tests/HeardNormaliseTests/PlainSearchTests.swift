import Foundation
import Testing
@testable import HeardNormalise

/// `PlainSearch` answers from bytes only where Foundation's answer cannot differ: checked against Foundation on
/// made-up texts of every kind (ASCII, carriage returns, accents written both ways, curly apostrophes, emoji).
@Suite("Searching a cell without Foundation where the answer is the same")
struct PlainSearchTests {
    private static let pieces = ["a", "b", "ab", " ", ", ", ";", ". ", "  ", "'s", "care", "in care", "\r", "\n",
                                 "\r\n", "e\u{301}", "\u{E9}", "\u{2019}", "n/a", "🙂", "x\u{308}", "18+", "S"]

    private static func texts(count: Int) -> [String] {
        var generator = SystemRandomNumberGenerator()
        return (0..<count).map { _ in
            (0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
        }
    }

    @Test("contains gives Foundation's answer")
    func containsAsFoundation() {
        let parts = Self.pieces + ["", "not applicable", "c"]
        for text in Self.texts(count: 3_000) {
            for part in parts {
                #expect(PlainSearch.contains(text, part) == text.contains(part), "\(text.debugDescription) \(part.debugDescription)")
            }
        }
    }

    @Test("replacing gives Foundation's text")
    func replacingAsFoundation() {
        for text in Self.texts(count: 3_000) {
            for (target, replacement) in [("\u{2019}", "'"), ("'s", ""), ("ab", "x"), ("\r", "-")] {
                #expect(PlainSearch.replacing(target, with: replacement, in: text)
                        == text.replacingOccurrences(of: target, with: replacement))
            }
        }
    }

    @Test("cells that plainly hold or lack the part", arguments: [
        ("I'm in care", "in care", true), ("Foster carer", "in care", false), ("a;b", ";", true), ("", ";", false),
        ("Yes, sometimes", ", ", true), ("Yes,sometimes", ", ", false),
    ])
    func plainCells(text: String, part: String, holds: Bool) {
        #expect(PlainSearch.contains(text, part) == holds)
    }
}
