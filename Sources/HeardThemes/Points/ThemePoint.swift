/// One thing young people say again and again under a theme, in their own terms: "Seeing brothers and
/// sisters", "Keeping the same social worker". A summary counts how many young people raised each point.
public struct ThemePoint: Sendable, Hashable, Identifiable {
    /// Stable id, unique within its framework (`seeing-brothers-and-sisters`): `summary.json` uses it.
    public var id: String
    /// The theme the point belongs to; a comment gets the point only when it is tagged with this theme.
    public var themeID: String
    /// What young people said, short, as a heading: two words or more ("Money for clubs and trips").
    public var label: String
    /// The same point for the easy-read page, to follow "9 of you ..." ("want to see your brothers and
    /// sisters more").
    public var plain: String
    /// Words and phrases that signal the point; `brother*` matches any word starting "brother".
    public var cues: [String]
    /// Co-occurrence cues: a word or phrase from each side in the same sentence.
    public var pairs: [CuePair]
    /// A broad point ("How school is going") is given only when no other point of its theme fits.
    public var isBroad: Bool

    public init(id: String, themeID: String, label: String, plain: String = "", cues: [String] = [],
                pairs: [CuePair] = [], isBroad: Bool = false) {
        self.id = id
        self.themeID = themeID
        self.label = label
        self.plain = plain.isEmpty ? "told us about " + label.lowercased() : plain
        self.cues = cues
        self.pairs = pairs
        self.isBroad = isBroad
    }

    /// How many words the label has: a label must have two or more.
    public var labelWordCount: Int { label.split(whereSeparator: { $0.isWhitespace }).count }
}

/// A framework's points, in the order its file lists them.
public struct PointBook: Sendable, Hashable {
    /// The framework the points are for (`lincolnshire-2022`).
    public var frameworkID: String
    public var points: [ThemePoint]

    public init(frameworkID: String, points: [ThemePoint]) {
        self.frameworkID = frameworkID
        self.points = points
    }

    /// The points of one theme, in file order.
    public func points(of themeID: String) -> [ThemePoint] { points.filter { $0.themeID == themeID } }

    /// This book with `other`'s points added; a point with an id already here replaces it in place. This is how
    /// a council's own points file (`Surveys/frameworks/<framework-id>.points.txt`) adds to the shipped points.
    public func adding(_ other: PointBook) -> PointBook {
        var merged = points
        for point in other.points {
            if let index = merged.firstIndex(where: { $0.id == point.id }) {
                merged[index] = point
            } else {
                merged.append(point)
            }
        }
        return PointBook(frameworkID: frameworkID, points: merged)
    }
}
