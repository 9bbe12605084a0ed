import Testing
@testable import HeardPrivacy

/// Birthdays written as two ordinals or a day in words alone after a cue, an email with its "@" typed twice,
/// a handle that is an everyday word after "add me on <app>", and the shared loop of the pattern readers. Each
/// reading has an ordinary use beside it that must stay. Examples written for this test (development examples,
/// not a score).
@Suite("Pattern readers: round eight")
struct PatternReadersRoundEightTests {
    private func redact(_ text: String) -> String { Redactor().redact(text) }

    @Test("a birthday as two ordinals, the second the month's number", arguments: [
        ("my bday is the 9th of the 11th", "my bday is the [date]"),
        ("birthday the seventh of the second lol", "birthday the [date] lol"),
        ("dob the 2nd of the 4th 2010 ok", "dob the [date] ok"),
    ])
    func ordinalMonths(text: String, expected: String) {
        #expect(redact(text) == expected)
    }

    @Test("ordinals that are a place or a count stay", arguments: [
        "my birthday is the 2nd of the 6 days off i get",
        "at my birthday party i was the 3rd of the 4 kids to eat",
        "on my bday i came 2nd of the 9 runners",
    ])
    func ordinalCountsStay(text: String) {
        #expect(redact(text) == text)
    }

    @Test("a day in words alone after a birthday cue, ending the sentence", arguments: [
        ("its my birthday on the twenty ninth", "its my birthday on the [date]"),
        ("my bday is on the fourteenth. cant wait", "my bday is on the [date]. cant wait"),
    ])
    func wordDayAlone(text: String, expected: String) {
        #expect(redact(text) == expected)
    }

    @Test("ordinal words after a birthday cue that are no date stay", arguments: [
        "on my birthday i was the fourth to get cake",
        "my birthday was the first time i felt at home",
        "for my bday i came second in the quiz",
    ])
    func ordinalWordsStay(text: String) {
        #expect(redact(text) == text)
    }

    @Test("an email with its @ typed twice", arguments: [
        ("write to me at kestrel.77@@outlook.com pls", "write to me at [email] pls"),
    ])
    func doubledAt(text: String, expected: String) {
        #expect(redact(text) == expected)
    }

    @Test("an email's own part typed alone after the cue", arguments: [
        ("my email is kite.kid7 and i check it", "my email is [email] and i check it"),
        ("email: pebble moon 2011", "email: [email]"),
        ("my email is otter42 but its full", "my email is [email] but its full"),
    ])
    func ownPartAlone(text: String, expected: String) {
        #expect(redact(text) == expected)
    }

    @Test("numbers and words after an email cue that are no email stay", arguments: [
        "she said she would email me 10 times", "my email is down since 2019", "email is the best way to reach me",
    ])
    func emailWordsStay(text: String) {
        #expect(redact(text) == text)
    }

    @Test("after addy, a home address is read as an address, not an email's own part")
    func addyIsAnAddress() {
        #expect(redact("my addy is FLAT 12 the maltings now") == "my addy is [address] now")
    }

    @Test("an everyday word ending the sentence after add me on an app is a handle", arguments: [
        ("add me on insta marigold", "add me on insta [social media handle]"),
        ("follow me on tiktok pebbles. its mostly dances", "follow me on tiktok [social media handle]. its mostly dances"),
    ])
    func addMeOnApp(text: String, expected: String) {
        #expect(redact(text) == expected)
    }

    @Test("words after add me on an app that say when or how stay", arguments: [
        "add me on snap tonight", "add me on insta if you want", "follow me on tiktok for the updates",
        "add me on snap later and we can chat",
    ])
    func addMeOnAppWordsStay(text: String) {
        #expect(redact(text) == text)
    }

    @Test("the shared loop gives each reader the text before and after its match and its groups")
    func sharedLoop() {
        let pattern = Pattern(#"(\d+)-(\d+)"#)
        var seen: [(String, String, String, String?)] = []
        let result = pattern.redact(in: "a 1-2 b 3-4 c", with: .number) { hit in
            seen.append((String(hit.before), String(hit.value), String(hit.after), hit.group(2).map(String.init)))
            return hit.value != "1-2"
        }
        #expect(result == "a 1-2 b [number] c")
        // Last match first; the first match sees the later one already replaced.
        #expect(seen.map(\.1) == ["3-4", "1-2"])
        #expect(seen[1].2 == " b [number] c")
        #expect(seen[0].0 == "a 1-2 b ")
        #expect(seen.map(\.3) == ["4", "2"])
    }
}
