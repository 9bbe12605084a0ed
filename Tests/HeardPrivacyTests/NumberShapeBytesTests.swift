import Testing
@testable import HeardPrivacy

/// The final scan reads the digit runs of an ASCII line (no carriage return) from its bytes, and any other line
/// by its characters: both readings must find the same thing in every line.
@Suite("The final scan's number shapes by bytes")
struct NumberShapeBytesTests {
    @Test("bytes and characters find the same identifier in many made-up lines")
    func sameAsCharacters() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["07700 900123", "+44 7700 900 123", "(01472) 313131", "943 476 5919", "9434765919", "36 of 44",
                      "12000 14000", "2024-25", "2.5640426874160767", "36.5", "0", "44", "+", "-", ".", "(", ")", " ",
                      "1", "12", "123", "1234", "0114 496 0000", "call", "x", "\r\n", "\r", "é", "١٢", "🙂", "4\u{301}",
                      "+7", "0.", "((0", "1-2-3-4-5-6-7-8-9"]
        var found = 0
        for _ in 0..<20_000 {
            let line = (0..<Int.random(in: 1...6, using: &generator))
                .map { _ in pieces.randomElement(using: &generator)! }.joined(separator: Bool.random() ? " " : "")
            let read = NumberShapes.identifier(in: line)
            #expect(read == NumberShapes.identifierByCharacters(in: line), "\(line.debugDescription)")
            if read != nil { found += 1 }
        }
        #expect(found > 1_000)
    }

    @Test("each kind is still told apart, by bytes and by characters")
    func kinds() {
        for suffix in ["", " café"] {
            #expect(NumberShapes.identifier(in: "ring 07700 900123" + suffix) == "phone number")
            #expect(NumberShapes.identifier(in: "ring +44 7700 900123" + suffix) == "phone number")
            #expect(NumberShapes.identifier(in: "mine is 943 476 5919" + suffix) == "NHS number")
            #expect(NumberShapes.identifier(in: "ref 123456789" + suffix) == "phone or ID number")
            #expect(NumberShapes.identifier(in: "36 of 44, 2024-25, 36.5" + suffix) == nil)
        }
    }
}
