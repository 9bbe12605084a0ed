import Testing
@testable import HeardPrivacy

/// Schools called "the ...", a school noun opening its clause, going to a school in its town, and a case's number
/// after "#"; each beside ordinary sentences of the same words that must stay. Sentences written for these tests.
@Suite("Schools by frame and numbers after a hash")
struct SchoolGoingAndHashNumberTests {
    private func redact(_ text: String) -> String { Redactor().redact(text) }

    @Test("a school is found by its frame", arguments: [
        ("they sent me to the lantern for year 10 and it was ok", "lantern"),
        ("i like it here (school is Fernvale) and the food is ok", "Fernvale"),
        ("i like it here (school is fernvale) and the food is ok", "fernvale"),
        ("my little brother goes to Quarrendon in Grimsby now", "Quarrendon"),
    ])
    func found(text: String, school: String) {
        let redacted = redact(text)
        #expect(redacted.contains("[school]") && !redacted.contains(school), "\(redacted)")
    }

    @Test("ordinary going, places and school talk stay", arguments: [
        "we go to the zoo in chester", "i go to the gym in leeds", "we go to Tesco in Grimsby on saturdays",
        "i go to the Odeon in Hull", "life is alright at the minute, doing level 2 at college", "my school is boring",
        "(school is fine) and the teachers help", "i went to the cinema in town", "im at the hospital for year 11 stuff",
    ])
    func stays(text: String) {
        #expect(redact(text) == text)
    }

    @Test("a case's number after a hash is a reference; a year or a rank is not", arguments: [
        ("my subject access request #50213 never got answered", true), ("complaint # 448812 still open", true),
        ("ticket #0093 closed", true), ("best year ever #2024", false), ("we came #1 in the league", false),
    ])
    func hashNumber(text: String, isReference: Bool) {
        #expect(redact(text).contains("[reference]") == isReference, "\(redact(text))")
    }
}

/// Emails spelt letter by letter, with a number said after them, and providers said in pieces or after "the".
/// Written for these tests.
@Suite("Emails spelt letter by letter")
struct SpeltEmailTests {
    @Test("a spelt email goes whole", arguments: [
        "my email is q. u. i. l. l at the hotmail dot co dot uk. thanks",
        "use b-r-i-a-r seven two at a o l dot com please",
        "its m, o, s, s underscore two thousand and nine at the hot mail dot com ok",
        "email me at wrenfield at proton mail dot com",
    ])
    func spelt(text: String) {
        let redacted = Redactor().redact(text)
        #expect(redacted.contains("[email]"), "\(redacted)")
        for piece in ["u. i", "r-i-a", "o, s", "wrenfield", "two thousand", "seven two"] { #expect(!redacted.contains(piece), "\(redacted)") }
    }

    @Test("letters and 'at the' in ordinary sentences stay", arguments: [
        "me and my mate were at the park", "i got a b and c at gcse", "we met at the hotel near the station",
    ])
    func ordinary(text: String) {
        #expect(Redactor().redact(text) == text)
    }
}
