import Testing
@testable import HeardPrivacy

/// Issue 14, names round nine: signals that hold whatever the phrasing (`NameWriting.swift`): how the writer
/// uses capitals, everyday-word names in capitals, surnames after a name, a month or a modal before a
/// surname, and a name after "the new girl". Each beside the same word in its ordinary use, which must stay.
/// Every sentence is written for this test (development examples, not a score).
@Suite("Names read by how the comment is written")
struct NameWritingTests {
    @Test("a name these signals read is redacted", arguments: [
        // A writer who opens sentences in lower case capitalises only names.
        ("i got moved again. Hope sorted my bus pass", "i got moved again. [name] sorted my bus pass"),
        // An everyday-word name in capitals in a comment that is not shouting.
        ("me ROBIN and Kasia are like twins", "me [name] and [name] are like twins"),
        ("RUBY x the reviews are long", "[name] x the reviews are long"),
        // A surname with an owner's "s" and no apostrophe, after a given name.
        ("amber whites nan picks me up", "[name] [name] nan picks me up"),
        // A surname that is a small word, after a name.
        ("Kasia Day was my key worker", "[name] [name] was my key worker"),
        ("you can ring Kasia day on 07700 900456", "you can ring [name] [name] on [phone number]"),
        // A month or a modal before a surname.
        ("hiya im april Kowalczyk and i am 15", "hiya im [name] [name] and i am 15"),
        ("will Kowalczyk from the council got me a flat", "[name] [name] from the council got me a flat"),
        // ...while a month after "in" and a modal before a verb stay.
        ("in april Kowalczyk moved out", "in april [name] moved out"),
        ("will Kowalczyk come to my review", "will [name] come to my review"),
        // A name after "the new girl".
        ("the new boy hope was kind to me", "the new boy [name] was kind to me"),
        ("i was happy Kasia came to my review", "i was happy [name] came to my review"),
        ("no one else will  Kasia helped me fill the forms in", "no one else will  [name] helped me fill the forms in"),
        // A cue word mistyped still marks the name beside it.
        ("rnag ruby when i got kicked out", "rnag [name] when i got kicked out"),
        ("me and my broher rose go to college", "me and my broher [name] go to college"),
        ("robin neever turns up on time", "[name] neever turns up on time"),
        // Word names.
        ("i moved in with bear Kowalczyk last year", "i moved in with [name] [name] last year"),
    ])
    func redacted(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("the same words in their ordinary use stay", arguments: [
        "i got moved again. Hope you like the new house",
        "i dunno. Will they let me stay? The staff are ok",
        "i dunno. Summer is the best time of year",
        "I was SO angry and i LOVE my room",
        "the greens at tea were horrible",
        "we had a family day out at the beach",
        "the new boy is kind to me",
        "as this girl is really popular",
        "i feel blue today and a bit happy",
        "the rich kids get everything",
        "rang PIP at nine and waited all day",
        "111 were useless. Born in Hull",
        "the meetnig was long and my broher was bored",
        "we neever have hope in the meetings",
    ])
    func ordinaryUses(text: String) {
        #expect(Redactor().redact(text) == text)
    }
}

/// The slips `NameCueSpelling` reads as a cue, and the words it leaves alone.
@Suite("Cue words mistyped")
struct NameCueSpellingTests {
    @Test("one slip from a cue word is the cue") func slips() {
        #expect(NameCueSpelling.cue(for: "rnag") == "rang")
        #expect(NameCueSpelling.cue(for: "huggged") == "hugged")
        #expect(NameCueSpelling.cue(for: "broher") == "brother")
        #expect(NameCueSpelling.cue(for: "littlle") == "little")
    }

    @Test("a four-letter cue is reached only by a swap, and other words are no cue") func notSlips() {
        #expect(NameCueSpelling.cue(for: "ran") == nil)
        #expect(NameCueSpelling.cue(for: "rangs") != "rang")
        #expect(NameCueSpelling.cue(for: "tymarni") == nil)
        #expect(NameCueSpelling.cue(for: "kowalczyk") == nil)
    }
}
