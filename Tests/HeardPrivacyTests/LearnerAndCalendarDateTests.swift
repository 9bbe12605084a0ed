import Testing
@testable import HeardPrivacy

/// Dates of birth as newcomers write them: a unit word after each number ("2006 year 4 month"), a learner's
/// "in" or unit word round a written date, a year of another calendar alone after a birth cue, Kurdish (Sorani)
/// months, Pashto's "د" between day and month, a calendar's mark after a date in numbers, and phone numbers in
/// Arabic-Indic digits. Each reading has an ordinary use beside it that must stay. Examples written for this
/// test (development examples, not a score). Also emails with wide marks and handle frames in other languages.
@Suite("Dates: learners' forms and other calendars")
struct LearnerAndCalendarDateTests {
    private func redact(_ text: String) -> String { Redactor().redact(text) }

    @Test("a unit word after each number of a date", arguments: [
        ("my papers say 2006 year 4 month so i dont know the day", "my papers say [date] so i dont know the day"),
        ("bday: 2011 year 2 month 19 day ok", "bday: [date] ok"),
        ("my birth is 2005 year 9 month", "my birth is [date]"),
        ("im not sure but i born 3 month 14 day", "im not sure but i born [date]"),
    ])
    func unitDates(text: String, expected: String) {
        #expect(redact(text) == expected)
    }

    @Test("an age or a while in units stays", arguments: [
        "i was 15 year 6 month old when i got here",
        "we walked for 1 month 3 day to get to the sea",
        "i did year 10 and year 11 at the same place",
    ])
    func unitCountsStay(text: String) {
        #expect(redact(text) == text)
    }

    @Test("a school year after a date, and counts after a birth cue's date, stay", arguments: [
        ("born 2 june 2008 year 9 was hard", "born [date] year 9 was hard"),
        ("my birth is 2007 year 3 month and i had 2 cakes 11 of us ate", "my birth is [date] and i had 2 cakes 11 of us ate"),
    ])
    func wordsAfterADateStay(text: String, expected: String) {
        #expect(redact(text) == expected)
    }

    @Test("unit words with no date stay", arguments: [
        "i have been here a year and a month now",
    ])
    func unitWordsAloneStay(text: String) {
        #expect(redact(text) == text)
    }

    @Test("a learner's year or month word round a written date goes with it", arguments: [
        ("i born 14th of May 2009 year i think", "i born [date] i think"),
        ("my dob is 19 june month in our way", "my dob is [date] in our way"),
        ("they wrote year 2007 march 2 for me", "they wrote [date] for me"),
        ("born 9 october in 2006 in a village", "born [date] in a village"),
    ])
    func unitWordsRound(text: String, expected: String) {
        #expect(redact(text) == expected)
    }

    @Test("a year of another calendar alone after a birth cue", arguments: [
        ("born 1386 thats what my mum said", "born [date] thats what my mum said"),
        ("my tazkira only says ۱۳۸۷ nothing else", "my tazkira only says [date] nothing else"),
        ("i was born in the year 2708 in the kurdish calendar", "i was born in the year [date] in the kurdish calendar"),
    ])
    func calendarYearAlone(text: String, expected: String) {
        #expect(redact(text) == expected)
    }

    @Test("a Gregorian year after born, and counts after born, stay", arguments: [
        "i was born in 2009 and came here in 2021",
        "born 1400 miles from here",
        "since i was born ive moved 1350 times it feels like",
    ])
    func yearsAfterBornStay(text: String) {
        #expect(redact(text) == text)
    }

    @Test("a group of a reference after a birthday word is no year of another calendar")
    func referenceGroupIsNoYear() {
        let redacted = redact("its my bday soon. reference uc 2617 4470")
        #expect(!redacted.contains("[date]"))
        #expect(!redacted.contains("2617"))
    }

    @Test("Kurdish (Sorani) months with the joining ی, Pashto's د, a mark after a date in numbers", arguments: [
        ("my birthday is ٣ی گەلاوێژی ٢٧١٠ in our calendar", "my birthday is [date] in our calendar"),
        ("my date is 9 د حمل ۱۳۸۵ on the card", "my date is [date] on the card"),
        ("dob 3/7/2001 EC from home", "dob [date] from home"),
        ("im a 4.2.'07 baby", "im a [date] baby"),
    ])
    func otherScriptsAndMarks(text: String, expected: String) {
        #expect(redact(text) == expected)
    }

    @Test("a phone number in Arabic-Indic digits; short numbers in them stay", arguments: [
        ("ring my uncle ٠٧٩٤٥٦١٢٣٨٧ please", "ring my uncle [phone number] please"),
        ("we were ١٢ people in a small boat", "we were ١٢ people in a small boat"),
    ])
    func arabicIndicDigits(text: String, expected: String) {
        #expect(redact(text) == expected)
    }
    @Test("an email with a full-width dot or a small @", arguments: [
        ("write to kasia.n＠wp．pl pls", "write to [email] pls"),
        ("mail me on ola﹫onet.pl", "mail me on [email]"),
    ])
    func wideEmailMarks(text: String, expected: String) {
        #expect(redact(text) == expected)
    }

    @Test("a handle after a platform in another language; the same words with no handle stay", arguments: [
        ("mi insta es lunaroja y ya", "mi insta es [social media handle] y ya"),
        ("i said insta es fine for me", "i said insta es fine for me"),
        ("snap es not safe", "snap es not safe"),
    ])
    func handleFramesInOtherLanguages(text: String, expected: String) {
        #expect(redact(text) == expected)
    }
}
