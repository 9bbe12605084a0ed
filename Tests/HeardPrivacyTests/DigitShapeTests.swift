import Testing
import HeardCore
@testable import HeardPrivacy

/// The final scan asks its postcode, National Insurance and date patterns only about ASCII lines whose digits allow
/// a match (redaction's `DigitShapes`: a letter before a digit, six digits, digits either side of a mark): a line a
/// pattern matches must never be turned away.
@Suite("The final scan's digit shapes")
struct DigitShapeTests {
    @Test("every line a pattern matches is one its shape lets through, over many made-up lines")
    func neverTurnsAwayAMatch() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["DN31 2AB", "ln2 4xy", "AB 12 34 56 C", "ab123456c", "3/4/2024", "12.10.24", "2024-11-03",
                      "1-2-3", "a1", "7", "99", " ", "-", "/", ".", "Year 9", "x", "QQ 123456", "tel", "B7", "é", "١٢",
                      "36 of 44", "12000 14000", "Flat 4b", "09/11", "0.5"]
        var checked = 0
        for _ in 0..<20_000 {
            let line = (0..<Int.random(in: 1...5, using: &generator))
                .map { _ in pieces.randomElement(using: &generator)! }.joined(separator: Bool.random() ? " " : "")
            let shape = DigitShapes(line), ascii = TextFolding.isASCII(line)
            let lower = line.lowercased()
            if Patterns.postcode.firstMatch(in: lower) != nil { #expect(!ascii || shape.letterBeforeDigit, "\(line)"); checked += 1 }
            if Patterns.niNumber.firstMatch(in: line) != nil { #expect(!ascii || shape.digits >= 6, "\(line)"); checked += 1 }
            if Patterns.numericDate.firstMatch(in: lower) != nil { #expect(!ascii || shape.separatedDigits, "\(line)"); checked += 1 }
        }
        #expect(checked > 1_000)
    }

    @Test("lines without the shapes are turned away; a line that is not ASCII never is")
    func turnsAway() {
        let plain = DigitShapes("I was 15 when I moved, 2 times since")
        #expect(!plain.letterBeforeDigit && plain.digits < 6 && !plain.separatedDigits)
        #expect(!TextFolding.isASCII("café 1"))
        #expect(OutputScanner.kind(in: "café, call DN31 2AB today") == "postcode")
        #expect(OutputScanner.kind(in: "call DN31 2AB today") == "postcode")
        #expect(OutputScanner.kind(in: "on 3/4/2024 we met") == "date")
    }
}
