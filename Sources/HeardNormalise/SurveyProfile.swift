import HeardCore

/// A declarative description of one export shape: how to recognise it and how each column maps onto the
/// canonical model. Profiles are JSON files (built-in, or the workspace's `Surveys/profiles/*.json`) that an
/// officer can read and edit.
public struct SurveyProfile: Codable, Sendable, Hashable {
    /// What a column is for.
    public enum Role: String, Codable, Sendable, Hashable {
        /// A personal identifier (name, email, phone, address, ID number): never stored.
        case identity
        /// The survey tool's respondent id: used in memory to make a pseudonym, never stored.
        case respondentID = "respondent-id"
        /// Date of birth: used in memory to derive an age band, never stored.
        case dateOfBirth = "date-of-birth"
        /// Age as typed: only the band is kept, and published as a closed question in bands.
        case age
        /// When the response was submitted: gives the wave.
        case submitted
        /// Which cohort the respondent is in.
        case cohort
        /// A closed question mapped to the question bank.
        case question
        /// A free-text question.
        case freeText = "free-text"
        /// The survey tool's own columns and demographic data, known and deliberately not used (timings,
        /// collector ids, gender).
        case metadata
        /// Not used: empty, or not understood.
        case ignored

        /// The coarse role `heard check --json` reports.
        public var reportedRole: String {
            switch self {
            // A survey tool's respondent id is its own metadata (`heard check` reports one holding a personal
            // reference as identity).
            case .identity, .dateOfBirth: "identity"
            case .respondentID, .submitted, .cohort, .metadata: "metadata"
            // An age is published as a closed question, in bands.
            case .question, .age: "question"
            case .freeText: "free-text"
            case .ignored: "ignored"
            }
        }
    }

    /// One column mapping. `header` is compared folded (case, spaces and apostrophes do not matter).
    public struct Column: Codable, Sendable, Hashable {
        public var header: String
        public var role: Role
        /// The question bank id for `question` and `free-text` columns.
        public var question: String?
        /// For `cohort` columns: folded cell text -> cohort raw value. For questions: folded cell text -> the
        /// answer label to use (an officer's own value map).
        public var values: [String: String]?
        /// For questions: the answer scale id the survey used, when it differs from the question bank's.
        public var scale: String?
        /// For questions: `single`, `multiple`, `numeric`, `grid-row` or `ranking` (see `AskedQuestion.Format`).
        public var format: String?
        /// For multiple-choice answers joined in one cell: what joins them (";" or ", ").
        public var separator: String?
        /// For one column of a multi-select question (SurveyMonkey): the option it stands for. For an "Other
        /// (please specify)" box (`otherFor`): the answer counted when young people write in it.
        public var option: String?
        /// For a free-text "Other (please specify)" box: the wording of the closed question it belongs to. Text
        /// written in it (with no other answer to a single-choice question) counts as that question's `option`
        /// answer; the text itself stays a comment.
        public var otherFor: String?
        /// For questions: the wording to publish, when it is not the header (a multi-select question's columns).
        public var text: String?
        /// For a ranking answered in one cell ("Money;Housing;Work;"): the items ranked, each published as a
        /// question of its own ("... - Money": how many put it first, second, ...).
        public var items: [String]?

        public init(header: String, role: Role, question: String? = nil, values: [String: String]? = nil,
                    scale: String? = nil, format: String? = nil, separator: String? = nil, option: String? = nil,
                    text: String? = nil, items: [String]? = nil, otherFor: String? = nil) {
            self.header = header
            self.role = role
            self.question = question
            self.values = values
            self.scale = scale
            self.format = format
            self.separator = separator
            self.option = option
            self.text = text
            self.items = items
            self.otherFor = otherFor
        }
    }

    public var id: String
    public var title: String
    /// The survey series; waves of the same series are compared. When absent (survey tools' profiles), the
    /// series is named after the export's file name without years.
    public var series: SurveySeries?
    /// Headers that must all be present for the profile to match (folded comparison).
    public var signature: [String]
    /// Whether columns the profile does not list are mapped by wording and content (survey tools' profiles).
    public var generic: Bool?
    /// Whether the export has a second header row under the first (SurveyMonkey: "Response", option names).
    public var secondHeaderRow: Bool?
    /// The cohort when the export holds one group only.
    public var cohort: Cohort?
    /// Day/month order for ambiguous dates: `dmy` (UK, default) or `mdy` (US tools such as SurveyMonkey).
    public var dateOrder: DateOrder?
    /// `academic-year` (default) or `calendar-year`.
    public var wave: WaveScheme?
    public var columns: [Column]

    public init(id: String, title: String, series: SurveySeries?, signature: [String], cohort: Cohort?,
                dateOrder: DateOrder? = nil, wave: WaveScheme? = nil, columns: [Column], generic: Bool? = nil,
                secondHeaderRow: Bool? = nil) {
        self.id = id
        self.title = title
        self.series = series
        self.signature = signature
        self.generic = generic
        self.secondHeaderRow = secondHeaderRow
        self.cohort = cohort
        self.dateOrder = dateOrder
        self.wave = wave
        self.columns = columns
    }
}

/// How a wave label is derived from the submission date.
public enum WaveScheme: String, Codable, Sendable, Hashable {
    case academicYear = "academic-year"
    case calendarYear = "calendar-year"
}
