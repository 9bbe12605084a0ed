import Testing
@testable import HeardPrivacy

/// Identifiers in the shapes of the seventeenth round: an NHS or phone number with a count after it, phones glued
/// to their words, schools named where someone is admitted or applies, emails spelt out, and ordinary words the
/// readers took (an age after "live at", a decade, a festival after "at", a slip after "college is"). Examples
/// written for these tests.
@Suite("Identifier shapes, seventeenth round")
struct LeakingShapesRoundSeventeenTests {
    @Test("an NHS or phone number with a count after it is the number and the count", arguments: [
        ("my nhs number is 943 476 5919 3 times they asked", "my nhs number is [NHS number] 3 times they asked"),
        ("nhs 9434765919 2 appointments cancelled", "nhs [NHS number] 2 appointments cancelled"),
        ("i rang 07700 900123 5 times", "i rang [phone number] 5 times"),
        ("rang +44 7700 900123 4 times", "rang [phone number] 4 times"),
    ])
    func numberThenCount(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("a longer run with no whole number in front stays one number")
    func longRunStaysWhole() {
        // Nine digits and a group: no NHS or phone number before the last group.
        #expect(DigitRuns.redact("code 123 456 789 12 ok") == "code [phone number] ok")
        #expect(NumberAndCount.numberBeforeCount(Array("12345678912".utf8), groups: [3, 3, 3, 2], lastGapIsSpace: true,
                                                 startsWithPlus: false) == nil)
    }

    @Test("a phone glued to its words is a phone, and the words stay", arguments: [
        ("call07700900123 if im not in", "call[phone number] if im not in"),
        ("text me on0 7 7 0 0 9 0 0 1 2 3pls", "text me on[phone number]pls"),
        ("ring0161 496 0000 ext 22 tho", "ring[phone number] tho"),
        ("its 07700900123pls text", "its [phone number]pls text"),
    ])
    func gluedPhone(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("digits glued to other words stay", arguments: ["covid19 was bad", "i was on1 2 3", "level3 in 2024", "CLA123456 is my ref"])
    func gluedOrdinary(text: String) {
        #expect(GluedPhones.redact(text) == text)
        // An NHS number offered after its cue is the cued reader's, check digit or not.
        #expect(GluedPhones.redact("nhs: 32 16 54 98 70x") == "nhs: 32 16 54 98 70x")
    }

    @Test("a school named where someone is admitted or applies", arguments: [
        ("i got an offer from brightwell!! so happy", "i got an offer from [school]!! so happy"),
        ("got into Marshgate for hair and beauty", "got into [school] for hair and beauty"),
        ("got a place at st. aidan's to do nursing", "got a place at [school] to do nursing"),
        ("applied to Fenwick Academy and pinefield", "applied to [school] and [school]"),
        ("applying to lorrimer and Dunsford Academy for september", "applying to [school] for september"),
    ])
    func admitted(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("a school named where a year group or form is", arguments: [
        ("my brother is in year 4 at the archbishop", "my brother is in year 4 at [school]"),
        ("the head of year at Coldwell is kind", "the head of year at [school] is kind"),
        ("sixth form at greystead is ok", "sixth form at [school] is ok"),
    ])
    func yearGroupAt(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("a year group at a time or at home stays", arguments: [
        "i was in year 9 at the time", "in year 10 at the moment", "in year 11 at home",
    ])
    func yearGroupAtOrdinary(text: String) {
        #expect(Redactor().redact(text) == text)
    }

    @Test("what one is offered or gets into otherwise stays", arguments: [
        "got an offer from the council", "i got into trouble at school", "got a place at my nans for now",
        "i applied to jobs and nothing came back", "got into fights at school", "then i got into the building trade",
    ])
    func notAdmitted(text: String) {
        #expect(Redactor().redact(text) == text)
    }

    @Test("an email spelt out, its own part in pieces", arguments: [
        ("my email is jo underscore quill 99 at hotmail dot com", "my email is [email]"),
        ("its q u i l l at gmail dot com", "its [email]"),
        ("email jo dash quill at outlook dot com", "email [email]"),
    ])
    func spokenEmail(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("ordinary words the readers took stay", arguments: [
        "i dont know where ill live at 18, its scary", "we like the 90s films", "the 2000s music is the best",
        "school iis hard lol", "the lights on the door at xmas",
    ])
    func ordinaryStays(text: String) {
        let redacted = Redactor().redact(text)
        #expect(!redacted.contains("[address]") && !redacted.contains("[school]"), "\(redacted)")
    }

    @Test("a house number with its street is still an address; a school after someone's school noun still a school")
    func stillFound() {
        #expect(Redactor().redact("i live at 18 larch grove now") == "i live at [address] now")
        #expect(Redactor().redact("my old school qgs was better") == "my old school [school] was better")
    }
}
