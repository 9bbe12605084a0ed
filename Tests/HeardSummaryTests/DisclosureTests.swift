import Testing
@testable import HeardCore
@testable import HeardSummary

@Suite("Disclosure control")
struct DisclosureTests {
    /// Property: in random groups with a published total, no hidden count can be recovered by subtraction,
    /// no count from 1 to the threshold is ever published, and published counts are exact.
    @Test("no suppressed count can be recovered from a total (random tables)", arguments: 0..<200)
    func randomGroups(seed: Int) {
        var random = SeededRandom(seed: UInt64(seed + 1))
        let threshold = [3, 5, 10][seed % 3]
        let counts = (0..<Int.random(in: 2...7, using: &random)).map { _ in
            [0, Int.random(in: 1...threshold, using: &random), Int.random(in: 0...40, using: &random)][Int.random(in: 0...2, using: &random)]
        }
        let published = DisclosureControl.protect(counts, threshold: threshold)
        let hidden = published.filter(\.isSuppressed).count
        #expect(hidden != 1, "one hidden count in \(counts) could be recovered from the total")
        for (count, cell) in zip(counts, published) {
            if (1...threshold).contains(count) { #expect(cell.isSuppressed) }
            if let value = cell.value { #expect(value == count) }
        }
    }

    @Test("a lone small count hides the next smallest too; zeros are not used for that")
    func secondary() {
        let published = DisclosureControl.protect([30, 2, 0, 9, 14], threshold: 5)
        #expect(published.map(\.value) == [30, nil, 0, nil, 14])
        #expect(published[3].text == "hidden")
        #expect(published[1].text == "5 or fewer")
    }

    @Test("a headline is hidden when the rest of its total is small: 19 of 22 would show that 3 did not")
    func headlineRest() {
        let builder = SummaryBuilder(frameworkID: "t", themes: [])
        let responses = (0..<19).map { response("r\($0)", safe: "Always") } + (0..<3).map { response("n\($0)", safe: "Never") }
        let indicator = builder.build(responses: responses, actions: [])[0].indicators[0]
        #expect(indicator.positive?.isSuppressed == true)
        #expect(indicator.positivePercent == nil)
    }

    @Test("a headline may stand when the answers under it are hidden together, not alone")
    func positiveHidden() {
        let builder = SummaryBuilder(frameworkID: "t", themes: [])
        var responses = (0..<20).map { response("r\($0)", safe: "Always") }
        responses += (0..<3).map { response("m\($0)", safe: "Most of the time") }
        let indicator = builder.build(responses: responses, actions: [])[0].indicators[0]
        #expect(indicator.base.value == 23)
        // "Most of the time" (3) is hidden, so "Always" (20) is hidden with it; 23 of 23 reveals neither.
        #expect(indicator.answers.prefix(2).allSatisfy { $0.count.isSuppressed })
        #expect(indicator.positive?.value == 23)
        #expect(indicator.positivePercent == 100)
    }
}

struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state
    }
}
