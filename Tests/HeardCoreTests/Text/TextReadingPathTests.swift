import Testing
@testable import HeardCore

/// The byte path for ASCII and the Unicode path must read alike: the fast path is an optimisation, never a
/// different reading.
@Suite("Text reader: ASCII and Unicode paths agree")
struct TextReadingPathTests {
    @Test("the ASCII table agrees with Unicode's properties on all 128 ASCII scalars")
    func asciiTable() {
        for value in 0..<128 {
            let scalar = Unicode.Scalar(UInt8(value))
            #expect(CharacterClass.ascii(UInt8(value)) == CharacterClass.of(scalar), "ASCII \(value)")
        }
    }

    /// A small deterministic generator (the same strings on every run and machine).
    private struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    private static let pieces = [
        "ur", "sw", "wont", "ring", "me", "bk", "I", "don't", "Dont", "never", "no", "one", "nobody", "but", "and",
        "because", "he", "she", "hits", "Mr", "jay.smith", "3.5", "10:30", "07700", "1,000", "[name]", "[phone number]",
        "[", "]", "b4", "2nite", "no1", "idk", "step-dad", "Jay's", "carers'", "SW", "NHS", "HELP", "x", "e.g",
        ".", "...", "!", "?!", ",", ";", ":", "(", ")", " - ", "-", "\"", "'", "`", "#", "@", "&", "*", "/", "_",
        "+", "<3", "=", "$5", "~", "|", "^", "%", "{", "}", "\\", "\n", "\r\n", "\t", "  ", "JAY'S", "O'Neill",
        // Not ASCII: both paths take the Unicode route for these, around ASCII neighbours.
        "Żaneta", "don’t", "Ștefan’s", "Işıl", "Дима", "محمد", "😭", "👍🏽", "“", "”", "—", "…", "\u{00A0}", "cafe\u{301}",
    ]

    @Test("the two paths give the same tokens on 4,000 generated comments")
    func generatedComments() {
        var generator = Generator(state: 2025)
        var checked = 0
        for _ in 0..<4_000 {
            var text = ""
            for _ in 0..<(1 + generator.next(24)) {
                text += Self.pieces[generator.next(Self.pieces.count)]
                if generator.next(3) > 0 { text += " " }
            }
            let fast = TextReading(text, lexicon: .standard, asciiFastPath: true)
            let slow = TextReading(text, lexicon: .standard, asciiFastPath: false)
            #expect(fast.tokens == slow.tokens, "\(text.debugDescription)")
            checked += fast.tokens.count
        }
        #expect(checked > 40_000)
    }

    @Test("the two paths agree on every printable ASCII pair")
    func everyPair() {
        for first in 32..<127 {
            for second in 32..<127 {
                let text = String(UnicodeScalar(UInt8(first))) + String(UnicodeScalar(UInt8(second))) + "a"
                let fast = TextReading(text, lexicon: .standard, asciiFastPath: true)
                let slow = TextReading(text, lexicon: .standard, asciiFastPath: false)
                #expect(fast.tokens == slow.tokens, "\(text.debugDescription)")
            }
        }
    }
}
