import HeardCore

/// Normalise stage: a `Table` and the profile that fits it -> canonical `NormalisedResponse`s.
///
/// Every row becomes a response unless it holds no answer at all (reported as a note). Unknown answers are
/// kept as `.unrecognised`, counted and reported by location; columns the profile does not know are reported
/// and not used (they may hold personal data).
public struct Normaliser: Sendable {
    public var library: ProfileLibrary
    public var bank: QuestionBank
    public var ageBands: [AgeBand]

    public init(library: ProfileLibrary = .builtIn(), bank: QuestionBank = .standard,
                ageBands: [AgeBand] = AgeBand.defaultBands) {
        self.library = library
        self.bank = bank
        self.ageBands = ageBands
    }

    /// What normalising one table produced.
    public struct Result: Sendable {
        public var profile: SurveyProfile
        public var responses: [NormalisedResponse]
        /// Cells whose closed answer was not understood.
        public var unrecognisedAnswers: Int
    }

    /// Normalises with the best-matching profile, or throws a located error when none fits.
    public func normalise(_ table: Table, diagnostics: any DiagnosticSink) throws(Diagnostic) -> Result {
        guard let profile = library.match(table) else {
            throw .error("no survey profile matches these columns: describe them in Surveys/profiles/ "
                         + "(see `heard check`)", at: table.source)
        }
        return normalise(table, with: profile, diagnostics: diagnostics)
    }

    public func normalise(_ table: Table, with profile: SurveyProfile,
                          diagnostics: any DiagnosticSink) -> Result {
        let plan = ColumnPlan(profile: profile, header: table.header)
        for index in plan.unmapped {
            diagnostics.emit(.warning("column \"\(table.header[index])\" is not in profile \(profile.id): not used",
                                      at: table.source.at(row: 1, column: index + 1)))
        }
        for column in plan.missing where column.role == .question || column.role == .freeText {
            diagnostics.emit(.note("the export has no column \"\(column.header)\"", at: table.source,
                                   context: ["profile": profile.id]))
        }
        var reader = RowReader(profile: profile, plan: plan, bank: bank, ageBands: ageBands, table: table)
        var responses: [NormalisedResponse] = []
        responses.reserveCapacity(table.rows.count)
        var rowsWithoutWave: [Int] = []
        for row in table.rows {
            guard var response = reader.read(row, diagnostics: diagnostics) else { continue }
            if response.wave.label.isEmpty { rowsWithoutWave.append(responses.count) }
            response.wave = response.wave.label.isEmpty ? Wave("undated") : response.wave
            responses.append(response)
        }
        // A row without a readable date belongs to the wave most of its export is in.
        if let common = reader.mostCommonWave {
            for index in rowsWithoutWave { responses[index].wave = common }
        }
        return Result(profile: profile, responses: responses, unrecognisedAnswers: reader.unrecognised)
    }
}
