import Foundation
import Testing
@testable import HeardCore
@testable import HeardThemes

@Suite("Frequent words in comments Heard could not place")
struct UnmatchedWordsTests {
    @Test("words and phrases in at least three comments, most first; common words, numbers and placeholders never")
    func frequent() {
        let texts = [
            "we want a later curfew on saturdays", "the curfew is too early for me", "later curfew please",
            "i want a later curfew", "[name] told [name] about the bus fare", "bus fare costs too much",
            "the bus fare is 3 pounds", "really really really", "3 3 3", "[name] [name]",
        ]
        let terms = UnmatchedWords.frequent(texts, minimumComments: 3)
        #expect(terms.first == UnmatchedWords.Term(text: "curfew", comments: 4))
        #expect(terms.contains(UnmatchedWords.Term(text: "later curfew", comments: 3)))
        #expect(terms.contains(UnmatchedWords.Term(text: "bus fare", comments: 3)))
        // "bus" and "fare" are in no more comments than "bus fare", so the phrase stands for them.
        #expect(!terms.contains { $0.text == "bus" || $0.text == "fare" })
        #expect(!terms.contains { $0.text.contains("name") || $0.text == "really" || $0.text == "the" || $0.text == "3" })
    }

    @Test("a word in fewer comments than the minimum is never listed, however often one comment repeats it")
    func minimum() {
        let texts = ["karate karate karate karate", "karate is fun", "swimming is fun"]
        #expect(UnmatchedWords.frequent(texts, minimumComments: 3).isEmpty)
        #expect(UnmatchedWords.frequent(texts, minimumComments: 2).map(\.text).contains("karate"))
    }

    @Test("text-speak is spelled out before counting")
    func textSpeak() {
        let texts = ["my sw is late", "sw never rings", "the social worker left"]
        #expect(UnmatchedWords.frequent(texts, minimumComments: 3).map(\.text) == ["social worker"])
    }

    @Test("the common words file is embedded as written, and adds to the function words")
    func commonWordsFile() throws {
        let path = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appending(path: "Sources/HeardThemes/Data/common-words.txt")
        #expect(try String(contentsOf: path, encoding: .utf8) == EmbeddedData.commonWords)
        let own = DataFile.lines(EmbeddedData.commonWords).map { String($0.text) }
        #expect(Set(own).isDisjoint(with: FunctionWords.words), "a word in both lists")
        #expect(UnmatchedWords.commonWords.isSuperset(of: FunctionWords.words) && UnmatchedWords.commonWords.contains("really"))
    }
}
