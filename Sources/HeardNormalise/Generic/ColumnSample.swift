import HeardCore

/// What a column's values look like, computed once: the answered cells, how varied and long they are.
struct ColumnSample {
    let header: String
    /// Cells that say something (blanks and "N/A" left out).
    let values: [String]
    let distinct: Int
    let averageWords: Double
    let averageLength: Double

    init(header: String, cells: [String]) {
        self.header = header
        values = cells.filter { !TextFolding.isNonAnswer($0) }
        distinct = Set(values.map(TextFolding.fold)).count
        let words = values.map { $0.split(whereSeparator: \.isWhitespace).count }
        averageWords = values.isEmpty ? 0 : Double(words.reduce(0, +)) / Double(values.count)
        averageLength = values.isEmpty ? 0 : Double(values.map(\.count).reduce(0, +)) / Double(values.count)
    }

    /// Share of answered cells for which `test` holds.
    func share(_ test: (String) -> Bool) -> Double {
        values.isEmpty ? 0 : Double(values.filter(test).count) / Double(values.count)
    }

    var uniqueness: Double { values.isEmpty ? 0 : Double(distinct) / Double(values.count) }
}

/// Picks the answer scale a column's values fit best.
enum ScaleDetector {
    /// The best-fitting scale and the share of answered cells it understands; the preferred scale wins near-ties.
    static func best(for sample: ColumnSample, preferred: AnswerScale? = nil) -> (scale: AnswerScale, fit: Double)? {
        guard !sample.values.isEmpty else { return preferred.map { ($0, 0) } }
        var best: (scale: AnswerScale, fit: Double)?
        let candidates = [preferred].compactMap { $0 } + AnswerScale.all.filter { $0.id != preferred?.id }
        for scale in candidates {
            let matcher = AnswerMatcher(scale: scale)
            let fit = sample.share {
                if case .option = matcher.match($0) { return true }
                return false
            }
            if best == nil || fit > best!.fit + 0.05 { best = (scale, fit) }
        }
        return best
    }
}
