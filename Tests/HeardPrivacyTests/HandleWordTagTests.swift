import Testing
@testable import HeardPrivacy

/// Issue 14, handles round eighteen: gamer tags of several words (after an app and a naming word, before "on
/// <app>" after a joining word, with no number where a frame names them), and a handle's number said in one
/// word or as the rest of a year. Each has the same words in their ordinary use beside it, which must stay.
/// Every sentence is written for this test (development examples).
@Suite("Gamer tags of several words")
struct HandleWordTagTests {
    @Test("a tag of several words is redacted whole", arguments: [
        ("also roblox name fluffy 3k 4", "also roblox name [social media handle]"),
        ("my ps5 name is silver falcon", "my ps5 name is [social media handle]"),
        ("my gamertag is silver falcon and i play most nights", "my gamertag is [social media handle] and i play most nights"),
        ("no phones at night and sleepy panda 404 on xbox", "no phones at night and [social media handle] on xbox"),
        ("i get bored but toxic fn 09 on insta", "i get bored but [social media handle] on insta"),
        ("my snap is moonpie eleven! my carer is nice", "my snap is [social media handle]! my carer is nice"),
        ("my fb is the moon dot two thousand nine", "my fb is the [social media handle]"),
    ])
    func tag(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("the same words in their ordinary use stay", arguments: [
        ("and gta 5 on ps4 is good", "and gta 5 on ps4 is good"),
        ("me and my bro play 2 hours on xbox", "me and my bro play 2 hours on xbox"),
        ("my snap is moonpie ten years ago i", "my snap is [social media handle] ten years ago i"),
        ("add me [social media handle] oh and my carer", "add me [social media handle] oh and my carer"),
        ("my snap is moonpie thanks", "my snap is [social media handle] thanks"),
    ])
    func ordinary(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }
}
