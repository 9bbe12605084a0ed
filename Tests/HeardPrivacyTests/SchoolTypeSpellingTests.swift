import Testing
@testable import HeardPrivacy

/// Schools whose type is mistyped, cut short or written in numerals, and the words that close a school's name
/// after it (issue 14, sixteenth round). Examples written for these tests.
@Suite("School types as they are typed")
struct SchoolTypeSpellingTests {
    @Test("a type one slip off, without its vowels or cut short still ends a school's name", arguments: [
        ("i did my btec at st aidans collge last year", "i did my btec at [school] last year"),
        ("went to larkfield primry till year 6", "went to [school] till year 6"),
        ("i go to MOORSIDE RC HGH now", "i go to [school] now"),
        ("off to Bramwell City Coll next year", "off to [school] next year"),
        ("doing my a levels at kestrel vi form", "doing my a levels at [school]"),
    ])
    func mistypedTypes(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("a type or a town closing a school's name goes with it", arguments: [
        ("i go to Oakhill Academy AP on mondays", "i go to [school] on mondays"),
        ("Thornbury Catholic College derby is rubbish", "[school] is rubbish"),
    ])
    func closingWords(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("a title's name after a cue, the X high, a learning community and a type after a saint's name are schools", arguments: [
        ("we both went to archbishop pellow last year", "we both went to [school] last year"),
        ("my old school sir hubert quill phoned my carer", "my old school [school] phoned my carer"),
        ("they said i have to stay at the marlows high even tho i moved", "they said i have to stay at the [school] even tho i moved"),
        ("i came from Eastbrook Learning Community last year", "i came from [school] last year"),
        ("went to st kevin barry college after", "went to [school] after"),
    ])
    func namedSchools(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("plurals, shops, generic schools and ordinary words stay", arguments: [
        "i talked to the queen about it",
        "the learning community was good",
        "meet me at the canons high street",
        "i was at the very high end of the scale",
        "all the colleges round here are full",
        "tha vritual schoool is good",
        "my colleague at primark was nice",
        "the school reading club is on tuesday",
    ])
    func ordinaryStays(text: String) {
        #expect(Redactor().redact(text) == text)
    }

    @Test("a slip is read back to its type only for a word no everyday list holds")
    func readBack() {
        let words = Words("collge prmry coll colleges primark")
        #expect(words.items.map { SchoolTypeSpelling.type(of: $0) } == ["college", "primary", "college", nil, nil])
    }
}
