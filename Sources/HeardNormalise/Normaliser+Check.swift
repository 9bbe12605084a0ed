import Foundation
import HeardCore

extension Normaliser {
    /// How one column of an export was understood, for `heard check`.
    public struct ColumnUse: Sendable, Hashable {
        public var header: String
        /// identity, metadata, question, free-text or ignored.
        public var role: String
        /// What Heard does with it, in a few words ("respondent id", "submission date", "age, published in
        /// bands").
        public var use: String
        public var question: String?
        /// Why Heard decided so (never cell contents).
        public var reason: String
    }

    /// A closed question's table as it will be published: every label, its count, and what it maps to.
    public struct QuestionTable: Sendable, Hashable {
        /// One answer row.
        public struct Row: Sendable, Hashable {
            public var label: String
            public var count: Int
            /// "bank label", "own answer", "does not apply" or "prefer not to say".
            public var mapsTo: String
            /// The export's own spellings counted under this label, when they differ from it.
            public var written: [String]
        }

        public var question: String
        public var wording: String
        public var format: String
        /// The export columns it is read from.
        public var columns: [String]
        public var rows: [Row]
    }

    /// `heard check`: the profile, how sure, each column's role, each closed question's table, and the
    /// response count, writing nothing.
    public struct CheckResult: Sendable {
        public var profile: String
        public var confidence: Double
        public var respondents: Int
        public var columns: [ColumnUse]
        public var questions: [QuestionTable]
        /// The complete mapping as an editable profile (`--write-profile`).
        public var mapping: SurveyProfile
    }

    public func check(_ table: Table, diagnostics: any DiagnosticSink) -> CheckResult {
        let (prepared, mapping) = prepare(table, diagnostics: diagnostics)
        let result = try? normalise(prepared, mapping: mapping, diagnostics: diagnostics)
        let columns = zip(mapping.profile.columns, mapping.guesses).enumerated().map { index, pair in
            let (column, guess) = pair
            var role = column.role.reportedRole
            if column.role == .respondentID,
               IdentityDetector.isPersonalRespondentID(ColumnSample(table: prepared, column: index)) {
                role = "identity"
            }
            return ColumnUse(header: column.header, role: role, use: Self.use(of: column),
                             question: column.role == .question || column.role == .age
                                 ? (column.question ?? QuestionIDs.custom(for: column.text ?? column.header)) : column.question,
                             reason: guess.reason)
        }
        let questions = (result?.tables ?? []).map { entry in
            QuestionTable(question: entry.question.id, wording: entry.question.wording, format: entry.question.format.rawValue,
                          columns: entry.columns.map { prepared.header[$0] },
                          rows: entry.rows.map { row in
                              QuestionTable.Row(label: row.option.label, count: row.count, mapsTo: Self.describe(row.option.kind),
                                                written: row.option.written)
                          })
        }
        return CheckResult(profile: mapping.profile.id, confidence: mapping.confidence,
                           respondents: result?.responses.count ?? 0, columns: columns, questions: questions,
                           mapping: mapping.profile)
    }

    private static func use(of column: SurveyProfile.Column) -> String {
        switch column.role {
        case .identity: "personal identifier, never stored"
        case .respondentID: "respondent id"
        case .dateOfBirth: "date of birth, never stored (gives the age band)"
        case .age: "age, published in bands"
        case .submitted: "submission date"
        case .cohort: "cohort"
        case .question: "closed question"
        case .freeText:
            column.otherFor.map { "free text; writing here counts as \"\(column.option ?? "Other")\" for \"\($0)\"" }
                ?? "free text"
        case .metadata, .ignored: "not used"
        }
    }

    private static func describe(_ kind: AskedQuestion.Option.Kind) -> String {
        switch kind {
        case .bank: "bank label"
        case .own: "own answer"
        case .doesNotApply: "does not apply"
        case .declined: "prefer not to say"
        }
    }
}

extension SurveyProfile {
    /// The profile as pretty JSON an officer can edit, saved as a workspace profile named `id`.
    public func json(id newID: String, signatureFrom header: [String]) -> String {
        var copy = self
        copy.id = newID
        copy.title = title == "Best-effort mapping of an unknown export" ? "Profile written by heard check" : title
        if copy.series == nil { copy.series = SurveySeries(id: newID, title: newID) }
        if copy.signature.isEmpty {
            copy.signature = Array(columns.filter { $0.role != .ignored && $0.role != .metadata }.map(\.header).prefix(4))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? String(decoding: encoder.encode(copy), as: UTF8.self)) ?? "{}"
    }
}
