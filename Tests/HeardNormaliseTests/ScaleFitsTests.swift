import Testing
@testable import HeardCore
@testable import HeardNormalise

/// `ScaleFits` reads each sampled label once for every scale tried: its shares must be the ones reading every
/// label again on each scale gives. Answers written for this test.
@Suite("Scale fits")
struct ScaleFitsTests {
    /// The share the long way: every label read afresh on every scale.
    static func longWay(_ sample: ColumnSample, _ scales: [AnswerScale]) -> Double {
        guard !sample.values.isEmpty else { return 0 }
        var best = 0.0
        for scale in scales {
            let reading = LabelReading(question: nil, scale: scale)
            var fitted = 0
            for (label, count) in sample.counts {
                guard let found = reading.read(label) else { continue }
                if found.kind != .own || found.isPositive != nil { fitted += count }
            }
            best = max(best, Double(fitted) / Double(sample.values.count))
        }
        return best
    }

    @Test("Every scale's share, asked in any order and more than once, is the long way's")
    func agrees() {
        let columns: [[String]] = [
            ["Always", "Allways", "most of the time", "Sumtimes", "never", "N/A", "prefer not to say", "", "dunno"],
            ["Yes", "yes", "Nope", "Yes, mostly", "no, not really", "I don't have one", "07700 900123", "Not sure"],
            ["i want to see my nan more", "nothing", "more trips out", "Strongly agree", "agree", "-", "skipped"],
            ["10", "7", "seven", "0 = not at all", "5", "", "3"],
            [],
        ]
        for cells in columns {
            let sample = ColumnSample(header: "How often?", cells: cells)
            var fits = ScaleFits(sample)
            for scale in AnswerScale.all + AnswerScale.all.reversed() {
                #expect(fits.best([scale]) == Self.longWay(sample, [scale]), "\(cells) on \(scale.id)")
            }
            #expect(fits.best(AnswerScale.all) == Self.longWay(sample, AnswerScale.all))
            #expect(ClosedShape.fit(sample, scales: AnswerScale.all) == Self.longWay(sample, AnswerScale.all))
        }
    }
}
