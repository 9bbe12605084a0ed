import HeardCore

extension SummaryDocument {
    /// A point as the framework's points file names it: "Seeing brothers and sisters".
    public struct PointHeading: Sendable, Codable, Hashable {
        public var id: String
        /// What young people said, as a heading of two words or more.
        public var label: String
        /// Words that follow "9 of you ..." on the easy-read page.
        public var plain: String

        public init(id: String, label: String, plain: String) {
            self.id = id
            self.label = label
            self.plain = plain
        }
    }

    /// How many young people made one point under a theme, and how many of them praised, described a problem
    /// or asked for change, each count suppressed like every other. A point's count never exceeds its theme's:
    /// only comments tagged with the theme are counted for its points.
    public struct PointCount: Sendable, Codable, Hashable {
        public var heading: PointHeading
        public var respondents: PublishedCount
        public var praise: PublishedCount
        public var problems: PublishedCount
        public var requests: PublishedCount
        /// The quote the Children in Care Council approved for this point, if any (already redacted).
        public var quote: String?
    }
}
