import HeardCore
import Testing
@testable import HeardPrivacy

/// A comment's words carry their gazetteer flags, looked up once when read (`Words.Word.knownLists`); asking
/// `lists` must answer what the flag table says of the word's key, before and after a cue is read for a slip.
@Suite("Words read with their gazetteer lists")
struct WordListsTests {
    static let comments = [
        "My sw Jade Thompson said Will and Hope can come to Alton Towers",
        "me n my broher rose went to the park wiv Żaneta and Олександр",
        "I LIKE MY CARERS AND MY NAN IN GRIMSBY",
        "ask for kyle at 12 Oak Road, he's in Mrs O'Brien's class",
        "my littlle brother patience and i huggged may",
        "وليد said Yến and dũng were at the Saint Bede's Academy",
    ]

    @Test("each word's lists are the flag table's entry for its key")
    func listsAreTheTable() {
        for comment in Self.comments {
            for word in Words(comment).items {
                #expect(word.knownLists == (Gazetteer.flags[word.key] ?? []), "\(word.key)")
                #expect(word.lists == (Gazetteer.flags[word.key] ?? []), "\(word.key)")
            }
        }
    }

    @Test("a word read as the cue it is a slip of answers for the cue's key")
    func correctedWordsAskAgain() {
        var read = 0
        for comment in Self.comments {
            let items = Words(comment).items
            let corrected = NameCueSpelling.corrected(items)
            for (before, after) in zip(items, corrected) {
                #expect(after.lists == (Gazetteer.flags[after.key] ?? []), "\(after.key)")
                if before.key != after.key {
                    read += 1
                    #expect(after.knownLists == nil)
                }
            }
        }
        // "broher", "littlle", "huggged": the comments hold slips of cues, so the test reads some.
        #expect(read >= 2)
    }

    @Test("words read without the lists look them up when asked")
    func withoutLists() {
        for comment in Self.comments {
            for word in Words(TextReading(comment), lists: false).items {
                #expect(word.knownLists == nil)
                #expect(word.lists == (Gazetteer.flags[word.key] ?? []))
            }
        }
    }
}
