import Testing
@testable import HeardCore

/// `DecimalText` must read every number exactly as `Double(_:)` does, bit for bit.
@Suite("Decimal numbers in data files")
struct DecimalTextTests {
    @Test("numbers of the models' shape read to the same bits as Double(_:), over 200,000 random ones")
    func randomAgree() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200_000 {
            let places = Int.random(in: 0...8, using: &generator)
            let whole = Int.random(in: 0...99_999, using: &generator)
            var text = (Bool.random(using: &generator) ? "-" : "") + String(whole)
            if places > 0 {
                text += "." + (0..<places).map { _ in String(Int.random(in: 0...9, using: &generator)) }.joined()
            }
            let read = DecimalText.double(Substring(text)), expected = Double(text)
            #expect(read?.bitPattern == expected?.bitPattern, "\(text)")
        }
    }

    @Test("edge cases agree with Double(_:), whichever way each is read", arguments: [
        "0", "-0", "-0.0000", "0.1", "0.3", "1.2800", "-1.2800", "123456789012345", "1234567890123456",
        "0.000000000000001", "0.1234567890123456789", "9007199254740993", "1e5", "-2.5E-3", "+1.5", "5.", ".5",
        "-", "", " 1", "1 ", "1.2.3", "nan", "inf", "-inf", "0x1p3", "1,5", "٣", "00012.50",
    ])
    func edges(text: String) {
        let read = DecimalText.double(Substring(text)), expected = Double(text)
        #expect(read?.bitPattern == expected?.bitPattern)
    }

    @Test("a field cut from a line reads like the field alone")
    func fieldOfLine() {
        let line = "w:hits\t1.42\t-0.8800\tx"
        let fields = line.split(separator: "\t")
        #expect(fields.dropFirst().map(DecimalText.double) == [1.42, -0.88, nil])
    }
}
