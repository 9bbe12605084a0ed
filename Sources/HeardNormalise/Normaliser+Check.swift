import Foundation
import HeardCore

extension Normaliser {
    /// How one column of an export was understood, for `heard check`.
    public struct ColumnUse: Sendable, Hashable {
        public var header: String
        /// identity, metadata, question, free-text or ignored.
        public var role: String
        public var question: String?
        /// Why Heard decided so (never cell contents).
        public var reason: String
    }

    /// `heard check`: the profile, how sure, each column's role, and the response count, writing nothing.
    public struct CheckResult: Sendable {
        public var profile: String
        public var confidence: Double
        public var respondents: Int
        public var columns: [ColumnUse]
        /// The complete mapping as an editable profile (`--write-profile`).
        public var mapping: SurveyProfile
    }

    public func check(_ table: Table, diagnostics: any DiagnosticSink) -> CheckResult {
        let (prepared, mapping) = prepare(table, diagnostics: diagnostics)
        let respondents = (try? normalise(prepared, mapping: mapping, diagnostics: diagnostics))?.responses.count ?? 0
        let columns = zip(mapping.profile.columns, mapping.guesses).map { column, guess in
            ColumnUse(header: column.header, role: column.role.reportedRole,
                      question: column.role == .question ? (column.question ?? CustomQuestion.id(forHeader: column.header))
                          : column.question,
                      reason: guess.reason)
        }
        return CheckResult(profile: mapping.profile.id, confidence: mapping.confidence, respondents: respondents,
                           columns: columns, mapping: mapping.profile)
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
            copy.signature = Array(columns.filter { $0.role != .ignored }.map(\.header).prefix(4))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? String(decoding: encoder.encode(copy), as: UTF8.self)) ?? "{}"
    }
}
