/// How much of what young people said the points account for, on comments whose themes are known (coders'
/// labels or the tagger's): the share of theme-tagged comments that get at least one point, and the share of
/// (comment, theme) cells that get a point of that theme, with and without the broad catch-all points.
public struct PointCoverage: Sendable, Hashable {
    /// Comments with at least one theme, and those that got a point.
    public var comments = 0
    public var commentsWithPoint = 0
    /// (comment, theme) cells, those with a point of that theme, and those with a point that is not broad.
    public var cells = 0
    public var cellsWithPoint = 0
    public var cellsWithSpecificPoint = 0
    /// Per theme: cells and cells with a point.
    public var byTheme: [String: (cells: Int, covered: Int)] = [:]

    public static func == (lhs: PointCoverage, rhs: PointCoverage) -> Bool {
        (lhs.comments, lhs.commentsWithPoint, lhs.cells, lhs.cellsWithPoint, lhs.cellsWithSpecificPoint)
            == (rhs.comments, rhs.commentsWithPoint, rhs.cells, rhs.cellsWithPoint, rhs.cellsWithSpecificPoint)
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(cells); hasher.combine(cellsWithPoint) }

    /// Share of theme-tagged comments with a point.
    public var commentShare: Double { comments == 0 ? 0 : Double(commentsWithPoint) / Double(comments) }
    /// Share of (comment, theme) cells with a point of that theme.
    public var cellShare: Double { cells == 0 ? 0 : Double(cellsWithPoint) / Double(cells) }
    /// The same, counting only points that are not broad.
    public var specificCellShare: Double { cells == 0 ? 0 : Double(cellsWithSpecificPoint) / Double(cells) }

    /// Measures `matcher` on comments with their themes.
    public static func measure(_ matcher: PointMatcher, on comments: [(text: String, themes: Set<String>)]) -> PointCoverage {
        var coverage = PointCoverage()
        let themeOf = Dictionary(matcher.book.points.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for comment in comments where !comment.themes.isEmpty {
            let themes = comment.themes.sorted()
            let points = matcher.points(in: comment.text, themes: themes).compactMap { themeOf[$0] }
            coverage.comments += 1
            if !points.isEmpty { coverage.commentsWithPoint += 1 }
            for theme in themes {
                let mine = points.filter { $0.themeID == theme }
                coverage.cells += 1
                var entry = coverage.byTheme[theme] ?? (0, 0)
                entry.cells += 1
                if !mine.isEmpty {
                    coverage.cellsWithPoint += 1
                    entry.covered += 1
                }
                if mine.contains(where: { !$0.isBroad }) { coverage.cellsWithSpecificPoint += 1 }
                coverage.byTheme[theme] = entry
            }
        }
        return coverage
    }
}
