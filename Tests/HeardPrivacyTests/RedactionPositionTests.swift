import Testing
@testable import HeardPrivacy

/// Round two of issue 14: names, schools and addresses found by where they stand, each on sentences written
/// for this test (development examples, not a score), with the ordinary words that must survive beside them.
@Suite("Redaction by position and context")
struct RedactionPositionTests {
    @Test("a name no list holds is a name wherever it stands", arguments: [
        ("zarquelle has had nine placements", "[name] has had nine placements"),
        ("i got a tenner off brevonna for my birthday", "i got a tenner off [name] for my birthday"),
        ("quintavia u are a legend", "[name] u are a legend"),
        ("the only adult i trust is marlowenne", "the only adult i trust is [name]"),
        ("俊杰 plays chess with me", "[name] plays chess with me"),
        ("i want to thank 서연 for everything", "i want to thank [name] for everything"),
        ("NOAH is my best mate at the home", "[name] is my best mate at the home"),
        ("tyzo watches football with me", "[name] watches football with me"),
    ])
    func unlistedNames(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("text-speak, brands, apps and services are not names", arguments: [
        "smh thay sayd i cant go",
        "i go to the jobcentre on monday",
        "i watch peppa pig with my little sister",
        "i buy trainers on vinted and asos",
        "i rang the samaritans last night",
        "i play fortnite and minecraft",
    ])
    func notNames(text: String) {
        #expect(Redactor().redact(text) == text)
    }

    @Test("a name that is an everyday word counts where a person stands", arguments: [
        ("my nan peg isnt allowed round", "my nan [name] isnt allowed round"),
        ("my keyworker is honey and she is kind", "my keyworker is [name] and she is kind"),
        ("everyone knows me as blaze but i go by ember", "everyone knows me as [name] but i go by [name]"),
        ("sable keeps moving my meetings", "[name] keeps moving my meetings"),
        ("and hazel has been my carer for years", "and [name] has been my carer for years"),
        ("nobody gets me except autumn", "nobody gets me except [name]"),
        ("hi im rocky", "hi im [name]"),
        ("Destiny the support worker rang me", "[name] the support worker rang me"),
        ("jack from college still texts me", "[name] from college still texts me"),
        ("my sw ROB never rings", "my sw [name] never rings"),
        ("my carer will is really kind", "my carer [name] is really kind"),
        ("will and me play pool", "[name] and me play pool"),
        ("its holly here, new number soon", "its [name] here, new number soon"),
        ("ask for ruby at the front desk", "ask for [name] at the front desk"),
        ("and mercy was the only good carer i had", "and [name] was the only good carer i had"),
    ])
    func everydayNames(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("everyday words that are also names stay words in a word's place", arguments: [
        "i hope it gets better",
        "will you help me",
        "it will be fine and i will cope",
        "my half sister is called that too",
        "its cold here",
        "and summer is my favourite time of year",
        "my sw is kind",
        "summer is the worst time in care",
        "patience is running out with me",
        "i got a gold star today",
        "i want to reach my goals",
        "tea is always late at the home",
        "i saw the GP and the SENCO",
        "i was united with my brother at last",
        "the rain makes me sad",
    ])
    func everydayWords(text: String) {
        #expect(Redactor().redact(text) == text)
    }

    @Test("a title makes a town's name a person's", arguments: [
        ("mrs Holmfirth at the unit was kind", "mrs [name] at the unit was kind"),
        ("the council has me as KONE, with case number", "the council has me as [name], with case number"),
    ])
    func titles(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("a school is redacted with its whole name", arguments: [
        ("i got a place at City of Brantwich College", "i got a place at [school]"),
        ("i was at Hollins and Marden FE College", "i was at [school]"),
        ("they sent me to Greyfold Sixth Form", "they sent me to [school]"),
        ("my brother goes to Our Lady of Fatima RC Primary School", "my brother goes to [school]"),
        ("i started at sir henry pollard comprehensive", "i started at [school]"),
        ("kicked out of Ravensmoor College of Further Education", "kicked out of [school]"),
        ("i go to lindale vale community college", "i go to [school]"),
        ("im at tarnside pupil referral unit now", "im at [school] now"),
        ("i got excluded from ark fellbeck", "i got excluded from [school]"),
        ("i go to Oasis Academy Pendlow", "i go to [school]"),
        ("i was at Marsh Lane Alternative Provision", "i was at [school]"),
        ("he goes to King Henry VII Grammar School", "he goes to [school]"),
        ("she is at st anne and st joseph catholic primary", "she is at [school]"),
        ("I go to St John Fisher Catholic College", "I go to [school]"),
        ("the teacher at brookside infants is strict", "the teacher at [school] is strict"),
    ])
    func schools(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("a school named without its type in a comment about school", arguments: [
        ("i go to KHGS now and the teachers are ok", "i go to [school] now and the teachers are ok"),
        ("my school BWA gave me a detention", "my school [school] gave me a detention"),
        ("i got excluded from Brackenstowe and missed my exams", "i got excluded from [school] and missed my exams"),
    ])
    func bareSchools(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("words about school that are not a school's name survive", arguments: [
        "i went to KFC after school",
        "i want to go to uni",
        "i go to dance academy on saturdays",
        "high school was hard",
        "there is not enough mental health provision",
        "i want to go to big school",
        "i want to go to a Catholic school",
        "my college email is full",
        "i am going to college next year",
        "we went to the seaside on the school trip",
    ])
    func notSchools(text: String) {
        #expect(Redactor().redact(text) == text)
    }

    @Test("an address runs on over a house called 'the ...' after a comma", arguments: [
        ("send it to flat 6, the Granary please", "send it to [address] please"),
        ("i live at 5 Mill Rd, the staff are nice", "i live at [address], the staff are nice"),
    ])
    func addressContinuation(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("an NI number with slashes or one digit at a time; a date after a small word is not one", arguments: [
        ("ni no RT/40/18/77/B", "ni no [NI number]"),
        ("ni num GH 2 0 4 6 8 1 K", "ni num [NI number]"),
        ("on 14/06/11 i moved house", "on [date] i moved house"),
    ])
    func niNumbers(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("the final scan finds a school named with its type on a published page, not school words")
    func scanFindsSchools() {
        let page = "<p>We said: the buses to Thornwick Vale Academy are late</p>"
        #expect(OutputScanner.scan(page, format: "html").map(\.kind) == ["school"])
        #expect(OutputScanner.scan("How do you feel about school or college?\nThe Virtual School helped 12 of 30").isEmpty)
        #expect(OutputScanner.scan("i go to [school] and it is fine").isEmpty)
        #expect(OutputScanner.scan("Mental health provision and going to college or uni").isEmpty)
    }
}
