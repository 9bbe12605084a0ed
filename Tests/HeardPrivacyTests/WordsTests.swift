import Testing
@testable import HeardPrivacy

@Suite("Reading a comment's words for redaction")
struct WordsTests {
    @Test("names keep their own letters and are looked up without their marks")
    func everyAlphabet() {
        let words = Words("Żaneta, Ștefan and Ayşe met Олександр").items
        #expect(words.map(\.key) == ["zaneta", "stefan", "and", "ayse", "met", "олександр"])
        #expect(words[0].text == "Żaneta" && words[0].isCapitalised)
        #expect(words[5].isCapitalised)
    }

    @Test("a hyphenated name is one word; a possessive loses its 's")
    func hyphensAndPossessives() {
        let words = Words("Keziah-Rae's mum and O'Brien").items
        #expect(words.map(\.lower) == ["keziah-rae", "mum", "and", "obrien"])
        #expect(words[0].text == "Keziah-Rae's" || words[0].text == "Keziah-Rae")
    }

    @Test("a word knows the placeholder beside it and a break after one")
    func placeholders() {
        let words = Words("ask Jay [name] or [phone number] Smith").items
        #expect(words[1].placeholderAfter == .name)
        let smith = words.last!
        #expect(smith.placeholderBefore == .phone && smith.isAfterBreak)
    }

    @Test("a line break starts a sentence, whether it is LF or CRLF")
    func lineBreaks() {
        for text in ["fine\nJay said", "fine\r\nJay said"] {
            #expect(Words(text).items[1].startsSentence)
        }
    }

    @Test("capitals say nothing when most of a comment is in capitals or title case")
    func casual() {
        #expect(Words("MY SW IS RUBBISH AND NEVER RINGS").shouting)
        #expect(Words("I Like Living Here With My Carers").titleCase)
        #expect(!Words("I like living here with Jay").titleCase)
    }
}
