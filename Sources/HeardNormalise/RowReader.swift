import HeardCore

/// Reads one table row through a column plan into a `NormalisedResponse`.
struct RowReader {
    let profile: SurveyProfile
    let plan: ColumnPlan
    let table: Table
    let ageBands: [AgeBand]
    private let questions: [(index: Int, questionID: String, matcher: AnswerMatcher?, values: [String: String])]
    private let series: SurveySeries
    private let freeText: [(index: Int, questionID: String)]
    private let identityColumns: [Int]
    private var waveCounts: [Wave: Int] = [:]
    private(set) var unrecognised = 0

    init(profile: SurveyProfile, plan: ColumnPlan, bank: QuestionBank, ageBands: [AgeBand], table: Table) {
        self.profile = profile
        self.plan = plan
        self.table = table
        self.ageBands = ageBands
        questions = plan.all(.question).map { mapped in
            let column = mapped.column
            let id = column.question ?? CustomQuestion.id(forHeader: table.header[mapped.index])
            let scale = column.scale.flatMap { AnswerScale.named($0) } ?? bank[id]?.scale
            return (mapped.index, id, scale.map { AnswerMatcher(scale: $0) }, column.values ?? [:])
        }
        series = profile.series ?? SeriesNaming.series(forFile: table.source.file)
        freeText = plan.all(.freeText).map { ($0.index, $0.column.question ?? "comment-anything-else") }
        identityColumns = plan.mapped.filter {
            [.identity, .respondentID, .dateOfBirth].contains($0.column.role)
        }.map(\.index)
    }

    var mostCommonWave: Wave? {
        waveCounts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }

    mutating func read(_ row: Table.Row, diagnostics: any DiagnosticSink) -> (response: NormalisedResponse, submitted: CalendarDate?)? {
        let order = profile.dateOrder ?? .dmy
        let submitted = plan.first(.submitted).flatMap { CalendarDate.parse(row[$0], order: order) }
        if let column = plan.first(.submitted), submitted == nil, !row[column].isEmpty {
            diagnostics.emit(.warning("submission date not understood", at: table.location(row: row, column: column)))
        }
        var wave = Wave("")
        if let submitted {
            wave = profile.wave == .calendarYear ? .calendarYear(submitted.year)
                : .academicYear(year: submitted.year, month: submitted.month)
            waveCounts[wave, default: 0] += 1
        }
        var answers: [Answer] = []
        for (index, questionID, matcher, values) in questions {
            for value in CustomQuestion.values(row[index], matcher: matcher, valueMap: values) {
                if value == .unrecognised {
                    unrecognised += 1
                    diagnostics.emit(.warning("answer not understood; kept and counted as unrecognised",
                                              at: table.location(row: row, column: index),
                                              context: ["question": questionID]))
                }
                answers.append(Answer(questionID: questionID, value: value))
            }
        }
        let comments = freeText.compactMap { index, questionID -> RawComment? in
            let text = row[index]
            guard !TextFolding.isEmptyComment(text) else { return nil }
            return RawComment(questionID: questionID, text: text, location: table.location(row: row, column: index))
        }
        let answeredSomething = answers.contains { $0.value != .notAnswered } || !comments.isEmpty
        guard answeredSomething else {
            diagnostics.emit(.note("row has no answers: not counted as a response", at: table.source.at(row: row.sourceRow)))
            return nil
        }
        let sourceID = plan.first(.respondentID).map { row[$0].trimmingSpaces }.flatMap { $0.isEmpty ? nil : $0 }
        let identityValues = identityColumns.map { row[$0].trimmingSpaces }.filter { !$0.isEmpty }
        let response = NormalisedResponse(
            location: table.source.at(row: row.sourceRow), series: series, wave: wave,
            cohort: cohort(of: row), ageBand: ageBand(of: row, submitted: submitted, order: order),
            answers: answers, comments: comments, identity: RawIdentity(sourceID: sourceID, values: identityValues))
        return (response, submitted)
    }

    private func cohort(of row: Table.Row) -> Cohort {
        if let mapped = plan.all(.cohort).first, let values = mapped.column.values,
           let raw = values[TextFolding.fold(row[mapped.index])], let cohort = Cohort(rawValue: raw) {
            return cohort
        }
        return profile.cohort ?? .childrenInCare
    }

    private func ageBand(of row: Table.Row, submitted: CalendarDate?, order: DateOrder) -> AgeBand? {
        var age = plan.first(.age).flatMap { AgeReading.parse(row[$0]) }
        if age == nil, let column = plan.first(.dateOfBirth), let birth = CalendarDate.parse(row[column], order: order),
           let on = submitted {
            age = birth.age(on: on)
        }
        return age.flatMap { AgeBand.band(for: $0, in: ageBands) }
    }
}
