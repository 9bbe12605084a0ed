import Testing
@testable import HeardPrivacy

/// `RedactionEvaluation`'s number-word rule: a value said in words leaks by four of its digits in a row, written
/// or said, not by one of its number words standing elsewhere; the strict count keeps any word. Written for
/// these tests.
@Suite("The scorer's number-word rule")
struct EvaluationNumberWordTests {
    private let phone = RedactionEvaluation.Planted(kind: "phone", value: "oh seven seven double one two three four five six")

    private func leaks(_ output: String, strict: Bool) -> Bool {
        let words = RedactionEvaluation.words(output)
        return RedactionEvaluation.leaks(phone, outputWords: words, outputDigits: output.filter(\.isNumber),
                                         outputSaid: SaidDigits.read(words, keepingOthers: true) ?? "", output: output, strict: strict)
    }

    @Test("a number word elsewhere in the comment is a leak only when counted strictly")
    func numberWordElsewhere() {
        let output = "call me on [phone number], i have one brother and oh well"
        #expect(!leaks(output, strict: false))
        #expect(leaks(output, strict: true))
    }

    @Test("four digits of the value surviving, said or written, leak either way", arguments: [
        "call me on [phone number] double one two three", "call me on [phone number] 1 1 2 3", "its seven seven one one [phone number]",
    ])
    func digitsSurvive(output: String) {
        #expect(leaks(output, strict: false))
        #expect(leaks(output, strict: true))
    }

    @Test("the two counts are reported side by side")
    func bothCounts() {
        let items = [(text: "ring oh seven seven double one two three four five six, i have one brother",
                      planted: [phone])]
        let result = RedactionEvaluation.evaluate(Redactor(), on: items)
        #expect(result.planted["phone"] == 1)
        #expect(result.leakedStrict["phone", default: 0] >= result.leaked["phone", default: 0])
    }

    @Test("said digits read in order, doubles repeated")
    func saidDigits() {
        #expect(SaidDigits.read(["oh", "seven", "double", "one", "4"]) == "07114")
        #expect(SaidDigits.read(["no", "digits", "here"]) == nil)
    }
}
