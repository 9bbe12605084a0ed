import Testing
@testable import HeardPrivacy

/// Apps named in the spellings `HandlePlaces` knows are ordinary words, not people's names (issue 14, eleventh
/// round): the app stays, the handle after it goes, and people's names are still found. Examples written for
/// these tests.
@Suite("App names are not people's names")
struct AppNamesTests {
    @Test("an app after \"add me on\" stays, in any spelling or alphabet the list holds", arguments: [
        "add me on snapp",
        "add me on инстаграм",
        "add me on tiktoku lol",
        "add me on face book",
        "we talk on снап every night",
    ])
    func appStays(text: String) {
        #expect(Redactor().redact(text) == text)
    }

    @Test("the handle after the app is still redacted, the app kept", arguments: [
        ("add me on snapp its kai_r09", "add me on snapp its [social media handle]"),
        ("add me on инстаграм @lemon.drop7", "add me on инстаграм [social media handle]"),
        ("add me on discord .moonpie. after school", "add me on discord [social media handle]. after school"),
    ])
    func handleRedacted(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("a person's name beside an app is still redacted", arguments: [
        ("me and priya went to the park and i added her on snapp", "me and [name] went to the park and i added her on snapp"),
        ("ask Kemi to add me on snapp", "ask [name] to add me on snapp"),
        ("my insta is jade.m_22 and my friend Tamsin is on it too",
         "my insta is [social media handle] and my friend [name] is on it too"),
    ])
    func personRedacted(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("an app's spelling that is also a surname is a name after a title or a cue with a capital", arguments: [
        ("Mr Snapp is my form tutor", "Mr [name] is my form tutor"),
        ("my friend Snapp said hi", "my friend [name] said hi"),
    ])
    func titledSurname(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("the name finder reads apps from the one list HandlePlaces reads")
    func oneList() {
        let words = Words("add me on snapp and tik tok")
        let items = words.items
        let apps = items.indices.filter { NameDecision.namesApp(items, at: $0) }.map { items[$0].lower }
        #expect(apps == ["snapp", "tik", "tok"])
    }
}
