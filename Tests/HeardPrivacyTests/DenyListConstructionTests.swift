import Testing
@testable import HeardPrivacy

/// The deny list built from an export's identity cells (`Redactor.init(denyList:)`): an ASCII value is read
/// from its bytes, and must give the tokens the character reading gives. Values written for this test.
@Suite("Deny list construction")
struct DenyListConstructionTests {
    /// The long way, as `Redactor.init` read every value before the byte reading.
    static func longWay(_ value: String) -> [String]? {
        let folded = value.lowercased()
        guard folded.contains("@") || folded.contains(where: \.isNumber) else { return nil }
        return Redactor.tokens(folded).filter { $0.count >= 4 }.map(String.init)
    }

    @Test("Examples: emails, references and addresses are denied whole, names are not tokens")
    func examples() {
        #expect(Redactor.deniedTokens(of: "Kez.W44@Example.org") == ["kez.w44@example.org"])
        #expect(Redactor.deniedTokens(of: "MOS-2023-00412 (old)") == ["mos-2023-00412"])
        #expect(Redactor.deniedTokens(of: "81.22.140.7") == ["81.22.140.7"])
        #expect(Redactor.deniedTokens(of: "Flat 9, Quarry Row") == ["flat", "quarry"])
        #expect(Redactor.deniedTokens(of: "Jaycee Ormond") == nil)
        #expect(Redactor.deniedTokens(of: "") == nil)
    }

    @Test("Byte reading and character reading agree on many assembled values")
    func agrees() {
        let pieces = ["Kez", "w44", "@", "example.org", "AB-2021", "77310", " ", ",", ";", "(", ")", "\"", "'", "\t",
                      "\r\n", "x", "9", "Ömer", "٣", "ｆｕｌｌ", "Zoë", "-", ".", "[", "]", "<", ">", "!", "?", "ab"]
        var state: UInt64 = 17
        for _ in 0..<5_000 {
            var value = ""
            for _ in 0..<Int(state % 7) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                value += pieces[Int((state >> 33) % UInt64(pieces.count))]
            }
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            #expect(Redactor.deniedTokens(of: value) == Self.longWay(value), "\(value.debugDescription)")
        }
    }

    @Test("A value given many times denies what it denies once")
    func repeats() {
        let once = Redactor(denyList: ["Jaycee Ormond", "jo.ormond7@example.com"])
        let many = Redactor(denyList: Array(repeating: "Jaycee Ormond", count: 50) + ["jo.ormond7@example.com", "Jaycee Ormond"])
        let comment = "Jaycee Ormond said mail jo.ormond7@example.com"
        #expect(once.redact(comment) == many.redact(comment))
        #expect(!many.redact(comment).contains("Ormond"))
        #expect(!many.redact(comment).contains("example.com"))
    }
}
