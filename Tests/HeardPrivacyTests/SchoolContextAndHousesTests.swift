import Testing
@testable import HeardPrivacy

/// Round seven of issue 14: schools with no type in sentences about school or where someone goes, houses
/// given by a number and a name alone, spaced dates, handle tails and system letters before a case number.
/// Each reading stands beside an ordinary sentence it must leave alone. Examples written for this test
/// (development examples, not a score).
@Suite("Schools in school talk, numbered houses, spaced dates, coded references")
struct SchoolContextAndHousesTests {
    @Test("a name in a sentence about school goes, a town's name included", arguments: [
        ("we are in year 10 at Moorcliffe and its hard", "we are in year 10 at [school] and its hard"),
        ("the teachers at brackley dont care", "the teachers at [school] dont care"),
        ("lindholme wont let me sit my gcses", "[school] wont let me sit my gcses"),
        ("got put in isolation at Penrith again", "got put in isolation at [school] again"),
        ("the designated teacher at st. aidan's is kind", "the designated teacher at [school] is kind"),
        ("Sir Robert Peel wont let me do my exams", "[school] wont let me do my exams"),
    ])
    func schoolTalk(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("a sentence with no school in it keeps its places", arguments: [
        "we are at Penrith for the weekend",
        "the staff at the hostel dont care",
        "i got excluded at christmas",
        "sir gave me a detention",
    ])
    func noSchoolTalk(text: String) {
        #expect(Redactor().redact(text) == text)
    }

    @Test("going somewhere as to school: bare, habitual, for a spell", arguments: [
        ("used to go brockwell then got moved", "used to go [school] then got moved"),
        ("went HOLY TRINITY for a bit", "went [school] for a bit"),
        ("my brother goes Fenwick", "my brother goes [school]"),
        ("got kicked out of Thornbury", "got kicked out of [school]"),
        ("fernside were good with me", "[school] were good with me"),
    ])
    func going(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("an outing is not a school", arguments: [
        "we went alton towers for my birthday",
        "went whitby on the train with my carer",
        "in summer we go to skegness",
        "i want to go to blackpool with my mates",
        "got kicked out of home at 16",
        "the council were good to me",
    ])
    func outings(text: String) {
        #expect(Redactor().redact(text) == text)
    }

    @Test("a house number and a name with no street type", arguments: [
        ("come round to 27c birch if u want", "come round to [address] if u want"),
        ("they moved me into 8 larchfield which is far", "they moved me into [address] which is far"),
        ("the hostel at 14 Denby is awful", "the hostel at [address] is awful"),
        ("my flat is on the 3rd floor flat, 12 heron loke", "my flat is on the [address]"),
        ("post it to 9 duke of york fold", "post it to [address]"),
        ("im in flat 2 above the chemist, 40 Mill St", "im in [address]"),
    ])
    func numberedHouses(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("numbers that count or tell the time stay", arguments: [
        "i was in 2 minds about moving",
        "at 16 i moved out",
        "the meeting was at 11 o clock",
        "the 59x bus never comes",
        "they want £4k for a deposit",
        "i moved out in 2019 and it was fine",
    ])
    func counts(text: String) {
        #expect(Redactor().redact(text) == text)
    }

    @Test("dates of birth spaced or before a birthday word", arguments: [
        ("24 6 '07 is my birthday", "[date] is my birthday"),
        ("dob 4 7 09 thanks", "dob [date] thanks"),
        ("2/3 is my bday and nobody came", "[date] is my bday and nobody came"),
    ])
    func dates(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("scores, fractions and counts stay", arguments: [
        "i ate 2/3 of the cake",
        "i got 2 10 15 on my tests",
    ])
    func notDates(text: String) {
        #expect(Redactor().redact(text) == text)
    }

    @Test("where a teacher is, where someone is now, a school after its noun", arguments: [
        ("Mr Okafor at Lindale shouts at me", "Mr [name] at [school] shouts at me"),
        ("I am at Brantwood and its ok", "I am at [school] and its ok"),
        ("College: ST BEDE'S, tiktok is mine", "College: [school], tiktok is mine"),
        ("they put me in Dunmore and District Grammar School", "they put me in [school]"),
    ])
    func placesOfSchool(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("being somewhere ordinary, a room in a building", arguments: [
        ("i am at home now", "i am at home now"),
        ("we meet at the youth project on fridays", "we meet at the youth project on fridays"),
        ("address: room 4 at the harbour project and its ok", "address: [address] and its ok"),
    ])
    func ordinaryPlaces(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("a handle goes whole, past a hyphen or a dot; system letters go with a case number")
    func handlesAndReferences() {
        #expect(Redactor().redact("my @ is @pip-moon2009x add me") == "my @ is [social media handle] add me")
        #expect(Redactor().redact("they want ref LCS 8812345 on the form") == "they want ref [reference] on the form")
        #expect(Redactor().redact("case ref abc 5512340 again") == "case ref [reference] again")
        #expect(!Redactor().redact("i rang 08001111 all day").contains("[reference]"))
    }
}
