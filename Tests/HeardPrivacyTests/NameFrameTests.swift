import Testing
@testable import HeardPrivacy

/// Issue 14, names round eight: frames of how people write about people (`NameFrames.swift`,
/// `NameInitials.swift`), each beside the same word in its ordinary use, which must stay. Every sentence is
/// written for this test (development examples, not a score).
@Suite("Names read by how people write about people")
struct NameFrameTests {
    @Test("a name in a frame only a person fills is redacted", arguments: [
        ("when i was 12 i was placed with hazel for a year", "when i was 12 i was placed with [name] for a year"),
        ("we went bowling with dawn on friday", "we went bowling with [name] on friday"),
        ("i get on really well with robin", "i get on really well with [name]"),
        ("i stayed with joy and her husband in the summer", "i stayed with [name] and her husband in the summer"),
        ("thx sonny for the lift", "thx [name] for the lift"),
        ("thank you to patience for never giving up", "thank you to [name] for never giving up"),
        ("the kids at school call her sky", "the kids at school call her [name]"),
        ("please bring back willow", "please bring back [name]"),
        ("the person who helped me most was mercy", "the person who helped me most was [name]"),
        ("ok it crystal is my best mate", "ok it [name] is my best mate"),
        ("Bliss was da only one who came to see me", "[name] was da only one who came to see me"),
        ("I had cherry as a tutor in year 9", "I had [name] as a tutor in year 9"),
        ("my key worker is called will ive known him ages", "my key worker is called [name] ive known him ages"),
        ("Sunny an pearl share a bedroom", "[name] an [name] share a bedroom"),
        ("saffron works at the cafe now", "[name] works at the cafe now"),
        ("I never know whats happening Thx Rosemary for listening", "I never know whats happening Thx [name] for listening"),
    ])
    func peopleFrames(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("the same words in their ordinary use stay", arguments: [
        "i went there with hope for a better life",
        "we went shopping with money from my grant",
        "i get on well with everyone here",
        "thanks for everything you did",
        "thank you to the staff for the party",
        "we call her mum now",
        "i will call her on sunday",
        "please bring back the old rules",
        "the best thing about it was summer",
        "it rains every day here",
        "the new girl is really kind",
        "i had cake as a treat",
        "the sun and rain were nice",
        "it was the best summer ever",
        "my phone works at last",
    ])
    func ordinaryUses(text: String) {
        #expect(Redactor().redact(text) == text)
    }

    @Test("a surname after an initial or a title is redacted", arguments: [
        ("j. pound actually listens to me", "j. [name] actually listens to me"),
        ("I want P. White to be my sw again", "I want P. [name] to be my sw again"),
        ("i really hate h cross", "i really hate h [name]"),
        ("coach swift at the home is strict", "coach [name] at the home is strict"),
        ("prof black put me in isolation", "prof [name] put me in isolation"),
        ("the judge thatcher decided i couldnt go home", "the judge [name] decided i couldnt go home"),
        ("ask miss crow about my exam", "ask miss [name] about my exam"),
    ])
    func surnameAfterInitialOrTitle(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("an initial, a title or a surname in ordinary use stays", arguments: [
        "i spent a pound on sweets",
        "we r young and we get treated like babies",
        "the coach broke down on the way",
        "i miss snow at christmas",
        "the judge was fair to me",
        "i put a cross in the box",
        "I NEED HELP W MONEY AND BILLS",
        "we had a talk from the Children in Care Council",
        "as this girl is really popular",
    ])
    func ordinarySurnameWords(text: String) {
        #expect(Redactor().redact(text) == text)
    }
}
