import Testing
@testable import HeardPrivacy

/// The quick test before each safeguarding rule is matched: a rule can match only when each item it cannot do
/// without has one of its atoms in the comment. Read from flat arrays, it must answer as the items say.
@Suite("Atoms a rule cannot do without")
struct RequiredAtomsTests {
    @Test("random items and comments: met exactly when every item has an atom present")
    func random() {
        var generator = SystemRandomNumberGenerator()
        let atomCount = 300
        for _ in 0..<3_000 {
            let items = (0..<Int.random(in: 0...4, using: &generator)).map { _ in
                (0..<Int.random(in: 1...5, using: &generator)).map { _ in Int.random(in: 0..<atomCount, using: &generator) }
            }
            let present = Set((0..<Int.random(in: 0...40, using: &generator)).map { _ in Int.random(in: 0..<atomCount, using: &generator) })
            var bits = [UInt64](repeating: 0, count: (atomCount + 63) / 64)
            for atom in present { bits[atom >> 6] |= 1 << UInt64(atom & 63) }
            let expected = items.allSatisfy { item in item.contains { present.contains($0) } }
            #expect(RequiredAtoms(items).isMet(by: bits) == expected, "\(items) \(present.sorted())")
        }
    }
}
