import HeardCore

/// Reads table rows through a column plan into `NormalisedResponse`s, tallying closed answers per question and
/// row-level problems per column (one line each, not one per row).
struct RowReader {
    let profile: SurveyProfile
    let plan: ColumnPlan
    let table: Table
    let ageBands: [AgeBand]
    private(set) var questions: [QuestionColumn]
    private let series: SurveySeries
    private let freeText: [(index: Int, questionID: String)]
    private let identityColumns: [Int]
    private let submittedColumn: Int?
    private let respondentColumn: Int?
    private let cohortColumn: ColumnPlan.Mapped?
    private let ageColumn: Int?
    private let birthColumn: Int?
    /// "Other (please specify)" boxes: the box's column, its question (position in `questions`) and label.
    private struct OtherBox {
        var index: Int
        var question: Int
        var label: String
    }

    private var otherBoxes: [OtherBox] = []
    private var waveCounts: [Wave: Int] = [:]
    /// Each distinct age cell read (`AgeReading.parse`), so an age column of 100,000 rows is read a few dozen
    /// times.
    private var ages: [String: Int?] = [:]
    private(set) var tally = RowTally()

    init(profile: SurveyProfile, plan: ColumnPlan, bank: QuestionBank, ageBands: [AgeBand], table: Table) {
        self.profile = profile
        self.plan = plan
        self.table = table
        self.ageBands = ageBands
        questions = plan.all(.question).flatMap { mapped -> [QuestionColumn] in
            let column = mapped.column, header = table.header[mapped.index]
            let wording = column.text ?? header
            let id = column.question ?? QuestionIDs.custom(for: wording)
            let scale = column.scale.flatMap { AnswerScale.named($0) } ?? bank[id]?.scale
            let format = column.format.flatMap(AskedQuestion.Format.init(rawValue:)) ?? .single
            if let items = column.items, let separator = column.separator {
                // A ranking in one cell: one question per item, each read from the same column.
                return items.map { item in
                    QuestionColumn(index: mapped.index, questionID: QuestionIDs.custom(for: "\(wording) - \(item)"),
                                   wording: "\(wording) - \(item)", format: .ranking,
                                   shape: .rank(item: item, separator: separator), reading: LabelReading(question: nil, scale: nil))
                }
            }
            var shape: QuestionColumn.Shape = column.option.map { .option(label: $0) } ?? .single
            if column.option == nil, let separator = column.separator {
                // Options holding ", " themselves are learnt from the whole column.
                let vocabulary = separator == ChoiceVocabulary.separator
                    ? ChoiceVocabulary(values: ColumnSample(table: table, column: mapped.index).values) : nil
                shape = .joined(separator: separator, vocabulary: vocabulary)
            }
            let reading = LabelReading(question: bank[id], scale: scale, valueMap: column.values ?? [:])
            return [QuestionColumn(index: mapped.index, questionID: id, wording: wording, format: format, shape: shape,
                                   reading: reading, typedOthers: Self.typedOthers(table, column: mapped.index, shape: shape))]
        }
        if let age = plan.all(.age).first {
            // The young person's age, published as a closed question in bands.
            let wording = age.column.text ?? table.header[age.index]
            questions.append(QuestionColumn(index: age.index, questionID: age.column.question ?? QuestionIDs.custom(for: wording),
                                            wording: wording, format: .single, shape: .age(bands: ageBands),
                                            reading: LabelReading(question: nil, scale: nil)))
        }
        let questionColumns = questions
        otherBoxes = plan.all(.freeText).compactMap { mapped -> OtherBox? in
            guard let wording = mapped.column.otherFor.map(TextFolding.fold) else { return nil }
            guard let position = questionColumns.firstIndex(where: {
                TextFolding.fold($0.wording) == wording && ($0.format == .single || $0.format == .multiple)
            }) else { return nil }
            return OtherBox(index: mapped.index, question: position, label: mapped.column.option ?? "Other")
        }
        series = profile.series ?? SeriesNaming.series(forFile: table.source.file)
        freeText = plan.all(.freeText).map { ($0.index, $0.column.question ?? "comment-anything-else") }
        identityColumns = plan.mapped.filter {
            [.identity, .respondentID, .dateOfBirth].contains($0.column.role)
        }.map(\.index)
        submittedColumn = plan.first(.submitted)
        respondentColumn = plan.first(.respondentID)
        cohortColumn = plan.all(.cohort).first
        ageColumn = plan.first(.age)
        birthColumn = plan.first(.dateOfBirth)
    }

    var mostCommonWave: Wave? {
        waveCounts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }

    mutating func read(_ row: Table.Row) -> (response: NormalisedResponse, submitted: CalendarDate?)? {
        let order = profile.dateOrder ?? .dmy
        let submitted = submittedColumn.flatMap { CalendarDate.parse(row[$0], order: order) }
        if let column = submittedColumn, submitted == nil, !row[column].isEmpty {
            tally.add(.warning, "\(ColumnLetters.describe(column, header: table.header[column])): submission date not "
                      + "understood", column: column, row: row.sourceRow)
        }
        var wave = Wave("")
        if let submitted {
            wave = profile.wave == .calendarYear ? .calendarYear(submitted.year)
                : .academicYear(year: submitted.year, month: submitted.month)
            waveCounts[wave, default: 0] += 1
        }
        var answers: [Answer] = []
        var answeredSomething = false
        for position in questions.indices {
            // No copy of the column is held while it tallies: a copy made it copy its tally on every row.
            let index = questions[position].index, questionID = questions[position].questionID
            for value in questions[position].answers(row[index], row: row.sourceRow) {
                if value != .notAnswered { answeredSomething = true }
                answers.append(Answer(questionID: questionID, value: value))
            }
        }
        var comments: [RawComment] = []
        for position in questions.indices where questions[position].typedOthers != nil {
            // Words typed in a tool's "Other" box, counted as "Other": read as a comment, never as a label. The
            // column is read in place, as above.
            let index = questions[position].index
            for words in questions[position].typedWords(in: row[index]) where !TextFolding.isEmptyComment(words) {
                comments.append(RawComment(questionID: "comment-anything-else", text: words,
                                           location: table.location(row: row, column: index)))
            }
        }
        for box in otherBoxes where !AnswerMeaning.isBlank(TextFolding.fold(row[box.index])) {
            let id = questions[box.question].questionID
            let given = answers.filter { $0.questionID == id && $0.value != .notAnswered }
            // A single-choice question answered otherwise keeps that answer; the box is then a comment only.
            if questions[box.question].format == .single, !given.isEmpty { continue }
            let folded = TextFolding.fold(box.label)
            guard !given.contains(where: { $0.label.map(TextFolding.fold) == folded }),
                  let value = questions[box.question].other(box.label, row: row.sourceRow) else { continue }
            answers.removeAll { $0.questionID == id && $0.value == .notAnswered }
            answers.append(Answer(questionID: id, value: value))
            answeredSomething = true
        }
        for (index, questionID) in freeText {
            let text = row[index]
            guard !TextFolding.isEmptyComment(text) else { continue }
            comments.append(RawComment(questionID: questionID, text: text, location: table.location(row: row, column: index)))
        }
        guard answeredSomething || !comments.isEmpty else {
            tally.add(.note, "row has no answers: not counted as a response", column: nil, row: row.sourceRow)
            return nil
        }
        let sourceID = respondentColumn.map { row[$0].trimmingSpaces }.flatMap { $0.isEmpty ? nil : $0 }
        var identityValues: [String] = []
        for column in identityColumns {
            let value = row[column].trimmingSpaces
            if !value.isEmpty { identityValues.append(value) }
        }
        let response = NormalisedResponse(
            location: table.source.at(row: row.sourceRow), series: series, wave: wave,
            cohort: cohort(of: row), ageBand: ageBand(of: row, submitted: submitted, order: order),
            answers: answers, comments: comments, identity: RawIdentity(sourceID: sourceID, values: identityValues))
        return (response, submitted)
    }

    /// The typed "Other" words of a single-choice or joined column, from its sample (nil for other shapes).
    private static func typedOthers(_ table: Table, column: Int, shape: QuestionColumn.Shape) -> TypedOthers? {
        let values = ColumnSample(table: table, column: column).values
        let typed: TypedOthers
        switch shape {
        case .single:
            typed = TypedOthers(choices: values)
        case .joined(let separator, let vocabulary):
            typed = TypedOthers(choices: values.flatMap { vocabulary?.split($0) ?? ChoiceSplitting.split($0, separator: separator) })
        default:
            return nil
        }
        // Typed words in rows the sample skipped are found by how they read, so a column that qualifies keeps it.
        return typed.qualifies ? typed : nil
    }

    private func cohort(of row: Table.Row) -> Cohort {
        if let mapped = cohortColumn, let values = mapped.column.values,
           let raw = values[TextFolding.fold(row[mapped.index])], let cohort = Cohort(rawValue: raw) {
            return cohort
        }
        return profile.cohort ?? .childrenInCare
    }

    private mutating func ageBand(of row: Table.Row, submitted: CalendarDate?, order: DateOrder) -> AgeBand? {
        var age: Int?
        if let column = ageColumn {
            let cell = row[column]
            if let known = ages[cell] { age = known } else {
                age = AgeReading.parse(cell)
                ages[cell] = age
            }
        }
        if age == nil, let column = birthColumn, let birth = CalendarDate.parse(row[column], order: order),
           let on = submitted {
            age = birth.age(on: on)
        }
        return age.flatMap { AgeBand.band(for: $0, in: ageBands) }
    }
}
