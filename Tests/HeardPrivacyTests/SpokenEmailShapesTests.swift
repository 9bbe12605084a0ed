import Testing
@testable import HeardPrivacy

/// Emails and handles said aloud in the shapes issue 14 still leaked: a dot said "period" or "point", "at sign",
/// a filler after "at", a provider misspelt or spaced, "dot co uk", an own part of two words and a number, an email
/// glued into one word, "the at" before a handle and a number after it. Examples written for these tests.
@Suite("Emails and handles said aloud")
struct SpokenEmailShapesTests {
    @Test("an email said aloud goes whole", arguments: [
        ("its tom dot jones at gmail period com", "its [email]"),
        ("contact me tom at sign gmail dot com", "contact me [email]"),
        ("she uses pip99 at like gmail dot com", "she uses [email]"),
        ("pip99 at uh hotmail", "[email]"),
        ("my email is sunshine at hot mail", "my email is [email]"),
        ("reach me on pip99 at gmial", "reach me on [email]"),
        ("my email is sunshine at hotmail dot co uk", "my email is [email]"),
        ("its lily rose 2008 at icloud dot com", "its [email]"),
        ("mail me at pip93aticlouddotcom ok", "mail me at [email] ok"),
        ("my emails x moon one three two at live if u need me", "my emails [email] if u need me"),
    ])
    func spokenEmail(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("after a provider named as the email, words and a number are its own part")
    func providerCue() {
        let redacted = Redactor().redact("my gmail is lily rose 2008")
        #expect(redacted.hasSuffix("is [email]"))
        #expect(!redacted.contains("lily") && !redacted.contains("2008"))
    }

    @Test("ordinary words with 'at', 'point' and 'period' stay", arguments: [
        "at one point i was at school at 9",
        "my email is broken at the moment",
        "we had a period of time at home and it was ok",
        "i live at home with my nan and it is like fine",
        "what at least",
    ])
    func ordinary(text: String) {
        #expect(Redactor().redact(text) == text)
    }

    @Test("the rest of a handle said aloud goes with it", arguments: [
        ("roblox user is the at pip_w66 and thats it", "roblox user is [social media handle] and thats it"),
        ("my snap is pip_x rain 2004 ok", "my snap is [social media handle] ok"),
        ("my snap is pip_x 44, add me", "my snap is [social media handle], add me"),
    ])
    func handleTail(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("a count or a year said after a handle stays", arguments: [
        ("my tiktok is pip_x 2000 followers", "my tiktok is [social media handle] 2000 followers"),
        ("my insta is pip_x since 2019", "my insta is [social media handle] since 2019"),
        ("my snap is pip_x 12 times a day", "my snap is [social media handle] 12 times a day"),
    ])
    func handleCount(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("the email hint opens for every new shape")
    func hintOpens() {
        for text in ["pip at gmial", "pip at hot mail", "pip at sign gmail", "pip at like gmail", "pip at i cloud"] {
            #expect(ShapeHints(text).spokenEmail, "\(text)")
        }
        #expect(ShapeHints("pip93aticlouddotcom").gluedEmail)
        #expect(!ShapeHints("i went to the dotcom bubble talk").gluedEmail)
    }
}
