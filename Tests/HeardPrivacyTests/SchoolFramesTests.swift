import Testing
@testable import HeardPrivacy

/// Schools named without a type ("hgs", "st thomas more", "abbey grange"), found by the words around them.
/// Examples written for this test (development examples, not a score).
@Suite("Schools read from their frame")
struct SchoolFramesTests {
    @Test("a name between a cue and a school phrase goes, whatever its words", arguments: [
        ("i was at Brackenfield till year 11 then moved", "i was at [school] till year 11 then moved"),
        ("left moss lane with no gcses", "left [school] with no gcses"),
        ("im at abbots morton doing my a levels", "im at [school] doing my a levels"),
        ("i started Linthwaite in year 3", "i started [school] in year 3"),
        ("joined Kelbrook in september and it was ok", "joined [school] in september and it was ok"),
    ])
    func doubleFrame(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("an abbreviation after where someone goes or is", arguments: [
        ("i wanna go back to kgb", "i wanna go back to [school]"),
        ("nobody at hcs knew about my sw", "nobody at [school] knew about my sw"),
        ("got into QMHS for drama", "got into [school] for drama"),
        ("i go 2 SBG every day", "i go 2 [school] every day"),
    ])
    func abbreviations(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("a school noun, an exclusion or a description frames a name of its own", arguments: [
        ("my old school pwllglas was better", "my old school [school] was better"),
        ("my school is Whitcliffe and its ok", "my school is [school] and its ok"),
        ("qbgs excluded me in year 8", "[school] excluded me in year 8"),
        ("Its fine. DHS kicked me out tho", "Its fine. [school] kicked me out tho"),
        ("HCA is the worst school ever", "[school] is the worst school ever"),
    ])
    func singleFrames(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("a saint's or faith's school after a cue", arguments: [
        ("i used to go to st bernadettes", "i used to go to [school]"),
        ("i was at st john fisher till year 9", "i was at [school] till year 9"),
        ("my old school Our Lady's was strict", "my old school [school] was strict"),
        ("nobody at sacred heart knew i was in care", "nobody at [school] knew i was in care"),
        ("sacred heart excluded me twice", "[school] excluded me twice"),
    ])
    func saints(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("the other end of a move whose one end is a school", arguments: [
        ("moved from kirkbank to Hallam Academy in year 9", "moved from [school] to [school] in year 9"),
        ("i moved from Hallam Academy to Wexcombe in year 7", "i moved from [school] to [school] in year 7"),
    ])
    func moves(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("ordinary places, services, years, subjects and typing slips stay", arguments: [
        "i was at home till year 10",
        "i left care with no gcses",
        "we went to town in september",
        "i go to uni in september",
        "i was at work doing my level 2",
        "they excluded me from the trip",
        "my mum excluded me",
        "i moved from my mums to foster care in year 8",
        "i go to the gym after school",
        "i work at cex now",
        "waited ages for a call back from hmrc",
        "i had to rign round to find it",
        "my school is fine",
        "the school is rubbish",
        "it was a good school",
        "im from St Helens and i go to school",
        "i was in year 9 at school",
        "from 9 till 5 i am at school",
        "i go to sixth form college next year",
    ])
    func ordinaryPhrasesStay(text: String) {
        #expect(!Redactor().redact(text).contains("[school]"), "\(text)")
    }

    @Test("a city at the other end of a move stays")
    func cityAfterMove() {
        #expect(Redactor().redact("i moved from Hallam Academy to Bristol in year 7") == "i moved from [school] to Bristol in year 7")
    }
}
