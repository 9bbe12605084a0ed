import Testing
@testable import HeardPrivacy

/// Postcodes and NI numbers said aloud and typed by a worker as heard (the eighteenth round): letters of the
/// phonetic alphabet, "B for bob", digits in words with commas and "..." between, "then", a correction partway,
/// the word "postcode" before or after, and its first half alone beside the word. Examples written for these tests.
@Suite("Postcodes and NI numbers said aloud")
struct SaidAloudCodesTests {
    @Test("a postcode said aloud is a postcode", arguments: [
        ("my postcode is M one four, seven whiskey tango ok", "my postcode is [postcode] ok"),
        ("its DE twenty-two then 3 papa hotel thanks", "its [postcode] thanks"),
        ("postcode is H for harry, U for uncle nine... two J for jam, X for x-ray", "postcode is [postcode]"),
        ("put hotel delta six, four november lima for the postcode", "put [postcode] for the postcode"),
        ("sheffield S eleven 8 Y Y is where i am", "sheffield [postcode] is where i am"),
        ("the postcode is sk nine, wait, SK nine, five a f i think", "the postcode is [postcode] i think"),
        ("put WA twelve thats the postcode", "put [postcode] thats the postcode"),
        ("postcode N two zero if that makes sense", "postcode [postcode] if that makes sense"),
    ])
    func postcodeSaid(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("an NI number said aloud is an NI number", arguments: [
        ("ni number R T four one two oh nine eight B", "ni number [NI number]"),
        ("my national insurance is echo kilo 12 34 56 C ok", "my national insurance is [NI number] ok"),
    ])
    func niSaid(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("words and numbers that only look like one stay", arguments: [
        "born on november 29th two thousand and eleven",
        "my claim no number CT six one six nought eight six one five nine",
        "we went to the golf club at nine, then to the hotel at ten",
        "november oh seven so that day is hard",
    ])
    func notACode(text: String) {
        #expect(SpokenPostcodes.redact(text) == text)
    }

    @Test("a phone said in pieces, with 'then' or a correction between, is one phone", arguments: [
        ("ring oh one six one then four nine six nought two two ok", "ring [phone number] ok"),
        ("its oh seven seven double oh, hold on thats wrong, nine double oh one two three yeah", "its [phone number] yeah"),
        ("text oh seven seven oh oh no wait nine oh oh one two three", "text [phone number]"),
        ("my number is oh seven seven, double oh nine i mean double oh one two three thanks", "my number is [phone number] thanks"),
    ])
    func phoneInPieces(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("numbers said with 'then' between that are no phone stay", arguments: [
        "i was five then six then seven when i moved",
        "we scored two then three then four goals, no wait five",
    ])
    func notAPhone(text: String) {
        #expect(SpokenPhones.redact(text) == text)
    }

    @Test("a date said in groups is a date", arguments: [
        ("born twenty two slash oh six slash two thousand and eight lol", "born [date] lol"),
        ("my birthday is nineteen, zero four eleven ok", "my birthday is [date] ok"),
        ("i came into care on the third of the ninth, 2015 and", "i came into care on the [date] and"),
        ("dob is fourteen oh two slash twenty ten", "dob is [date]"),
        ("born on march nine, oh six yeah", "born on [date] yeah"),
    ])
    func dateSaid(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("three numbers said that are no date stay", arguments: [
        "i was twelve, then thirteen and fourteen when i moved",
        "we had two, three then four workers in a year",
        "the first review of the year was ok",
    ])
    func notADate(text: String) {
        #expect(SaidDates.redact(text) == text)
    }

    @Test("the parts of an address said aloud go with it", arguments: [
        ("i live at number two hundred and six Larkfield Road now", "i live at [address] now"),
        ("im at flat three c, number eighty one Tillery Street ok", "im at [address] ok"),
        ("im at 14 Ravel Close - no sorry 16 Ravel Close now", "im at [address] now"),
        ("i live at Heron Court floor eleventh number sixty-two", "i live at [address]"),
        ("they moved me upstairs from the chippy on Dunmore Road lol", "they moved me [address] lol"),
        ("my nans is 5 Crane Walk on the Brickfield", "my nans is [address]"),
    ])
    func addressSaidParts(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("words beside an address that are not part of it stay", arguments: [
        ("my first placement was 4 Pell Street in Vietnam", "my first placement was [address] in Vietnam"),
        ("i live at 12 Hatch Road and a dog lives there too", "i live at [address] and a dog lives there too"),
    ])
    func addressNeighbours(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }
}
