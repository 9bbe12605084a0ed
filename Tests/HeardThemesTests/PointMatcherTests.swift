import Testing
@testable import HeardCore
@testable import HeardThemes

@Suite("Point matching")
struct PointMatcherTests {
    static let book = try! PointFile.parse("""
    framework: test
    theme: people
    point: brothers-sisters
    label: Seeing brothers and sisters
    cues: brother*, sister*, sibling*
    point: family-time
    label: Time with family
    cues: contact
    together: see, visit, miss | mum, dad, family
    point: carers
    label: Carers who care
    cues: foster mum, foster dad, carer*
    point: worker-changes
    label: Keeping the same worker
    cues: keeps changing, new social worker
    point: people-generally
    label: People in my life
    broad: yes
    cues: people, worker*, someone
    theme: school
    point: school-help
    label: Help at school
    cues: tutor*, extra help
    """, source: SourceLocation(file: "test"))
    let matcher = PointMatcher(book: Self.book)

    @Test("a comment gets the points its words make, endings and capitals aside")
    func basics() {
        #expect(matcher.points(in: "I miss my little Brothers so much", themes: ["people"]) == ["brothers-sisters"])
        #expect(matcher.points(in: "more contact please", themes: ["people"]) == ["family-time"])
        #expect(matcher.points(in: "i never get to see my sister or my mum", themes: ["people"])
                == ["brothers-sisters", "family-time"])
    }

    @Test("only the themes a comment was tagged with are looked at")
    func themesOnly() {
        #expect(matcher.points(in: "my brother needs a tutor", themes: ["school"]) == ["school-help"])
        #expect(matcher.points(in: "my brother needs a tutor", themes: []) == [])
        #expect(matcher.points(in: "my brother needs a tutor", themes: ["people", "school"]) == ["brothers-sisters", "school-help"])
        #expect(matcher.points(in: "my brother", themes: ["no-such-theme"]) == [])
    }

    @Test("the longest cue wins where cues overlap: a foster mum is a carer, not mum")
    func longestWins() {
        #expect(matcher.points(in: "we go to visit my foster mum's sister", themes: ["people"]) == ["brothers-sisters", "carers"])
        #expect(matcher.points(in: "I visit my foster mum", themes: ["people"]) == ["carers"])
    }

    @Test("a together cue needs both sides in one sentence")
    func togetherInOneSentence() {
        #expect(matcher.points(in: "I want to visit my dad at weekends", themes: ["people"]) == ["family-time"])
        #expect(matcher.points(in: "I want to visit the park. My dad is ok", themes: ["people"]).isEmpty)
    }

    @Test("text-speak is read the way the rest of Heard reads it")
    func textSpeak() {
        #expect(matcher.points(in: "my sw keeps changin", themes: ["people"]) == ["people-generally"])
        #expect(matcher.points(in: "ANOTHER new sw!!", themes: ["people"]) == ["worker-changes"])
        #expect(matcher.points(in: "i miss my sis", themes: ["people"]) == ["brothers-sisters"])
    }

    @Test("a broad point is given only when nothing more particular fits")
    func broad() {
        #expect(matcher.points(in: "the people here are ok", themes: ["people"]) == ["people-generally"])
        #expect(matcher.points(in: "the people here are ok and my carer is kind", themes: ["people"]) == ["carers"])
    }

    @Test("a prefix cue matches the start of a word, not its middle")
    func prefix() {
        #expect(matcher.points(in: "my siblings", themes: ["people"]) == ["brothers-sisters"])
        #expect(matcher.points(in: "nothing about that", themes: ["people"]).isEmpty)
        #expect(matcher.points(in: "tutoring helps", themes: ["school"]) == ["school-help"])
    }

    @Test("comments with no words, other alphabets or only emoji get no point and do not trap the matcher")
    func awkward() {
        for text in ["", "   ", "😀😀", "[name] [phone number]", "brat i siostra", "сестра", "!!!"] {
            #expect(matcher.points(in: text, themes: ["people", "school"]).isEmpty, "\(text)")
        }
    }
}
