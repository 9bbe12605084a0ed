import HeardCore

/// How well a column's sampled answers fit each known scale: the share of answered cells a scale reads as one of
/// its labels (or as "does not apply" or "prefer not to say"). Classifying one column asks this of every scale,
/// some more than once; here each label's scale-free reading (`LabelReading.Verdict`) is made once and each
/// scale's share once, and the figures are `ClosedShape.fit`'s.
struct ScaleFits {
    private let sample: ColumnSample
    private var verdicts: [(verdict: LabelReading.Verdict?, count: Int)]?
    private var known: [AnswerScale: Double] = [:]

    init(_ sample: ColumnSample) { self.sample = sample }

    /// The best share over `scales` (0 for a column with no answers).
    mutating func best(_ scales: [AnswerScale]) -> Double {
        guard !sample.values.isEmpty else { return 0 }
        var best = 0.0
        for scale in scales { best = max(best, share(scale)) }
        return best
    }

    private mutating func share(_ scale: AnswerScale) -> Double {
        if let share = known[scale] { return share }
        let verdicts = verdicts ?? sample.counts.map { (LabelReading.verdict(of: $0.key), $0.value) }
        self.verdicts = verdicts
        let reading = LabelReading(question: nil, scale: scale)
        var fitted = 0
        for (verdict, count) in verdicts {
            guard let verdict else { continue }
            let found = reading.read(verdict)
            if found.kind != .own || found.isPositive != nil { fitted += count }
        }
        let share = Double(fitted) / Double(sample.values.count)
        known[scale] = share
        return share
    }
}
