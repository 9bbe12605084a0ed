import Testing
@testable import HeardPrivacy

/// Round four of issue 14: names in lists, names a young person signs off with or speaks to, weekdays and
/// rare words that are names, "miss" as a title, and address parts after a part already redacted. Every
/// sentence is written for this test (development examples, not a score), with the ordinary words that must
/// survive beside the names.
@Suite("Redaction of names in lists, sign-offs and greetings")
struct RedactionListsAndAddressingTests {
    @Test("a name joined to another by a comma or '&' is a name too", arguments: [
        ("[name], willow and me got the bus", "[name], [name] and me got the bus"),
        ("ivy, [name] & [name] all moved out", "[name], [name] & [name] all moved out"),
        ("the home has me down as KIM, [name]", "the home has me down as [name], [name]"),
        ("i went bowling with [name] & poppy", "i went bowling with [name] & [name]"),
        ("[name] n autumn came round", "[name] n [name] came round"),
    ])
    func lists(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("an everyday word after a name and a comma stays a word when the sentence goes on", arguments: [
        "thanks [name], hope you are ok",
        "sorry [name], will you ring me",
        "[name], i miss the old home",
    ])
    func listsKeepSentences(text: String) {
        #expect(Redactor().redact(text) == text)
    }

    @Test("signing off, speaking to someone, introducing oneself, giving an age", arguments: [
        ("thank you for reading, from meadow", "thank you for reading, from [name]"),
        ("see you soon love dove xx", "see you soon love [name] xx"),
        ("miss u storm", "miss u [name]"),
        ("honey if ur reading this ring me", "[name] if ur reading this ring me"),
        ("im blossom and im 16", "im [name] and im 16"),
        ("names harmony btw", "names [name] btw"),
        ("ginger is 15 and lives with us", "[name] is 15 and lives with us"),
        ("i like pearl she is kind", "i like [name] she is kind"),
        ("hazel and ruby are my little sisters", "[name] and [name] are my little sisters"),
        ("my mums partner rocky is alright", "my mums partner [name] is alright"),
        ("Sunny's mum drives us to football", "[name] mum drives us to football"),
        ("i sat next to coral on the trip", "i sat next to [name] on the trip"),
        ("thanks to Hope i got the flat", "thanks to [name] i got the flat"),
        ("apart from opal nobody listens", "apart from [name] nobody listens"),
    ])
    func addressing(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("the same words as words stay", arguments: [
        "i love summer it is the best time",
        "we went to Hope for a walk",
        "a grant from the council paid for my bed",
        "i have hope things will change",
        "it is 15 minutes to the shop",
    ])
    func wordsStay(text: String) {
        #expect(Redactor().redact(text) == text)
    }

    @Test("a weekday is a name only where a person stands", arguments: [
        ("my sw tuesday never rings back", "my sw [name] never rings back"),
        ("Sunday keeps moving my review", "[name] keeps moving my review"),
        ("my real name is Monday", "my real name is [name]"),
    ])
    func weekdayNames(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("weekdays as days stay", arguments: [
        "i see my mum on sunday",
        "contact is every Tuesday after school",
        "Monday was rubbish",
    ])
    func weekdaysStay(text: String) {
        #expect(Redactor().redact(text) == text)
    }

    @Test("'miss' before a surname is a title; after 'i' it is the verb", arguments: [
        ("our form tutor miss hargreaves is strict", "our form tutor miss [name] is strict"),
        ("ask miss ward about the trip", "ask miss [name] about the trip"),
    ])
    func missAsTitle(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("'miss' as a verb keeps what follows", arguments: ["i miss home so much", "we really miss the old staff"])
    func missAsVerb(text: String) {
        #expect(Redactor().redact(text) == text)
    }

    @Test("rare English words that are given names count in a name's place", arguments: [
        ("florin takes me to the gym", "[name] takes me to the gym"),
        ("my keyworker felicity is lovely", "my keyworker [name] is lovely"),
        ("mason-jay is a bad influence", "[name] is a bad influence"),
    ])
    func rareWordNames(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("a surname after a name: a town's name, or a particle and what follows", arguments: [
        ("[name] ramsbottom is my iro", "[name] [name] is my iro"),
        ("[name] van der berg was my carer", "[name] [name] [name] [name] was my carer"),
    ])
    func surnamesAfterNames(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("a name before 'from' and a school", arguments: [
        ("jack from Oakfield Academy still messages me", "[name] from [school] still messages me"),
    ])
    func nameBeforeSchool(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("an address part after a part already redacted, and a house name before a comma", arguments: [
        ("i live at ashgrove house,birch road now", "i live at [address] now"),
        ("my room at the coach house, mill lea got flooded", "my room at [address] got flooded"),
    ])
    func addressContinuations(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("a house without a street stays the sentence", arguments: ["we went to the big house, it was fun", "i like my house, its big"])
    func housesStay(text: String) {
        #expect(Redactor().redact(text) == text)
    }

    @Test("a date of birth written in another language", arguments: [
        ("i was born on 3 avril 2008 in france", "i was born on [date] in france"),
        ("my dob is 17 lutego 2007", "my dob is [date]"),
        ("dob 9 de julio de 2006 ok", "dob [date] ok"),
    ])
    func otherLanguageDates(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("a month word without a year stays", arguments: ["i ate 2 mars bars for lunch", "we had 5 mars bars in 2019"])
    func otherLanguageMonthsAlone(text: String) {
        #expect(Redactor().redact(text) == text)
    }

    @Test("words know a list's comma or '&' and a number after them")
    func listLinks() {
        let words = Words("[name], rose & [name] jay, 14").items
        #expect(words[0].placeholderBeforeList == .name && words[0].listAfter == false)
        #expect(words[0].placeholderAfterList == .name)
        #expect(words[1].lower == "jay" && words[1].numberAfter == false)
        let age = Words("amber 14 lives here").items
        #expect(age[0].numberAfter && !age[1].numberAfter)
        let pair = Words("Jay, Kyle and me").items
        #expect(pair[0].listAfter && !pair[1].listAfter)
    }
}
