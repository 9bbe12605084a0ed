import Testing
@testable import HeardPrivacy

/// Dates of birth and handles said in words: a date digit by digit ("oh four oh five one one"), years said
/// ("oh nine", "two thousand 7"), ordinals mistyped beside a month ("forteenth of march"), a day in counting
/// words before a month; a tag whose number is said in words where a handle stands ("bereal diamond double
/// seven"), "at symbol" before pieces joined by a symbol, a letter's case said ("capital k a s i a"), a handle
/// "on everything". Each beside ordinary sentences of the same words that must stay as written. Sentences written
/// for these tests.
@Suite("Dates and handles said in words")
struct SaidDatesAndTagsTests {
    private func redact(_ text: String) -> String { Redactor().redact(text) }

    private func expectGone(_ text: String, _ gone: [String], as placeholder: String) {
        let redacted = redact(text)
        #expect(redacted.contains(placeholder), "\(redacted)")
        for word in gone { #expect(!redacted.contains(word), "\(word) in \(redacted)") }
    }

    @Test("a date said digit by digit: six digits as DDMMYY, eight as DDMMYYYY", arguments: [
        ("dob two one oh three oh six so", ["two one oh three oh six"]),
        ("my brothers bday is three one one two one zero lol", ["three one one two one zero"]),
        ("born one nine oh four oh seven in leeds", ["one nine oh four oh seven"]),
        ("my court date was one one oh two two four", ["one one oh two two four"]),
    ])
    func digitByDigit(text: String, gone: [String]) {
        expectGone(text, gone, as: "[date]")
    }

    @Test("digits said that are no date stay", arguments: [
        "i counted one two three four five six sheep",
        "the code was nine nine nine nine nine nine",
        "i got two out of ten and one out of five",
    ])
    func notDates(text: String) {
        #expect(redact(text) == text)
    }

    @Test("years, days and ordinals said in words beside a month", arguments: [
        ("16 on the thirteenth of july oh eight", ["thirteenth", "oh eight"]),
        ("born on the secnod of june two thousand 7", ["secnod", "two thousand 7"]),
        ("dob twentyth of may twenty oh six", ["twentyth", "twenty oh six"]),
        ("the baby came september the twenty forth lol", ["twenty forth"]),
        ("i came on seventeen sept tbh", ["seventeen sept"]),
        ("she was born twenty six of april two thousand and five", ["twenty six of april"]),
    ])
    func wordDates(text: String, gone: [String]) {
        expectGone(text, gone, as: "[date]")
    }

    @Test("the same words in ordinary sentences stay", arguments: [
        "i came forth in the race and got a medal",
        "we had nineteen people at the party in the august heat",
        "one may day we went to the beach",
        "my first time in march was fine",
    ])
    func ordinaryWordDates(text: String) {
        #expect(!redact(text).contains("[date]"), "\(redact(text))")
    }

    @Test("a tag with its number said in words where a handle stands", arguments: [
        ("bereal toffee cat double four if u want", ["toffee cat double four"]),
        ("insta is at pebble moon sixty one", ["pebble moon sixty one"]),
        ("on snap im @ xx frost king two thousand and nine", ["frost king", "two thousand and nine"]),
        ("at maple nine is my gamertag", ["maple nine"]),
        ("my tiktok is biscuit girl two two", ["biscuit girl two two"]),
    ])
    func saidTags(text: String, gone: [String]) {
        expectGone(text, gone, as: "[social media handle]")
    }

    @Test("counts after at, and numbers after an app's name in a sentence, stay", arguments: [
        "we met at school four years ago",
        "i was at work twelve hours yesterday",
        "i was on snap at like two in the morning",
        "my discord friends are nice but no one calls",
    ])
    func notTags(text: String) {
        #expect(!redact(text).contains("[social media handle]"), "\(redact(text))")
    }

    @Test("an at said aloud, a symbol after at, a letter's case, every app at once", arguments: [
        ("my name on there is at symbol the dash dash heron", ["heron"]),
        ("insta is at willow point official", ["willow point official"]),
        ("snap is capital m o s s underscore x", ["m o s s", "capital"]),
        ("im fern.xo on everything", ["fern.xo"]),
        ("add kai_07 on all my socials", ["kai_07"]),
    ])
    func spokenSymbols(text: String, gone: [String]) {
        expectGone(text, gone, as: "[social media handle]")
    }

    @Test("the same words ordinarily stay", arguments: [
        "i spend my money on everything",
        "there is rubbish everywhere at the hostel",
        "the teacher said a capital letter starts a sentence",
        "we drew a dot and a dash in art",
    ])
    func ordinarySymbols(text: String) {
        #expect(!redact(text).contains("[social media handle]"), "\(redact(text))")
    }
}
