import Testing
@testable import HeardPrivacy

/// Issue 14, names round seventeen: places only a person fills, read for any word, on a name list or not
/// (`NameNicknamePlaces.swift`): a bracket saying who the word is, a one-word sign-off with a kiss, "from X" opening
/// the last clause, an age, a quarrel, "ask X she knows", a
/// relation set off by commas, thanks at the end. Each place has the same words in their ordinary use
/// beside it, which must stay. Every sentence is written for this test (development examples).
@Suite("Nicknames in places only a person fills")
struct NameNicknamePlacesTests {
    @Test("a nickname in one of these places is redacted", arguments: [
        ("sprout (my sw) never rings back", "[name] (my sw) never rings back"),
        ("the flat is cold, muffin xx", "the flat is cold, [name] xx"),
        ("i want more contact - turnip x", "i want more contact - [name] x"),
        ("i want my own phone. from pebble", "i want my own phone. from [name]"),
        ("pocket money is late - from toffee and [name]", "pocket money is late - from [name] and [name]"),
        ("written by gravy (17)", "written by [name] (17)"),
        ("written by gravy age 16", "written by [name] age 16"),
        ("i argued with noodle again", "i argued with [name] again"),
        ("i fell out with sprout at contact", "i fell out with [name] at contact"),
        ("got told off by pebble for nothing", "got told off by [name] for nothing"),
        ("ask toffee she knows where it is", "ask [name] she knows where it is"),
        ("we went out, and Sprout, my foster brother, is moving", "we went out, and [name], my foster brother, is moving"),
        ("thank you noodle for everything", "thank you [name] for everything"),
        ("the flat is fine also thx pebble", "the flat is fine also thx [name]"),
        ("i want to see my nan more and from gravy", "i want to see my nan more and from [name]"),
    ])
    func named(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("the same words in their ordinary use stay", arguments: [
        "i need help with money (my sw said she would help)", "the house (my placement) is cold",
        "the flat is cold, thanks x", "i want more contact - love x", "i want my own phone. cheers x",
        "i moved away from home and i miss it", "i came straight from school", "my dog (3) is called that",
        "i went to school age 11", "i argued with the staff again",
        "i fell out with my mum", "got told off by staff for nothing", "ask the office she knows",
        "ask if she knows", "Thanks, my carer, for everything", "thank you all for everything", "thanks again for listening",
        "thx mate", "i get the bus to and from school", "cheers guys x", "its hard, claim: [reference]; x", "the bike (16 gears) was nice", "my bike (16) is old",
    ])
    func ordinary(text: String) {
        #expect(Redactor().redact(text) == text)
    }
}
