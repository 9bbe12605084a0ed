import Testing
@testable import HeardPrivacy

/// Issue 14, words wrongly taken for names because of where they stand (`NameThings.swift`): a school subject
/// before its teacher or lesson, a service before what it issues, a place after "isle of". Beside each, a person's
/// name in the same place, which must still go. Every sentence is written for this test (development examples).
@Suite("Subjects and services before what they have are no names")
struct NameThingTests {
    @Test("a subject or a service stays", arguments: [
        "my Music teacher is kind",
        "my spanish teacher said well done",
        "our Drama lesson was fun",
        "my nass number is on the letter",
        "my ukvi letter came today",
        "the esa claim got stopped",
        "isle of skye was lovely",
    ])
    func thing(text: String) {
        #expect(Redactor().redact(text) == text)
    }

    @Test("a person's name in the same place still goes", arguments: [
        ("my Jade number is on my phone", "my [name] number is on my phone"),
        ("my sarah support worker rang", "my [name] support worker rang"),
        ("i have a Jade appointment", "i have a [name] appointment"),
        ("the Smith claim was sorted", "the [name] claim was sorted"),
        ("my sw Kayden letter came", "my sw [name] letter came"),
    ])
    func person(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }
}
