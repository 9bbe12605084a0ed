import HeardCore

extension Normaliser {
    /// How one column of an export was understood, for `heard check`.
    public struct ColumnUse: Sendable, Hashable {
        public var header: String
        /// identity, metadata, question, free-text or ignored.
        public var role: String
        public var question: String?
    }

    /// `heard check`: the matched profile, each column's role, and the response count, writing nothing.
    public struct CheckResult: Sendable {
        public var profile: String?
        public var respondents: Int
        public var columns: [ColumnUse]
    }

    public func check(_ table: Table, diagnostics: any DiagnosticSink) -> CheckResult {
        guard let profile = library.match(table) else {
            diagnostics.emit(.error("no survey profile matches these columns", at: table.source))
            return CheckResult(profile: nil, respondents: 0, columns: table.header.map {
                ColumnUse(header: $0, role: "ignored", question: nil)
            })
        }
        let plan = ColumnPlan(profile: profile, header: table.header)
        let byIndex = Dictionary(plan.mapped.map { ($0.index, $0.column) }, uniquingKeysWith: { a, _ in a })
        let columns = table.header.enumerated().map { index, header in
            let column = byIndex[index]
            return ColumnUse(header: header, role: column?.role.reportedRole ?? "ignored", question: column?.question)
        }
        let result = normalise(table, with: profile, diagnostics: diagnostics)
        return CheckResult(profile: profile.id, respondents: result.responses.count, columns: columns)
    }
}
