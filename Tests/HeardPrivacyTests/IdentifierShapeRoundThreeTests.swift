import Testing
@testable import HeardPrivacy

/// Emails and handles in any alphabet, numbers with spaced dashes, and dates of birth in more languages and
/// orders. Examples written for this test (development examples, not a score).
@Suite("Identifier shapes: any alphabet, spaced groups, more date orders")
struct IdentifierShapeRoundThreeTests {
    @Test("an email goes whole whatever alphabet its parts are in", arguments: [
        ("mail me at józef.wiśniewski@o2.pl pls", "mail me at [email] pls"),
        ("its şükrü.demir@yandex.com.tr", "its [email]"),
        ("email олег.сидоров@почта.рф", "email [email]"),
        ("my email: renée-o'neill@btinternet.com", "my email: [email]"),
    ])
    func emailsInAnyAlphabet(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("an @handle keeps its letters outside ASCII")
    func handleInAnyAlphabet() {
        #expect(Redactor().redact("insta @zoë_kłos.21 x") == "insta [social media handle] x")
    }

    @Test("a long number with spaced dashes goes whole", arguments: [
        ("nhs no is 401 - 223 - 9618 i think", "nhs no is [NHS number] i think"),
        ("my nhs is 44 - 7917 - 9038", "my nhs is [NHS number]"),
        ("call 07700 - 900 - 461", "call [phone number]"),
        ("nhs number 702 . 318 . 4401 ok", "nhs number [NHS number] ok"),
    ])
    func spacedGroups(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("ranges, scores and sums with spaced dashes stay", arguments: [
        "from 2019 - 2021 i was in care",
        "i was in care 2016-2020",
        "in 2019-20 i moved twice",
        "we won 3 - 1 on saturday",
        "rent went from 100 - 200 quid",
    ])
    func rangesStay(text: String) {
        #expect(Redactor().redact(text) == text)
    }

    /// Only the date is checked: the name finder's reading of the other words is not this suite's.
    @Test("a birth cue in another language makes a day and month a date", arguments: [
        "mijn verjaardag is 14 mei", "mi cumpleaños es el 3 de mayo", "ma date de naissance 9 mars",
    ])
    func cuesInOtherLanguages(text: String) {
        let redacted = Redactor().redact(text)
        #expect(redacted.hasSuffix("[date]") && !redacted.contains(where: \.isASCIIDigit), "\(text) -> \(redacted)")
    }

    @Test("without a cue, a foreign month that is also an English word needs a year", arguments: [
        "i got 12 mars bars", "we need 3 mei",
    ])
    func ambiguousMonthWithoutCue(text: String) {
        #expect(!Redactor().redact(text).contains("[date]"), "\(text)")
    }

    @Test("dates with the year first or the numbers unspaced", arguments: [
        ("gimiau 2004 m. rugsėjo 9 d.", "[date]"),
        ("dzimis 2007. gada 21. oktobrī", "[date]"),
        ("生日 2009年11月3日", "[date]"),
        ("생일 2008년 7월 15일", "[date]"),
        ("born 4月18日", "born [date]"),
        ("我的生日是2009年11月3号", "[date]"),
    ])
    func yearFirstAndUnspaced(text: String, expected: String) {
        let redacted = Redactor().redact(text)
        #expect(redacted.contains(expected), "\(text) -> \(redacted)")
        let hasDigit = redacted.unicodeScalars.contains { $0.properties.numericType != nil }
        #expect(!hasDigit, "\(text) -> \(redacted)")
    }

    @Test("letters and digits mixed, just after a word that names a reference", arguments: [
        ("ref no 7F3K9 ok", "ref no [reference] ok"),
        ("case id: 4QX-71 pls", "case id: [reference] pls"),
        ("my reference: zq71 kd02 thanks", "my reference: [reference] thanks"),
    ])
    func mixedReferences(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("text-speak with a digit after a reference word stays", arguments: ["my id is 4ever lost lol", "no case 4u"])
    func textSpeakAfterReferenceWord(text: String) {
        #expect(Redactor().redact(text) == text)
    }

    @Test("a school's 'sixth form' is no date even after a birth cue")
    func sixthFormIsNoDate() {
        #expect(!Redactor().redact("born in leeds and i go to thornbury sixth form college").contains("[date]"))
    }
}
