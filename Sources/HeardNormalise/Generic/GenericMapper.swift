import HeardCore

/// Completes a profile for a table: columns the matched profile lists keep their roles; every other column is
/// classified by its header and values (`ColumnClassifier`). With no matched profile, every column is. The
/// result is an ordinary `SurveyProfile`, so `heard check --write-profile` can save it for an officer to edit.
struct GenericMapper {
    let bank: QuestionBank

    struct Mapping {
        var profile: SurveyProfile
        /// Per column (by index): the role decided and why.
        var guesses: [ColumnClassifier.Guess]
        /// 0...1: how sure Heard is of the mapping as a whole.
        var confidence: Double
    }

    func map(_ table: Table, base: SurveyProfile?) -> Mapping {
        let classifier = ColumnClassifier(bank: bank)
        var listed: [String: SurveyProfile.Column] = [:]
        for column in base?.columns ?? [] { listed[TextFolding.fold(column.header)] = column }
        var guesses: [ColumnClassifier.Guess] = []
        for (index, header) in table.header.enumerated() {
            if let column = listed[TextFolding.fold(header)] {
                guesses.append(.init(role: column.role, question: column.question, scale: column.scale,
                                     values: column.values, confidence: 1, reason: "listed in profile \(base!.id)"))
            } else {
                guesses.append(classifier.classify(ColumnSample(header: header, cells: table.rows.map { $0[index] })))
            }
        }
        keepOne(.submitted, in: &guesses, headers: table.header, preferring: MetadataHeaders.submitted)
        keepOne(.respondentID, in: &guesses, headers: table.header, preferring: MetadataHeaders.respondentID)
        keepOne(.age, in: &guesses, headers: table.header, preferring: [])
        let columns = zip(table.header, guesses).map { header, guess in
            SurveyProfile.Column(header: header, role: guess.role, question: guess.question, values: guess.values,
                                 scale: guess.scale)
        }
        let profile = SurveyProfile(
            id: base?.id ?? "generic", title: base?.title ?? "Best-effort mapping of an unknown export",
            series: base?.series, signature: base?.signature ?? [], cohort: base?.cohort ?? inferCohort(guesses, table),
            dateOrder: base?.dateOrder, wave: base?.wave, columns: columns)
        let confidence = guesses.isEmpty ? 0 : guesses.map(\.confidence).reduce(0, +) / Double(guesses.count)
        return Mapping(profile: profile, guesses: guesses, confidence: confidence)
    }

    /// Only one column may hold the submission date (or respondent id, or age): the preferred header wins,
    /// the others are kept as ignored metadata.
    private func keepOne(_ role: SurveyProfile.Role, in guesses: inout [ColumnClassifier.Guess], headers: [String],
                         preferring: Set<String>) {
        let indices = guesses.indices.filter { guesses[$0].role == role }
        guard indices.count > 1 else { return }
        let keep = indices.first { preferring.contains(TextFolding.fold(headers[$0])) && guesses[$0].confidence >= 1 }
            ?? indices.first { preferring.contains(TextFolding.fold(headers[$0])) } ?? indices[0]
        for index in indices where index != keep {
            // A second id or age column is still personal: never stored.
            guesses[index].role = role == .submitted ? .ignored : .identity
            guesses[index].reason += "; another column already plays this role"
        }
    }

    /// With no cohort column or profile cohort: care leavers when their questions or ages dominate.
    private func inferCohort(_ guesses: [ColumnClassifier.Guess], _ table: Table) -> Cohort? {
        var leaverQuestions = 0, careQuestions = 0
        for guess in guesses where guess.role == .question {
            guard let cohorts = guess.question.flatMap({ bank[$0]?.cohorts }), cohorts.count == 1 else { continue }
            if cohorts[0] == .careLeavers { leaverQuestions += 1 } else { careQuestions += 1 }
        }
        if leaverQuestions != careQuestions { return leaverQuestions > careQuestions ? .careLeavers : .childrenInCare }
        if let ageColumn = guesses.firstIndex(where: { $0.role == .age }) {
            let ages = table.rows.compactMap { AgeReading.parse($0[ageColumn]) }
            if !ages.isEmpty, ages.filter({ $0 >= 18 }).count * 2 > ages.count { return .careLeavers }
        }
        return nil
    }
}
