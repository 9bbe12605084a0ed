import HeardCore

/// Completes a profile for a table: columns the matched profile lists keep their roles (unless their values
/// show an identifier); every other column is classified by its header and a bounded sample of its values
/// (`ColumnClassifier`), and neighbouring columns of one question (options, ranks, grid rows) are read
/// together. The result is an ordinary `SurveyProfile`, so `heard check --write-profile` can save it.
struct GenericMapper {
    let bank: QuestionBank

    struct Mapping {
        var profile: SurveyProfile
        /// Per column (by index): the role decided and why.
        var guesses: [ColumnClassifier.Guess]
        /// 0...1: how sure Heard is of the mapping as a whole.
        var confidence: Double
    }

    func map(_ table: Table, base: SurveyProfile?, parts: [HeaderParts?] = []) -> Mapping {
        let classifier = ColumnClassifier(bank: bank)
        var listed: [String: SurveyProfile.Column] = [:]
        for column in base?.columns ?? [] { listed[TextFolding.fold(column.header)] = column }
        // Columns are sampled and classified independently, so on every core.
        let indices = Array(table.header.indices), knownColumns = listed
        let samples = ParallelMap.mapEach(indices) { ColumnSample(table: table, column: $0) }
        var guesses = ParallelMap.mapEach(indices) { index in
            if let column = knownColumns[TextFolding.fold(table.header[index])], let base {
                return classifier.review(column, sample: samples[index], profile: base.id)
            }
            return classifier.classify(samples[index])
        }
        for group in ColumnGroup.groups(header: table.header, known: parts) {
            read(group, samples: samples, guesses: &guesses, isListed: { listed[TextFolding.fold(table.header[$0])] != nil })
        }
        QuestionIDs.assign(&guesses, header: table.header, bank: bank)
        OtherBoxes.link(&guesses, header: table.header, parts: parts)
        keepOne(.submitted, in: &guesses, headers: table.header, preferring: MetadataHeaders.submitted)
        keepOne(.respondentID, in: &guesses, headers: table.header, preferring: MetadataHeaders.respondentID)
        keepOne(.age, in: &guesses, headers: table.header, preferring: [])
        let columns = zip(table.header, guesses).map { header, guess in
            SurveyProfile.Column(header: header, role: guess.role, question: guess.question, values: guess.values,
                                 scale: guess.scale, format: guess.format?.rawValue, separator: guess.separator,
                                 option: guess.option, text: guess.text, items: guess.items, otherFor: guess.otherFor)
        }
        let profile = SurveyProfile(
            id: base?.id ?? "generic", title: base?.title ?? "Best-effort mapping of an unknown export",
            series: base?.series, signature: base?.signature ?? [], cohort: base?.cohort ?? inferCohort(guesses, table),
            dateOrder: base?.dateOrder, wave: base?.wave, columns: columns)
        let confidence = guesses.isEmpty ? 0 : guesses.map(\.confidence).reduce(0, +) / Double(guesses.count)
        return Mapping(profile: profile, guesses: guesses, confidence: confidence)
    }

    /// One question spread over neighbouring columns: one column per option (multi-select), one per item
    /// (ranking), or one per row (grid): each grid row and each ranked item is published as a question.
    private func read(_ group: ColumnGroup, samples: [ColumnSample], guesses: inout [ColumnClassifier.Guess],
                      isListed: (Int) -> Bool) {
        // An "Other (please specify)" column is an option when it holds the option's tick, a box of its own
        // when it holds what young people wrote.
        let members = group.members.filter { member in
            !isListed(member.index) && (!MetadataHeaders.isOtherPleaseSpecify(TextFolding.fold(member.row))
                || (!samples[member.index].values.isEmpty && ColumnGroup.isOptionColumn(samples[member.index], option: member.row)))
        }
        guard !members.isEmpty else { return }
        let intent = HeaderIntent(group.question)
        let isOptions = group.style == .dash && members.allSatisfy { ColumnGroup.isOptionColumn(samples[$0.index], option: $0.row) }
            && members.contains { !samples[$0.index].values.isEmpty } && (members.count >= 2 || intent.invitesSeveral)
        if isOptions {
            for member in members {
                guesses[member.index] = .init(role: .question, format: .multiple, option: member.row, text: group.question,
                                              confidence: 0.9,
                                              reason: "closed question, several answers each (one column per option)")
            }
            return
        }
        if group.style == .dash, ColumnGroup.isRanking(members.map { samples[$0.index] }) {
            for member in members {
                guesses[member.index] = .init(role: .question, format: .ranking, confidence: 0.85,
                                              reason: "one item of a ranking question: how many put it first, second, ...")
            }
            return
        }
        for member in members where guesses[member.index].role == .question && guesses[member.index].format != .multiple {
            if members.count >= 2 || group.style == .bracket {
                guesses[member.index].format = guesses[member.index].format == .numeric ? .numeric : .gridRow
                // A row means what its grid asks about it: its wording alone never claims a bank question.
                if guesses[member.index].bankScore > 0 {
                    guesses[member.index].question = nil
                    guesses[member.index].scale = nil
                    guesses[member.index].reason = "closed question not in the question bank"
                }
                guesses[member.index].reason += " (one row of a grid)"
            }
        }
    }

    /// Only one column may hold the submission date (or respondent id, or age): the preferred header wins,
    /// the others are kept as metadata (or, for a second id or age, as identity).
    private func keepOne(_ role: SurveyProfile.Role, in guesses: inout [ColumnClassifier.Guess], headers: [String],
                         preferring: Set<String>) {
        let indices = guesses.indices.filter { guesses[$0].role == role }
        guard indices.count > 1 else { return }
        let keep = indices.first { preferring.contains(TextFolding.fold(headers[$0])) && guesses[$0].confidence >= 1 }
            ?? indices.first { preferring.contains(TextFolding.fold(headers[$0])) } ?? indices[0]
        for index in indices where index != keep {
            // A second id or age column is still personal: never stored.
            guesses[index].role = role == .submitted ? .metadata : .identity
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
            let ages = table.rows.lazy.prefix(ColumnSample.limit).compactMap { AgeReading.parse($0[ageColumn]) }
            if !ages.isEmpty, ages.filter({ $0 >= 18 }).count * 2 > ages.count { return .careLeavers }
        }
        return nil
    }
}
