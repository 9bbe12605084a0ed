import Testing
@testable import HeardPrivacy

/// The rules issue 14 asked for, each on sentences written for this test (development examples, not a score).
@Suite("Redaction rules that generalise")
struct RedactionRulesTests {
    @Test("identifier shapes are redacted by shape, whatever their validity", arguments: [
        ("my ni is ZZ 12 34 56 T ok", "my ni is [NI number] ok"),
        ("ni no ji 90 44 26 c", "ni no [NI number]"),
        ("ni QQ123456", "ni [NI number]"),
        ("nhs 123 456 7890 thanks", "nhs [NHS number] thanks"),
        ("my file is CLA123456", "my file is [reference]"),
        ("ref 0968 please", "ref [reference] please"),
        ("reference numba 1513", "reference numba [reference]"),
        ("born 2009-03-12 in leeds", "born [date] in leeds"),
        ("bday 9th of feb", "bday [date]"),
        ("add me on discord jaybird#1234", "add me on discord [social media handle]"),
    ])
    func shapes(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("an address is redacted as a whole", arguments: [
        ("i live at Flat 52, Reed Vista, New Barbara, DN31 1HU now", "i live at [address], [postcode] now"),
        ("Studio 10 Jones Turnpike is cold", "[address] is cold"),
        ("post it to 12 smith crossing", "post it to [address]"),
        ("my flat is unit 3 kingfisher buildings and its tiny", "my flat is [address] and its tiny"),
        ("i live at the old rectory, weelsby view", "i live at [address]"),
        ("Rosedene is where i live now", "[address] is where i live now"),
        ("we walked down the road to the park", "we walked down the road to the park"),
        ("we went 2 thorpe park", "we went 2 thorpe park"),
    ])
    func addresses(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("a word in a name's place that is not an everyday word is a name, in any case and alphabet", arguments: [
        ("my friend Małgorzata is kind", "my friend [name] is kind"),
        ("me and ștefan went out", "me and [name] went out"),
        ("my sw Ayşe Yılmaz listens", "my sw [name] [name] listens"),
        ("my mate Олександр helps me", "my mate [name] helps me"),
        ("tavrek quillan keeps getting bullied", "[name] [name] keeps getting bullied"),
        ("Zorbina [name] is my best friend", "[name] [name] is my best friend"),
        ("a girl called vy in my class", "a girl called [name] in my class"),
        ("speak to quaye at the desk", "speak to [name] at the desk"),
        ("the register says xolani but that is wrong", "the register says [name] but that is wrong"),
        ("Jay, Kyle and Tavrek came round", "[name], [name] and [name] came round"),
        ("ME AND KACPER WENT TO TOWN", "ME AND [name] WENT TO TOWN"),
        ("محمد is my brother", "[name] is my brother"),
        ("she helped me with my CV and I got a job", "she helped me with my CV and I got a job"),
    ])
    func names(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("names that are everyday words count only in a name's place", arguments: [
        ("tell star i miss her", "tell [name] i miss her"),
        ("faith takes me to the shops", "[name] takes me to the shops"),
        ("my stepdad chance is kind", "my stepdad [name] is kind"),
        ("i have no faith in the system", "i have no faith in the system"),
        ("i hope Will comes", "i hope [name] comes"),
        ("i will never forgive them", "i will never forgive them"),
        ("im not a charity case", "im not a charity case"),
    ])
    func everydayNames(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("places, shops, clubs and games are not names; a person named like one still is", arguments: [
        ("we went to Alton Towers and Thorpe Park", "we went to Alton Towers and Thorpe Park"),
        ("i support Chelsea and got a top from Primark", "i support Chelsea and got a top from Primark"),
        ("i play Rocket League with my mates", "i play Rocket League with my mates"),
        ("my friend Chelsea is nice", "my friend [name] is nice"),
        ("i miss living in Skegness", "i miss living in Skegness"),
    ])
    func places(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("a workspace's own places are kept too")
    func workspacePlaces() {
        let text = "we went to Zanzibar Wonderland on saturday"
        #expect(Redactor().redact(text) != text)
        #expect(Redactor(places: PlaceList("# our places\nzanzibar wonderland\n")).redact(text) == text)
    }

    @Test("an everyday word mistyped is not a name, but a name no list holds is")
    func misspellings() {
        #expect(Misspelling.isNearEverydayWord("hostle"))
        #expect(Misspelling.isNearEverydayWord("reallly"))
        #expect(!Misspelling.isNearEverydayWord("zorbina"))
        #expect(Redactor().redact("the hostle is dangerous") == "the hostle is dangerous")
    }

    @Test("schools are redacted whole, not school words", arguments: [
        ("i go to st margarets catholic primary school", "i go to [school]"),
        ("Im going to Tollbar Learning Centre in september", "Im going to [school] in september"),
        ("da teachers at harris academy oldfleet r nice", "da teachers at [school] r nice"),
        ("secondary school is hard", "secondary school is hard"),
        ("college is stressful", "college is stressful"),
    ])
    func schools(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }
}
