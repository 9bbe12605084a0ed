import Testing
@testable import HeardPrivacy

/// Issue 14, everyday-word names read by the slot they stand in (`NameCues.inPersonSlot`): each place only a
/// person fills, with the same word in its ordinary use beside it, which must stay. Every sentence is written
/// for this test (development examples, not a score).
@Suite("Everyday-word names in places only a person fills")
struct NameSlotTests {
    @Test("a name where only a person stands is redacted", arguments: [
        ("i rang june when the heating broke", "i rang [name] when the heating broke"),
        ("texted ivy last night about the trip", "texted [name] last night about the trip"),
        ("we visited hazel in hospital", "we visited [name] in hospital"),
        ("cant stand robin she lies about me", "cant stand [name] she lies about me"),
        ("had a row with iris over the weekend", "had a row with [name] over the weekend"),
        ("i live with marigold now", "i live with [name] now"),
        ("i went with amber at the weekend", "i went with [name] at the weekend"),
        ("me poppy an [name] went swimming", "me [name] an [name] went swimming"),
        ("i had [name] then april then nobody", "i had [name] then [name] then nobody"),
        ("shout out holly for the lifts", "shout out [name] for the lifts"),
        ("hi its amber im 15", "hi its [name] im 15"),
        ("written by lavender", "written by [name]"),
        ("staff member dawn shouted at me", "staff member [name] shouted at me"),
        ("marigold x", "[name] x"),
        ("Verity from Barnardos helped with my forms", "[name] from Barnardos helped with my forms"),
        ("june rang me back", "[name] rang me back"),
        ("august and [name] came to my review", "[name] and [name] came to my review"),
        // A person placed at a service only people work at, then doing or being something.
        ("and dawn at camhs was lovely to me", "and [name] at camhs was lovely to me"),
        ("so star from nspcc helped me fill it in", "so [name] from nspcc helped me fill it in"),
        ("tbh sky from barnardos rang me twice", "tbh [name] from barnardos rang me twice"),
    ])
    func personSlots(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("the same words in their ordinary use stay", arguments: [
        "i hope the heating gets fixed",
        "we will ring you in june when it is sorted",
        "i rang the office in may",
        "we can meet in june x",
        "we visited the rose garden",
        "i cant stand the summer heat",
        "i live with hope that it gets better",
        "art at school is my favourite lesson",
        "the wait at camhs is too long",
        "me and my mates went swimming",
        "we went out in the summer and then in winter",
        "love x",
        "hope from the staff would help",
        "the grey one is mine",
        "summer is the best time of year",
    ])
    func ordinaryUses(text: String) {
        #expect(Redactor().redact(text) == text)
    }

    @Test("a surname that is an everyday word ends a full name", arguments: [
        ("my real dad is Kayden grey but i never met him", "my real dad is [name] [name] but i never met him"),
        ("ring Kayden gold on 07700 900123", "ring [name] [name] on [phone number]"),
        ("Kayden field is my brother", "[name] [name] is my brother"),
    ])
    func surnamesAfterNames(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("an everyday word after a name stays when it is not a surname", arguments: [
        "thanks Kayden best wishes",
        "we all went to Kayden house after",
        "i miss Kayden loads",
    ])
    func wordsAfterNames(text: String) {
        #expect(Redactor().redact(text) == text.replacingOccurrences(of: "Kayden", with: "[name]"))
    }

    @Test("the seldom-word list is learnt from frequencies: rare words in, common words out")
    func seldomList() {
        #expect(Gazetteer.seldomWordNames.contains("marigold"))
        #expect(Gazetteer.seldomWordNames.contains("ivy"))
        #expect(!Gazetteer.seldomWordNames.contains("hope"))
        #expect(!Gazetteer.seldomWordNames.contains("love"))
        #expect(!Gazetteer.seldomWordNames.contains("summer"))
    }
}
