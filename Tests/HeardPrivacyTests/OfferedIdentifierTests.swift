import Testing
@testable import HeardPrivacy

/// Identifiers a young person offers as theirs ("my nhs number is", "my id on the system is") are redacted by
/// that offer, whatever their grouping or validity; the same digits and words elsewhere stay. Examples written
/// for this test in our own words (development examples, not a score).
@Suite("Identifiers offered as one")
struct OfferedIdentifierTests {
    private func redact(_ text: String) -> String { Redactor().redact(text) }

    @Test("an NHS number after its cue goes however it is grouped, check digit or not", arguments: [
        ("my nhs number 321,654,9870 is on the form", "my nhs number [NHS number] is on the form"),
        ("nhs no 321_654_9870", "nhs no [NHS number]"),
        ("health number 3216 54 9870 thanks", "health number [NHS number] thanks"),
        ("nhs: 32 16 54 98 70x", "nhs: [NHS number]x"),
        ("my nhs number? 321 654 9870 i think", "my nhs number? [NHS number] i think"),
        ("the number on my health card is 3 2 1 6 5 4 9 8 7 0", "the number on my health card is [NHS number]"),
    ])
    func cuedNHSNumber(text: String, expected: String) {
        #expect(redact(text) == expected)
    }

    @Test("numbers near the cue that are no NHS number stay", arguments: [
        "the health visitor came in 2019, 2020 and 21",
        "i went to nhs 111 and waited 4 hours",
        "mental health support 2 times a week since 2021 2022",
        "nhs said wait 12 weeks for the appointment",
    ])
    func ordinaryNumbersStay(text: String) {
        #expect(redact(text) == text)
    }

    @Test("a system's name between a reference word and the number goes with it", arguments: [
        ("child id mosaic 303917 was wrong", "child id [reference] was wrong"),
        ("my case number is mosaic 584021 lol", "my case number is [reference] lol"),
        ("my id on the system is carefirst 7730915 ok", "my id on the system is [reference] ok"),
        ("quote liquidlogic 55201937 when you phone", "quote [reference] when you phone"),
    ])
    func systemName(text: String, expected: String) {
        #expect(redact(text) == expected)
    }

    @Test("a word before a long number with no reference word before it stays", arguments: [
        ("i scored 123456 points on the game", "scored"),
        ("SCORE 123456 on the game", "SCORE"),
        ("my case number is still 4410392", "still"),
    ])
    func wordStays(text: String, word: String) {
        #expect(redact(text).contains(word))
    }

    @Test("a month after a school is no town the school is in", arguments: [
        "i started at st aidans catholic high in sept",
        "moved to ridgeway academy in feb",
    ])
    func monthAfterSchool(text: String) {
        #expect(redact(text).contains("[school] in "))
    }
}
