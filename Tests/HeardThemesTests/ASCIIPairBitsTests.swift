import Testing
@testable import HeardThemes

/// The prefix cues' two-byte gate (`ASCIIPairBits`) must never turn away a key whose first two bytes were added:
/// a false "no" would lose a cue, and with it a tag.
@Suite("Prefix cues' two-byte gate")
struct ASCIIPairBitsTests {
    static func key(_ bytes: [UInt8]) -> UInt32 { UInt32(bytes[0]) << 16 | UInt32(bytes[1]) << 8 | UInt32(bytes[2]) }

    @Test("every pair of ASCII bytes: said present exactly when a key starting with it was added")
    func everyPair() {
        var bits = ASCIIPairBits()
        let added: Set<[UInt8]> = [[102, 111], [99, 111], [48, 57], [0, 0], [127, 127], [97, 32]]
        for pair in added { bits.insert(Self.key(pair + [120])) }
        var wrong: [[UInt8]] = []
        for first in UInt8(0)..<128 {
            for second in UInt8(0)..<128 {
                for third: UInt8 in [0, 101, 127]
                where bits.mayHold(Self.key([first, second, third])) != added.contains([first, second]) {
                    wrong.append([first, second, third])
                }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(5))")
    }
}
