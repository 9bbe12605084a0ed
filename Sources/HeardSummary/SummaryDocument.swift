import HeardCore

/// Everything one "You said, we did" summary says, for one survey series and wave, with small counts already
/// suppressed. Every renderer draws from this and nothing else, so suppression is applied once.
public struct SummaryDocument: Sendable, Codable, Hashable {
    /// A theme heading as the framework gives it.
    public struct ThemeHeading: Sendable, Codable, Hashable {
        public var id: String
        public var title: String
        public var childTitle: String
        /// The points young people make under this theme, in the order the points file lists them.
        public var points: [PointHeading]

        public init(id: String, title: String, childTitle: String, points: [PointHeading] = []) {
            self.id = id
            self.title = title
            self.childTitle = childTitle
            self.points = points
        }
    }

    /// One closed question's results: every answer young people gave, with its count.
    public struct Indicator: Sendable, Codable, Hashable {
        /// One answer row (also used for age bands).
        public struct AnswerCount: Sendable, Codable, Hashable {
            public var label: String
            public var count: PublishedCount
            /// Its share of the base, when it may be shown (answers in the base only).
            public var percent: Int?
            /// `bank`, `own`, `does-not-apply` or `declined` (see `AskedQuestion.Option.Kind`); nil for age bands.
            public var kind: String?
            /// The export's own spellings counted under this label, when they differ from it.
            public var written: [String]?

            public init(label: String, count: PublishedCount, percent: Int? = nil, kind: String? = nil,
                        written: [String]? = nil) {
                self.label = label
                self.count = count
                self.percent = percent
                self.kind = kind
                self.written = written
            }

            /// Whether the answer counts in the percentage base.
            public var isInBase: Bool { kind.flatMap(AskedQuestion.Option.Kind.init(rawValue:))?.isInBase ?? true }
        }

        /// The bank id, or `custom:...` for a question the bank does not hold.
        public var question: String
        /// The wording young people were asked.
        public var text: String
        /// The bank's wording, when the question is matched to the bank and asked in other words.
        public var bankText: String?
        /// The bank's headline phrase ("feel safe where they live"); empty for questions outside the bank.
        public var headline: String
        /// `single`, `multiple`, `numeric`, `grid-row` or `ranking`.
        public var format: String
        /// How many gave an answer in the base (answers meaning "does not apply" or "prefer not to say" are
        /// shown but not in the base).
        public var base: PublishedCount
        /// Who the base is when some answered that it does not apply: "who have a social worker".
        public var baseGroup: String?
        public var answers: [AnswerCount]
        /// Those with a positive answer, and their share when it may be shown; nil when the question has no
        /// headline (outside the bank, several answers each, or answers not on the bank's scale).
        public var positive: PublishedCount?
        public var positivePercent: Int?
        public var themes: [String]
        /// What a reader must know to read the table right ("Ages are shown in bands ...").
        public var note: String? = nil
    }

    /// "You said" and "We did" for one theme.
    public struct ThemeSection: Sendable, Codable, Hashable {
        public var heading: ThemeHeading
        /// Different young people who raised it.
        public var respondents: PublishedCount
        public var respondentsPercent: Int?
        public var comments: PublishedCount
        public var praise: PublishedCount
        public var problems: PublishedCount
        public var requests: PublishedCount
        /// The points they made, most raised first (every point raised by someone; renderers show the top ones).
        public var points: [PointCount]
        /// Young people whose comments in this theme made none of its points: "other things about" it.
        public var otherThings: PublishedCount
        public var indicators: [String]
        public var actions: [Action]
        /// Quotes approved in review (already redacted), at most three, chosen to differ.
        public var quotes: [String]
    }

    /// A change since the previous wave of the same series, flagged only when larger than the noise.
    public struct Trend: Sendable, Codable, Hashable {
        /// A theme id or a question id.
        public var subject: String
        public var title: String
        /// Percentages then and now.
        public var previousPercent: Int
        public var currentPercent: Int
        /// "up", "down" or "no clear change".
        public var direction: String
        public var isSignificant: Bool
    }

    /// A comment that could be quoted, for the Children in Care Council's review.
    public struct Candidate: Sendable, Codable, Hashable {
        /// Stable id (series, wave and text).
        public var id: String
        public var themeID: String?
        /// The point it was chosen for as one of the comments that say it best, if any.
        public var pointID: String? = nil
        public var text: String
        /// approve, hide, reword, or undecided.
        public var decision: String
        /// Whether the review page shows it: every point's best comments, every decided comment, and the
        /// clearest few others per theme (`SummaryBuilder.pageLimit`). The rest are listed in the review CSV.
        public var onPage = true
    }

    public var series: SurveySeries
    public var wave: Wave
    public var cohorts: [Cohort]
    public var respondents: PublishedCount
    public var ageBands: [Indicator.AnswerCount]
    public var framework: String
    public var themes: [ThemeSection]
    /// Themes young people raised that have no action yet.
    public var notActedOn: [ThemeHeading]
    /// Comments that fit no theme.
    public var otherComments: PublishedCount
    public var indicators: [Indicator]
    /// The suppression threshold in force.
    public var threshold: Int
    /// The previous wave of the same series, if Heard holds one.
    public var previous: Wave?
    public var trend: [Trend]
    /// Approved quotes that fit no theme.
    public var otherQuotes: [String]
    /// Every quotable comment with its review decision, for the review page and its CSV (never the published
    /// summary).
    public var candidates: [Candidate]
    public var council: String

    /// The cohort as one word for `summary.json`: `children-in-care`, `care-leavers` or `mixed`.
    public var cohortLabel: String { cohorts.count == 1 ? cohorts[0].rawValue : "mixed" }

    /// A file-name-safe slug: `annual-survey-children-in-care-2024-25`.
    public var slug: String { "\(series.id)-\(wave.label)" }
}
