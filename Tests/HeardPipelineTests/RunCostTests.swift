import Foundation
import Testing
@testable import HeardCore
@testable import HeardPipeline

/// The ways the nightly job saves work keep its results: repeated texts worked on once. (Concerns written in one
/// batch: `ConcernListTests`.)
@Suite("What a run saves: repeats")
struct RunCostTests {
    @Test("repeated values are folded together and spread back in their order")
    func distinct() {
        let folded = Distinct(["no", "see my brother", "no", "", "see my brother", "no"])
        #expect(folded.values == ["no", "see my brother", ""])
        #expect(folded.spread(folded.values.map { $0.count }) == [2, 14, 2, 0, 14, 2])
        #expect(Distinct([String]()).spread([Int]()).isEmpty)
    }
}
