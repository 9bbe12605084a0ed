import Testing
@testable import HeardPrivacy

/// Issue 14, names round fourteen (re-landed from n14-names4): any word as a nickname between a relation and what
/// only a person does, who a relation is now, a word paired with "me", someone given a card, asked or loved, a
/// surname named as one; and words wrongly taken for names (a language or a country, "til"). Each rule has the
/// same words in their ordinary use beside it, which must stay. Every sentence is written for this test
/// (development examples).
@Suite("Nicknames and words wrongly taken for names")
struct NameNicknameTests {
    @Test("a name or nickname in one of these places is redacted", arguments: [
        ("my partner biggie took me bowling", "my partner [name] took me bowling"),
        ("my iro pickle doesnt even listen", "my iro [name] doesnt even listen"),
        ("my son chubby was there for me", "my son [name] was there for me"),
        ("uncle autumn is always late to meetings", "uncle [name] is always late to meetings"),
        ("my step dad july is really nice to me", "my step dad [name] is really nice to me"),
        ("my grandad july helped me with my bank", "my grandad [name] helped me with my bank"),
        ("the manager may made me feel safe", "the manager [name] made me feel safe"),
        ("My sw (its willow now) helps me", "My sw (its [name] now) helps me"),
        ("bean and me fell out last week", "[name] and me fell out last week"),
        ("cookie is the only one who listens", "[name] is the only one who listens"),
        ("fern pls ring me", "[name] pls ring me"),
        ("i got may a card for her birthday", "i got [name] a card for her birthday"),
        ("i asked indigo if i could go", "i asked [name] if i could go"),
        ("luv u july x", "luv u [name] x"),
        ("i want june back as my sw", "i want [name] back as my sw"),
        ("i share a room wiv treasure now", "i share a room wiv [name] now"),
        ("i told may fr", "i told [name] fr"),
        ("my maths tutor rose is nice", "my maths tutor [name] is nice"),
        ("love u squeak x", "love u [name] x"),
        ("my dads surname is pickering", "my dads surname is [name]"),
        ("so pickering is my dads surname", "so [name] is my dads surname"),
        ("jade and me went out", "[name] and me went out"),
        ("my uni is DMU and i started boxing", "my uni is [school] and i started boxing"),
    ])
    func named(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("the same words in their ordinary use stay", arguments: [
        "my carer is strict but fair",
        "my sw is sound",
        "my mum car is really nice",
        "my carer kids took me bowling",
        "me and my mates nobody listens to us",
        "its august now and cold",
        "in july we went to the beach",
        "food and me dont get on",
        "love u loads x",
        "summer is the best time",
        "i got a card for my birthday",
        "i asked if i could go",
        "my mum is from kurdistan",
        "my foster carers are portuguese",
        "i want to stay here til im 21",
        "i may let you know",
        "i share a room with my sister",
        "what is my surname",
        "we went to pickering on the train",
        "i speak portuguese at home",
        "i speak irish with my nan",
        "chelsea beat arsenal on sunday",
        "my carer made me feel safe n i like it",
    ])
    func ordinary(text: String) {
        #expect(Redactor().redact(text) == text)
    }
}
