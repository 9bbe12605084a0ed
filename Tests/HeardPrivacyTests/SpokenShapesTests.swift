import Testing
@testable import HeardPrivacy

/// Phone numbers said in words, handles spelt out, postcodes spelt with spaces or split (issue 14, eleventh
/// round). Examples written for these tests.
@Suite("Identifiers said aloud or spelt out")
struct SpokenShapesTests {
    @Test("a phone number in digit words, with double and treble, any separator, is a phone number", arguments: [
        ("call me on oh seven nine double four one two treble six five", "call me on [phone number]"),
        ("ring zero-seven-eight-one-two-three-four-five-six-nine-nine pls", "ring [phone number] pls"),
        ("text 07812 four five six, seven eight nine after school", "text [phone number] after school"),
        ("my nans landline 07812...903614 ok", "my nans landline [phone number] ok"),
        ("my number sıfır yedi beş iki dokuz sekiz üç dört bir altı iki", "my number [phone number]"),
        ("+44 seven eight double one two three four five six", "[phone number]"),
    ])
    func spokenPhones(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("numbers said aloud stay", arguments: [
        "we won two one and then drew three three",
        "count with me one two three four five six seven eight nine ten",
        "no no no no no no no no",
        "it was double the price, five pounds ninety nine",
        "i was one of six kids and we had two rooms",
        "in 2019, 2020, 2021 i moved",
    ])
    func numbersStay(text: String) {
        #expect(SpokenPhones.redact(text) == text)
    }

    @Test("a handle spelt with symbol words or letter by letter is a handle", arguments: [
        ("add me on snap its m i l o underscore two zero one one", "add me on snap its [social media handle]"),
        ("my insta is sunny dot daze dash 04", "my insta is [social media handle]"),
        ("follow me on tiktok k-e-z-z-a-dot-x", "follow me on tiktok [social media handle]"),
        ("search p. i. x. i. e. underscore. 9 on there", "search [social media handle] on there"),
        ("find me its r o x y 2 4 on roblox", "find me its [social media handle] on roblox"),
        ("добавь меня инста c o c o under score 7", "добавь меня инста [social media handle]"),
        ("@ lola full stop bee is me", "[social media handle] is me"),
        ("on snap its k, a, i, underscore, 9", "on snap its [social media handle]"),
        ("my snap is kai underscore underscore 9", "my snap is [social media handle]"),
    ])
    func spokenHandles(text: String, expected: String) {
        #expect(SpokenHandles.redact(text) == expected)
    }

    @Test("symbol words and single letters in ordinary sentences stay", arguments: [
        "the teacher said put an underscore in the title",
        "we did dot to dot and a hyphen lesson at school",
        "whats the point of it all, full stop",
        "add me on snap x x x x",
        "if u r a carer u get paid",
        "minus points for being late on tiktok",
    ])
    func ordinarySymbols(text: String) {
        #expect(SpokenHandles.redact(text) == text)
    }

    @Test("a postcode spelt with spaces is a postcode", arguments: [
        ("my postcode is l s 1 7 2 a b ok", "my postcode is [postcode] ok"),
        ("send it to w c 1 a 9 h x", "send it to [postcode]"),
        ("its ng5 1 fz", "its [postcode]"),
        ("postcode L.S.1.7 2.A.B", "postcode [postcode]"),
        ("my postcode is LS17-2AB", "my postcode is [postcode]"),
        ("we live in DN31 OHU now", "we live in [postcode] now"),
    ])
    func speltPostcodes(text: String, expected: String) {
        #expect(PostcodeNeighbours.redactSpelt(text) == expected)
    }

    @Test("a postcode spelt letter by letter is a postcode, not a handle")
    func speltPostcodeIsNoHandle() {
        #expect(Redactor().redact("i live at S W 1 A 2 A A") == "i live at [postcode]")
        #expect(SpokenHandles.redact("i live at S W 1 A 2 A A") == "i live at S W 1 A 2 A A")
    }

    @Test("a postcode's half beside an address or a postcode, or two halves apart, is a postcode", arguments: [
        ("[address] in e17 now", "[address] in [postcode] now"),
        ("[address] idk 4qh", "[address] idk [postcode]"),
        ("moved from ls9 to [postcode]", "moved from [postcode] to [postcode]"),
        ("its se14 or something 6gh i forget", "its [postcode] or something [postcode] i forget"),
        ("[postcode] erm 3nd", "[postcode] erm [postcode]"),
    ])
    func postcodeNeighbours(text: String, expected: String) {
        #expect(PostcodeNeighbours.redactNeighbours(text) == expected)
    }

    @Test("ordinals, times, text-speak and roads beside an address stay", arguments: [
        "[address] on the 3rd floor",
        "[address] b4 i moved",
        "[address] at 6pm",
        "[address] off the m1",
        "i got a b2 in maths and came 2nd",
    ])
    func postcodeNeighboursStay(text: String) {
        #expect(PostcodeNeighbours.redactNeighbours(text) == text)
    }

    @Test("apps are known in their inflections, slips and other alphabets; everyday words that start alike are not")
    func handlePlaces() {
        let places = HandlePlaces.shipped
        for name in ["instagarm", "tiktoku", "discordzie", "facebok", "инстаграме", "snapchat", "messenger"] {
            #expect(places.isName(NameKey.key(name)), "\(name)")
        }
        for word in ["instant", "steamed", "twitching", "facet", "disco", "snapped"] {
            #expect(!places.isName(word), "\(word)")
        }
        #expect(places.isPhrase("face", "book"))
        #expect(HandlePlaces.oneEditApart("instagram", "instagarm"))
        #expect(!HandlePlaces.oneEditApart("instagram", "instant"))
    }

    @Test("a handle named later in a sentence about an app", arguments: [
        ("my old snap got hacked new one is kezza77", "my old snap got hacked new one is [social media handle]"),
        ("my ticktock is bee_04", "my ticktock is [social media handle]"),
        ("add me on messenger lolo2009", "add me on messenger [social media handle]"),
    ])
    func laterHandles(text: String, expected: String) {
        #expect(HandleCues.redact(text) == expected)
    }

    @Test("the byte tests pass ordinary comments by")
    func gates() {
        for text in ["i like my carers and my room", "we moved 3 times in 2 years", "my sw is nice, she rings on fridays"] {
            #expect(!SpokenPhones.mayHold(Array(text.utf8)))
            #expect(!SpokenHandles.mayHold(Array(text.utf8)))
        }
        #expect(SpokenPhones.mayHold(Array("oh seven seven double one two three four five six".utf8)))
        #expect(SpokenHandles.mayHold(Array("its kai underscore 9".utf8)))
        #expect(SpokenHandles.mayHold(Array("k a i 9".utf8)))
    }
}
