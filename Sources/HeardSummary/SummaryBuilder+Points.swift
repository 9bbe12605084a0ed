import HeardCore

/// Points in a summary: per theme, how many young people made each point (and how many of them praised,
/// described a problem or asked for change), counted once in `WaveComments`; the comments that say each point
/// best are chosen by `QuoteReview.bestSaying`.
extension SummaryBuilder {
    /// A theme's points that someone made, most young people first (the points file's order breaks ties).
    func pointCounts(_ heading: SummaryDocument.ThemeHeading, in said: WaveComments) -> [SummaryDocument.PointCount] {
        let count = { (value: Int) in PublishedCount(value, threshold: threshold) }
        var raised: [(count: Int, order: Int, point: SummaryDocument.PointCount)] = []
        for (order, point) in heading.points.enumerated() {
            guard let tally = said.tally(point: point.id, theme: heading.id), tally.respondents.count > 0 else { continue }
            var published = SummaryDocument.PointCount(
                heading: point, respondents: count(tally.respondents.count), praise: count(tally.praise.count),
                problems: count(tally.problems.count), requests: count(tally.requests.count), quote: nil)
            // Beside a hidden count, even a 0 would tell what those few young people said: hide the kinds too.
            if published.respondents.isSuppressed {
                for kind in [\SummaryDocument.PointCount.praise, \.problems, \.requests] {
                    published[keyPath: kind] = .hidden(threshold: threshold)
                }
            }
            raised.append((tally.respondents.count, order, published))
        }
        raised.sort { $0.count != $1.count ? $0.count > $1.count : $0.order < $1.order }
        return raised.map(\.point)
    }
}
