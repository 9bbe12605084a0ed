import HeardCore

/// Points in a summary: per theme, how many young people made each point (and how many of them praised,
/// described a problem or asked for change), how many said other things about the theme, and the comments
/// that say each point best, offered to the Children in Care Council as quotes.
extension SummaryBuilder {
    /// Who made one point, by respondent key.
    struct PointTally {
        var respondents: Set<String> = []
        var praise: Set<String> = []
        var problems: Set<String> = []
        var requests: Set<String> = []
        /// Its comments, for choosing quotes.
        var comments: [Comment] = []

        mutating func add(_ comment: Comment, from key: String) {
            respondents.insert(key)
            switch comment.polarity {
            case .positive: praise.insert(key)
            case .negative: problems.insert(key)
            case .request: requests.insert(key)
            case .neutral: break
            }
            comments.append(comment)
        }
    }

    /// Every theme's point tallies and, per theme, the young people with a comment in it that made none of its
    /// points. One pass over the responses.
    func tallyPoints(_ responses: [Response]) -> (points: [String: [String: PointTally]], other: [String: Set<String>]) {
        var themeOfPoint: [String: String] = [:]
        for heading in themes { for point in heading.points { themeOfPoint[point.id] = heading.id } }
        var points: [String: [String: PointTally]] = [:]
        var other: [String: Set<String>] = [:]
        for response in responses {
            let key = response.respondentKey
            for comment in response.comments {
                var seen: Set<String> = []
                for tag in comment.tags where seen.insert(tag.themeID).inserted {
                    let made = comment.points.filter { themeOfPoint[$0] == tag.themeID }
                    if made.isEmpty { other[tag.themeID, default: []].insert(key) }
                    for point in Set(made) {
                        // Mutated in place: copying a tally out and back would copy its sets for every comment.
                        points[tag.themeID, default: [:]][point, default: PointTally()].add(comment, from: key)
                    }
                }
            }
        }
        return (points, other)
    }

    /// A theme's points that someone made, most young people first (the points file's order breaks ties).
    func pointCounts(_ heading: SummaryDocument.ThemeHeading, tallies: [String: PointTally]) -> [SummaryDocument.PointCount] {
        let count = { (value: Int) in PublishedCount(value, threshold: threshold) }
        var raised: [(count: Int, order: Int, point: SummaryDocument.PointCount)] = []
        for (order, point) in heading.points.enumerated() {
            guard let tally = tallies[point.id], !tally.respondents.isEmpty else { continue }
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

    /// The comments that say a point best: quotable, short and clear, few placeholders; distinct texts, best
    /// first (clearest, then by text), at most `limit`; of a text said more than once, its first comment.
    static func bestSaying(_ comments: [Comment], limit: Int = 3) -> [Comment] {
        // A document is built on one core; a point's comments can be thousands, so both cores score them (a
        // comment that may not be quoted scores nil). Then one pass keeps the best `limit` distinct texts, in
        // order (no set of every text, no sort of them all).
        let clarities = ParallelMap.map(comments) { comment in
            QuoteSelection.isQuotable(comment) ? QuoteSelection.clarity(comment.text) : nil
        }
        func better(_ a: (comment: Comment, clarity: Double), than b: (comment: Comment, clarity: Double)) -> Bool {
            a.clarity != b.clarity ? a.clarity > b.clarity : a.comment.text < b.comment.text
        }
        var best: [(comment: Comment, clarity: Double)] = []
        for (comment, clarity) in zip(comments, clarities) {
            guard let clarity, clarity > 0 else { continue }
            let scored = (comment: comment, clarity: clarity)
            // A text already kept keeps its first comment; a text once pushed out can never come back (every
            // text kept since is better).
            if best.count == limit, let last = best.last, !better(scored, than: last) { continue }
            guard !best.contains(where: { $0.comment.text == comment.text }) else { continue }
            let at = best.firstIndex { better(scored, than: $0) } ?? best.count
            best.insert(scored, at: at)
            if best.count > limit { best.removeLast() }
        }
        return best.map(\.comment)
    }
}
