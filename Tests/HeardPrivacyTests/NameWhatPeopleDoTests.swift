import Testing
@testable import HeardPrivacy

/// Issue 14, names round nineteen: everyday-word names in lower case where the sentence treats the word as a
/// person: what only a person does to the writer ("dropped me off"), a clause
/// that goes on past exclamation marks ("X!!! is the only one who"), a surname that is also an English word
/// after "surname is", and a word no list holds loved or asked as only a person is ("love you zeb"). Each place has the same words in
/// their ordinary use beside it, which must stay. Every sentence is written for this test (development examples).
@Suite("Names by what the sentence says a person does")
struct NameWhatPeopleDoTests {
    @Test("a name treated as a person is redacted", arguments: [
        ("lol holly!!! is the only one who gets me", "lol [name]!!! is the only one who gets me"),
        ("ngl poppy!! was there for me", "ngl [name]!! was there for me"),
        ("tbh amber dropped me off at the station", "tbh [name] dropped me off at the station"),
        ("honestly ivy understands me", "honestly [name] understands me"),
        ("my real surname is baker, not my dads", "my real surname is [name], not my dads"),
        ("my last name is cook", "my last name is [name]"),
        ("love you zeb", "love you [name]"),
        ("asked tez if i could go", "asked [name] if i could go"),
    ])
    func named(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("the same words in their ordinary use stay", arguments: [
        "wow!!! is that true",
        "so good!! is it ok",
        "the bus dropped me off at college",
        "my grades dropped me down a set",
        "love you bby",
        "love u lots",
        "love you fam",
        "my surname is the same as my mums",
        "nobody understands me",
    ])
    func ordinary(text: String) {
        #expect(Redactor().redact(text) == text)
    }
}
