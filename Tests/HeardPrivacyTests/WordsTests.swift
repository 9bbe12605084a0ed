import Testing
@testable import HeardPrivacy

@Suite("Reading a comment's words")
struct WordsTests {
    @Test("the byte reading of an ASCII comment finds exactly what the Character reading finds")
    func fastPathAgrees() throws {
        let texts = try (corpus("held-out.csv") + corpus("dev.csv")).map(\.text)
        let awkward = ["Jo's mum-", "it's [name] ok", "A. B", "I'M OK\r\nyes", "--'", "[unclosed", "ok]] x", ""]
        for text in texts + texts.map({ $0.uppercased() }) + awkward {
            let slow = Words(text, fastPath: false), fast = Words(text)
            #expect(slow.items.map(\.text) == fast.items.map(\.text))
            #expect(slow.items.map(\.lower) == fast.items.map(\.lower))
            #expect(slow.items.map(\.range) == fast.items.map(\.range))
            #expect(slow.items.map(\.isCapitalised) == fast.items.map(\.isCapitalised))
            #expect(slow.items.map(\.startsSentence) == fast.items.map(\.startsSentence))
            #expect(slow.items.map(\.isAfterBreak) == fast.items.map(\.isAfterBreak))
            #expect(slow.shouting == fast.shouting)
        }
    }

    @Test("a line break starts a sentence, whether it is LF or CRLF")
    func lineBreaks() {
        for text in ["fine\nJay said", "fine\r\nJay said"] {
            for fast in [true, false] {
                #expect(Words(text, fastPath: fast).items[1].startsSentence)
            }
        }
    }
}
