/// One young person's free-text answer as it leaves normalisation: still verbatim, held in memory only.
public struct RawComment: Hashable, Sendable {
    public var questionID: String
    public var text: String
    public var location: SourceLocation

    public init(questionID: String, text: String, location: SourceLocation) {
        self.questionID = questionID
        self.text = text
        self.location = location
    }
}

/// Who answered, as the export says: used in memory to make a pseudonym, a deny list and an age band, and
/// never stored.
public struct RawIdentity: Hashable, Sendable {
    /// The survey tool's respondent id, if the export has one.
    public var sourceID: String?
    /// Every identity cell's text (names, emails, phone numbers): redacted from this export's comments.
    public var values: [String]

    public init(sourceID: String? = nil, values: [String] = []) {
        self.sourceID = sourceID
        self.values = values
    }
}

/// A response on the canonical model before privacy: the output of Normalise.
public struct NormalisedResponse: Hashable, Sendable {
    /// The export row this came from.
    public var location: SourceLocation
    public var series: SurveySeries
    public var wave: Wave
    public var cohort: Cohort
    public var ageBand: AgeBand?
    public var answers: [Answer]
    public var comments: [RawComment]
    public var identity: RawIdentity

    public init(location: SourceLocation, series: SurveySeries, wave: Wave, cohort: Cohort, ageBand: AgeBand?,
                answers: [Answer], comments: [RawComment], identity: RawIdentity) {
        self.location = location
        self.series = series
        self.wave = wave
        self.cohort = cohort
        self.ageBand = ageBand
        self.answers = answers
        self.comments = comments
        self.identity = identity
    }
}

/// A free-text answer after privacy and tagging: redacted, tagged, safe to store.
public struct Comment: Hashable, Sendable, Codable {
    public var questionID: String
    /// The redacted text. The verbatim text is never stored outside the restricted safeguarding list.
    public var text: String
    public var tags: [ThemeTag]
    public var polarity: Polarity
    /// Whether it was routed to safeguarding; such a comment is never quoted.
    public var hasConcern: Bool
    /// The ids of the points it makes under its themes ("seeing-brothers-and-sisters"), from the framework's
    /// points file. Assigned when summaries are built, not stored, so editing points needs no re-reading.
    public var points: [String]

    public init(questionID: String, text: String, tags: [ThemeTag] = [], polarity: Polarity = .neutral,
                hasConcern: Bool = false, points: [String] = []) {
        self.questionID = questionID
        self.text = text
        self.tags = tags
        self.polarity = polarity
        self.hasConcern = hasConcern
        self.points = points
    }
}

/// A response on the canonical model, anonymised: what the store holds and summaries count.
public struct Response: Hashable, Sendable, Codable {
    /// Keyed pseudonym of the source respondent (HMAC-SHA256 under the workspace key), or of the row.
    public var respondentKey: String
    /// The export (workspace-relative path) and row.
    public var exportPath: String
    public var sourceRow: Int
    public var series: SurveySeries
    public var wave: Wave
    public var cohort: Cohort
    public var ageBand: AgeBand?
    public var answers: [Answer]
    public var comments: [Comment]

    public init(respondentKey: String, exportPath: String, sourceRow: Int, series: SurveySeries, wave: Wave,
                cohort: Cohort, ageBand: AgeBand?, answers: [Answer], comments: [Comment]) {
        self.respondentKey = respondentKey
        self.exportPath = exportPath
        self.sourceRow = sourceRow
        self.series = series
        self.wave = wave
        self.cohort = cohort
        self.ageBand = ageBand
        self.answers = answers
        self.comments = comments
    }
}
