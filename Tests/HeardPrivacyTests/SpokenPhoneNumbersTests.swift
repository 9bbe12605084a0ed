import Testing
@testable import HeardPrivacy

/// Phone numbers said partly in words in the shapes of the sixteenth round: tens ("eighty-four"), teens, "0h" for
/// nought, a digit word run into digits, "plus" in a word, groups set apart by commas or spaced dashes. Examples
/// written for these tests.
@Suite("Phone numbers said partly in words")
struct SpokenPhoneNumbersTests {
    @Test("a phone number said in tens, teens and digit words is a phone number", arguments: [
        ("ring me on oh seven six three fourteen eight two six two nine", "ring me on [phone number]"),
        ("my mob is zero seven eighty-one four two six two ninety", "my mob is [phone number]"),
        ("text oh seven seven one, forty five two, three three eight", "text [phone number]"),
        ("call 0h seven nine one four two three four five six eight", "call [phone number]"),
        ("his num oh seven six two three5519 08", "his num [phone number]"),
        ("the house phone zero seven eight double three418 22 ok", "the house phone [phone number] ok"),
        ("its plus four four seventy eight two one six three nine five four", "its [phone number]"),
        ("my old number 07841, 362, 995 is off", "my old number [phone number] is off"),
        ("my old number 07841 - 36 - 29 - 95 is off", "my old number [phone number] is off"),
    ])
    func saidPartlyInWords(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("ten digits in commas with an NHS number's check digit are an NHS number, with no cue")
    func nhsShapeInCommas() {
        // 943 476 5919 passes the mod-11 check; 943 476 5918 does not, and a sum in commas is no identifier.
        #expect(Redactor().redact("its 943,476,5919 on the letter") == "its [NHS number] on the letter")
        #expect(SpokenPhones.redact("its 943,476,5918 on the letter") == "its 943,476,5918 on the letter")
        #expect(SpokenPhones.redact("we scored 1,234,567,890 points") == "we scored 1,234,567,890 points")
    }

    @Test("a count said after the number is left to the sentence")
    func countAfterTheNumber() {
        #expect(SpokenPhones.redact("i rang oh seven eight one two oh four oh five nine four three times")
            == "i rang [phone number] three times")
    }

    @Test("numbers in tens said aloud stay", arguments: [
        "i was fifteen and my brother was nineteen and my sister twenty one",
        "it cost forty five pounds and seventy pence for two of us",
        "scores were 0, 2, 1 and then 3, 0 again",
        "in 2019, 2020, 2021 i moved three times",
    ])
    func tensStay(text: String) {
        #expect(SpokenPhones.redact(text) == text)
    }
}
