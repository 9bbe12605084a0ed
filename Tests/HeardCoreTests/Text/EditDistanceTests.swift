import Testing
import HeardCore

/// One edit distance serves answer labels (characters) and mistyped months (bytes): both must count the same.
@Suite("Edit distance")
struct EditDistanceTests {
    @Test("insertions, deletions, changes and a swap of neighbours each cost one", arguments: [
        ("always", "allways", 1), ("always", "alway", 1), ("always", "alwoys", 1), ("february", "febraury", 1),
        ("october", "ocotber", 1), ("", "yes", 3), ("no", "", 2), ("never", "never", 0), ("ab", "ba", 1), ("abc", "cab", 2),
    ])
    func distances(lhs: String, rhs: String, expected: Int) {
        #expect(EditDistance.distance(Array(lhs), Array(rhs)) == expected)
        #expect(EditDistance.distance(Array(lhs.utf8), Array(rhs.utf8)) == expected)
        #expect(EditDistance.within(expected, lhs, rhs))
        #expect(expected == 0 || !EditDistance.within(expected - 1, lhs, rhs))
    }

    @Test("one slip apart is exactly a distance of at most one, on every pair of short words over three letters")
    func oneSlipAgreesWithTheDistance() {
        let letters: [UInt8] = Array("abc".utf8)
        var words: [[UInt8]] = [[]]
        for _ in 1...4 { words += words.filter { $0.count == (words.last?.count ?? 0) }.flatMap { w in letters.map { w + [$0] } } }
        #expect(words.count == 1 + 3 + 9 + 27 + 81)
        for a in words {
            for b in words {
                #expect(EditDistance.isOneSlip(a, b) == (EditDistance.distance(a, b) <= 1))
            }
        }
    }
}
