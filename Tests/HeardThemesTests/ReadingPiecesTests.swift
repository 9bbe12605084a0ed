import Testing
@testable import HeardCore
@testable import HeardThemes

/// The tagger's reading keeps one string per word and reads a few things from bytes (issue 17, twenty-second
/// round): each piece must say exactly what the slower reading it replaced said.
@Suite("Tagger reading pieces")
struct ReadingPiecesTests {
    /// Texts with and without "?" and digits, outside ASCII too, where the bytes of other characters come near
    /// "?" (63) and the digits (48-57) but are not them.
    static let texts = [
        "", "?", "7", "no question here", "why?", "aged 15", "is it 15?", "٣ arabic digit", "full width ？ and ７",
        "emoji 😀 then ?", "naïve café", "Żaneta said 0", "\u{2047} double question", ">=<;:/", "ends with 9",
    ]

    @Test("a question mark and a digit are found from the bytes as the string's own search finds them", arguments: texts)
    func questionAndDigit(text: String) {
        let found = CommentFeatures.questionAndDigit(text)
        #expect(found.question == text.utf8.contains(63))
        #expect(found.digit == text.utf8.contains(where: { $0 >= 48 && $0 <= 57 }))
    }

    @Test("random texts: the one pass agrees with the two searches")
    func questionAndDigitRandom() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["a", "?", "1", "0", "9", "/", ":", "é", "？", "😀", " ", "\n", "'"]
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let found = CommentFeatures.questionAndDigit(text)
            #expect(found.question == text.utf8.contains(63), "\(text)")
            #expect(found.digit == text.utf8.contains(where: { $0 >= 48 && $0 <= 57 }), "\(text)")
        }
    }

    @Test("a read word's stem and model stem are its text stemmed and its irregular form's stem, as spelled out before")
    func readWordStems() {
        let comments = ["I'd like to be told more", "we felt better when they listened", "the carers were kind",
                        "ur sw never rings me back", "id card lost"]
        for comment in comments {
            for word in CommentReader.read(TextReading(comment)) {
                #expect(word.stem == Stemmer.stem(word.word))
                #expect(word.modelStem == (WordForms.modelStem(of: word.word) ?? Stemmer.stem(word.word)), "\(word.word)")
            }
        }
        let split = CommentReader.read(TextReading("I'd go")).map(\.word)
        #expect(split == ["i", "would", "go"])
    }

    @Test("sentences without a word are left out and each sentence keeps its words in order")
    func sentences() throws {
        let tagger = KeywordTagger(framework: try #require(BuiltInCodebooks.frameworks().first))
        let reading = Reading(text: "I like it here. !!! The staff are kind... ok", index: tagger.index, explains: false)
        let sentences = reading.sentences
        #expect(sentences.map(\.words) == [["i", "like", "it", "here"], ["the", "staff", "are", "kind"], ["ok"]])
        #expect(sentences.map(\.roles.count) == [4, 4, 1])
        #expect(Reading(text: "...", index: tagger.index, explains: false).sentences.isEmpty)
    }
}
