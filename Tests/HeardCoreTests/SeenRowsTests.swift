import Testing
@testable import HeardCore

@Suite("Rows seen in one comment")
struct SeenRowsTests {
    @Test("answers as a Set does, through growth, for rows from 0 to far beyond the starting room")
    func agreesWithSet() {
        var generator = SystemRandomNumberGenerator()
        for expected in [0, 1, 5, 40, 300] {
            var rows = SeenRows(expected: expected)
            var reference: Set<Int32> = []
            for _ in 0..<2_000 {
                let row = Int32.random(in: 0...Int32(expected * 3 + 20), using: &generator)
                let fresh = rows.insert(row), inserted = reference.insert(row).inserted
                #expect(fresh == inserted)
            }
        }
    }

    @Test("the largest row and row 0 are kept apart from the empty slot")
    func extremes() {
        var rows = SeenRows(expected: 2)
        let answers = [rows.insert(0), rows.insert(Int32.max), rows.insert(0), rows.insert(Int32.max)]
        #expect(answers == [true, true, false, false])
    }
}
