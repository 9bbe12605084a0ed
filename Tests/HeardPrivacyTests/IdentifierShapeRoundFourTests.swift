import Testing
@testable import HeardPrivacy

/// Dates in any numeric mark and with misspelt months, handles named by their frame, emails half typed or
/// named by what comes before them, slashed and court references, NI numbers grouped any way. Each reading
/// has an ordinary use beside it that must stay. Examples written for this test (development examples, not
/// a score).
@Suite("Identifier shapes: round four")
struct IdentifierShapeRoundFourTests {
    private func redact(_ text: String) -> String { Redactor().redact(text) }

    @Test("a date in numbers with any mark between its parts", arguments: [
        ("i was born 2009\\05\\14 in hull", "i was born [date] in hull"),
        ("born 04_06_10 lol", "born [date] lol"),
        ("7. 3. 08 is my birthday", "[date] is my birthday"),
        ("my bday 2006 / 02 / 19 🎂", "my bday [date] 🎂"),
        ("my 18th is on 2008/ 10/ 02.", "my 18th is on [date]."),
        ("dob 5,28,2007 ok", "dob [date] ok"),
    ])
    func anyMark(text: String, expected: String) {
        #expect(redact(text) == expected)
    }

    @Test("numbers with those marks that are no birthday stay", arguments: [
        "we won 4-2 and then 1-0", "i work 8-4 on saturdays", "got 6/10 in science", "the rent is 1,250 a month",
        "groups of 2, 3 and 4", "i was born in 2007, 11 years in care", "meet at 10.45 on the bus",
        "she rang at 11 30 about my birthday",
    ])
    func ordinaryNumbersStay(text: String) {
        #expect(redact(text) == text)
    }

    @Test("a day and a month with no year after a birthday word", arguments: [
        ("my bday is 12 8 i think", "my bday is [date] i think"),
        ("dob 23-11", "dob [date]"),
        ("my birthday is 4_9 not the 5th", "my birthday is [date] not the 5th"),
        ("2-6 - thats my birthday", "[date] - thats my birthday"),
    ])
    func cuedDayAndMonth(text: String, expected: String) {
        #expect(redact(text) == expected)
    }

    @Test("the same numbers with no birthday word stay", arguments: ["we lost 23-11 on sunday", "page 12 8 lines down"])
    func uncuedDayAndMonthStay(text: String) {
        #expect(redact(text) == text)
    }

    @Test("three groups of a longer chain are no date: the whole number goes", arguments: [
        "nhs 52-44-10-91-07 ok", "ring 077-1-9-52-338-4 pls", "nhs no 318 - 452 - 90 - 17 thanks",
    ])
    func chains(text: String) {
        let redacted = redact(text)
        #expect(!redacted.contains("[date]") && !redacted.contains(where: \.isASCIIDigit), "\(text) -> \(redacted)")
    }

    @Test("a misspelt month with a day or a year", arguments: [
        "born on the 9th of novembr 2007", "my birthday is 3 fedruary", "bday janury 14th", "dob octobr 2 2006",
        "my bday is augst 2010", "birthday 21 st septembre", "my bday sept. twelfth",
    ])
    func misspeltMonths(text: String) {
        let redacted = redact(text)
        #expect(redacted.contains("[date]") && !redacted.contains(where: \.isASCIIDigit), "\(text) -> \(redacted)")
        #expect(!["novembr", "fedruary", "janury", "octobr", "augst", "twelfth"].contains { redacted.contains($0) }, "\(redacted)")
    }

    @Test("words that look like a month's start are not months", arguments: [
        "the market 2008 was good", "my decent 15 quid trainers", "i met marco 15 mins ago",
    ])
    func notMonths(text: String) {
        #expect(!redact(text).contains("[date]"), "\(text)")
        #expect(MisspeltMonths.isMonth("novembr") && MisspeltMonths.isMonth("janu") && !MisspeltMonths.isMonth("market"))
    }

    @Test("a handle that is an everyday word, in a frame that names it", arguments: [
        ("my psn is pancake", "my psn is [social media handle]"),
        ("snap: biscuit", "snap: [social media handle]"),
        ("ma insta is teapot x", "ma insta is [social media handle] x"),
        ("my @ on everything is lantern", "my @ on everything is [social media handle]"),
        ("kik me walrus.", "kik me [social media handle]."),
        ("my ps username is thunder. it", "my ps username is [social media handle]. it"),
        ("dm me @ pebble, ok", "dm me @ [social media handle], ok"),
        ("my snap's crumble", "my snap's [social media handle]"),
    ])
    func everydayWordHandles(text: String, expected: String) {
        #expect(redact(text) == expected)
    }

    @Test("what people say of their accounts stays", arguments: [
        "my snap is private now", "my insta is hacked again", "my tiktok is where i post", "my @ is on my profile",
        "snap me if u want", "dm me pls", "add me on snap", "my discord is for gaming", "im @ home now",
        "my xbox is broken", "my snap is under my old name", "we met on snap last year",
    ])
    func accountTalkStays(text: String) {
        #expect(redact(text) == text)
    }

    @Test("a gamer tag with spaces goes up to its number", arguments: [
        ("my psn is Quiet Otter 5521", "my psn is [social media handle]"),
        ("add me on xbox Red Fox 77", "add me on xbox [social media handle]"),
        ("my yt Lazy Panda 903 Clips", "my yt [social media handle]"),
    ])
    func gamerTags(text: String, expected: String) {
        #expect(redact(text) == expected)
    }

    @Test("a platform's word before a count or a time is no tag", arguments: [
        "on Instagram I turn 18 soon", "Always on Facebook. College starts at 9",
    ])
    func notGamerTags(text: String) {
        #expect(!redact(text).contains("[social media handle]"), "\(text)")
    }

    @Test("an email half typed or ending any way", arguments: [
        ("my email is kestrelx@wavenet", "my email is [email]"),
        ("my hotmail is kestrel2008@", "my [name] is [email]"),
        ("email me kestrel.b@ correo.es x", "email me [email] x"),
        ("mail me kestrel_b[at]inbox.lv", "mail me [email]"),
        ("my email kestrel@learner . northfold . ac . uk ok", "my email [email] ok"),
        ("my email kestrel@pupils dot eastmoor-high dot sch dot uk", "my email [email]"),
        ("email kestrel AT yahoo[dot]co[dot]ukk", "email [email]"),
    ])
    func looseEmails(text: String, expected: String) {
        let redacted = redact(text)
        #expect(redacted.hasSuffix(expected.split(separator: " ").suffix(2).joined(separator: " ")), "\(text) -> \(redacted)")
        #expect(!redacted.contains("kestrel") && !redacted.contains("northfold") && !redacted.contains("eastmoor"), "\(redacted)")
    }

    @Test("an @ between words that is no email stays", arguments: ["meet me @ the park . we went", "see u @ 5", "my @ is @"])
    func atThatIsNoEmail(text: String) {
        #expect(!redact(text).contains("[email]"), "\(text)")
    }

    @Test("an email named by what comes before it", arguments: [
        ("my email is sunny days 22 at hotmail dot co dot uk", "my email is [email]"),
        ("email me sparrow at ntlworld", "email me [email]"),
        ("email sparrow at sky", "email [email]"),
    ])
    func cuedEmails(text: String, expected: String) {
        #expect(redact(text) == expected)
    }

    @Test("email talk with no email stays", arguments: [
        "email my sw at work", "email me the form at school", "my email is down so text me", "i check my email at night",
        "email me at home", "my email is on the form",
    ])
    func emailTalkStays(text: String) {
        #expect(redact(text) == text)
    }

    @Test("slashed numbers and court case numbers are references", arguments: [
        ("the police gave me 31/60228/19 as a ref", "the police gave me [reference] as a ref"),
        ("my cp number was 17/5830 and", "my cp number was [reference] and"),
        ("put DWP / 44817263 on it", "put [reference] on it"),
        ("case hq 24 c 55120 lol", "case [reference] lol"),
        ("the order is KT 21 P 30418.", "the order is [reference]."),
        ("my upn is k702 518 330 641c", "my upn is [reference]"),
        ("ref ab12 3 times", "ref [reference] 3 times"),
    ])
    func references(text: String, expected: String) {
        #expect(redact(text) == expected)
    }

    @Test("slashes in dates, ranges, scores and money stay", arguments: [
        "it was 24/7 in 2019/20", "born in 12/2008", "i got 7/10", "from 2019/2020", "rent is £1400/12 months",
    ])
    func slashesStay(text: String) {
        #expect(!redact(text).contains("[reference]"), "\(text)")
    }

    @Test("an NI number with its digits grouped any way", arguments: [
        "ni JT4 81 207 B", "my ni is wq 5730 2 1c", "ni no  RX  2  604  97  A pls", "ni HM.40.22.19.D",
        "nat ins P K3 51 880 C", "my ni is zd71 40 9 2 a",
    ])
    func looseNINumbers(text: String) {
        let redacted = redact(text)
        #expect(redacted.contains("[NI number]") && !redacted.contains(where: \.isASCIIDigit), "\(text) -> \(redacted)")
    }

    @Test("small words before six digits are no NI number", arguments: ["i scored 12 34 56 a lot", "is 1 2 3 4 5 6 ok"])
    func notNINumbers(text: String) {
        #expect(!redact(text).contains("[NI number]"), "\(text)")
    }

    @Test("more ways to write a date of birth", arguments: [
        ("my birthday is 2nd-4th june", "my birthday is [date]"),
        ("my bday is on the 9th", "my bday is on the [date]"),
        ("my birthday is 9 june (2008)", "my birthday is [date])"),
        ("dob twenty two june 2008", "dob [date]"),
        ("born nine july 2007", "born [date]"),
    ])
    func moreDates(text: String, expected: String) {
        #expect(redact(text) == expected)
    }

    @Test("counts, ranges and days that are no birthday stay", arguments: [
        "i have two may birthdays", "we go 3 to 5 times a week", "from 3-5 on monday", "its my birthday and on the 3rd i go",
    ])
    func notMoreDates(text: String) {
        #expect(redact(text) == text)
    }

    @Test("a handle someone is, or adds, on an app", arguments: [
        ("im on tiktok as pebble", "im on tiktok as [social media handle]"),
        ("im lantern on insta", "im [social media handle] on insta"),
        ("add walrus on snap", "add [social media handle] on snap"),
    ])
    func handlesByWhatSomeoneIs(text: String, expected: String) {
        #expect(redact(text) == expected)
    }

    @Test("how often or with whom someone is on an app stays", arguments: [
        "i go on snap as well", "im on snap as usual", "add mum on snap", "im always on tiktok", "im famous on tiktok",
    ])
    func appTalkStays(text: String) {
        #expect(redact(text) == text)
    }
}
