import HeardCore

/// Normalise stage: a `Table` -> canonical `NormalisedResponse`s and the closed questions as asked.
///
/// The best-matching profile (built-in or the workspace's) maps the columns it lists; every other column is
/// classified by its header and values (`GenericMapper`), so an export Heard has never seen still gives its
/// answers. Every closed question keeps every answer label young people gave (`AskedQuestion`); rows with no
/// answer at all and repeat submissions are reported, one line per column and kind. Nothing is dropped silently.
public struct Normaliser: Sendable {
    public var library: ProfileLibrary
    public var bank: QuestionBank
    public var ageBands: [AgeBand]
    /// How waves are labelled when a profile does not say (academic year unless `heard.json` says otherwise).
    public var waveScheme: WaveScheme

    /// Changes whenever the same export would normalise differently: part of the pipeline's fingerprint, so
    /// stored exports are read again after an upgrade.
    public static let revision = "closed-questions-4"

    public init(library: ProfileLibrary = .builtIn(), bank: QuestionBank = .standard,
                ageBands: [AgeBand] = AgeBand.defaultBands, waveScheme: WaveScheme = .academicYear) {
        self.library = library
        self.bank = bank
        self.ageBands = ageBands
        self.waveScheme = waveScheme
    }

    /// What normalising one table produced.
    public struct Result: Sendable {
        /// The profile used: the matched one completed by the generic mapper (id `generic` if none matched).
        public var profile: SurveyProfile
        public var responses: [NormalisedResponse]
        /// Every closed question as this export asked it, with every label given.
        public var questions: [AskedQuestion]
        /// 0...1: how sure Heard is of the column mapping.
        public var confidence: Double
        /// Each closed question's table with counts and first rows (for `heard check`).
        var tables: [QuestionCatalogue.Entry] = []
    }

    /// The table as it will be read (second header row folded) and its complete mapping.
    func prepare(_ table: Table, diagnostics: any DiagnosticSink) -> (table: Table, mapping: GenericMapper.Mapping) {
        var base = library.match(table)
        var prepared = table
        var parts: [HeaderParts?] = []
        if base?.secondHeaderRow == true || SurveyMonkeyShape.hasSecondHeaderRow(table) {
            (prepared, parts) = SurveyMonkeyShape.flatten(table, diagnostics: diagnostics)
            base = library.match(prepared) ?? base
        }
        return (prepared, GenericMapper(bank: bank).map(prepared, base: base, parts: parts))
    }

    /// Normalises with the best mapping Heard can make, or throws a located error when no column holds an answer.
    public func normalise(_ table: Table, diagnostics: any DiagnosticSink) throws(Diagnostic) -> Result {
        let (prepared, mapping) = prepare(table, diagnostics: diagnostics)
        return try normalise(prepared, mapping: mapping, diagnostics: diagnostics)
    }

    /// Normalises a prepared table with its complete mapping, reporting the columns the mapper guessed at.
    func normalise(_ prepared: Table, mapping: GenericMapper.Mapping,
                   diagnostics: any DiagnosticSink) throws(Diagnostic) -> Result {
        let answerColumns = mapping.profile.columns.filter { $0.role == .question || $0.role == .freeText }
        guard !answerColumns.isEmpty else {
            throw .error("no column of this export looks like a survey question: describe it with a profile in "
                         + "Surveys/profiles/ (see `heard check --write-profile`)", at: prepared.source)
        }
        for (index, guess) in mapping.guesses.enumerated() where guess.confidence < 1 || guess.reason.contains("but its values") {
            let location = prepared.source.at(row: 1, column: index + 1)
            let column = ColumnLetters.describe(index, header: prepared.header[index])
            switch guess.role {
            case .ignored where guess.reason.hasPrefix("not understood"):
                diagnostics.emit(.warning("\(column) not understood: not used", at: location))
            case .identity:
                diagnostics.emit(.note("\(column) is a personal identifier (\(guess.reason)): never stored", at: location))
            default:
                break
            }
        }
        var result = normalise(prepared, with: mapping.profile, diagnostics: diagnostics)
        result.confidence = mapping.confidence
        return result
    }

    /// Normalises with a given, complete profile (columns it does not list are reported and not used).
    public func normalise(_ table: Table, with profile: SurveyProfile, diagnostics: any DiagnosticSink) -> Result {
        let plan = ColumnPlan(profile: profile, header: table.header)
        for index in plan.unmapped {
            diagnostics.emit(.warning("\(ColumnLetters.describe(index, header: table.header[index])) is not in profile "
                                      + "\(profile.id): not used", at: table.source.at(row: 1, column: index + 1)))
        }
        var profile = profile
        if profile.wave == nil { profile.wave = waveScheme }
        var reader = RowReader(profile: profile, plan: plan, bank: bank, ageBands: ageBands, table: table)
        var read: [(response: NormalisedResponse, submitted: CalendarDate?)] = []
        read.reserveCapacity(table.rows.count)
        for row in table.rows {
            if let item = reader.read(row) { read.append(item) }
        }
        // A row without a readable date belongs to the wave most of its export is in.
        let common = reader.mostCommonWave ?? Wave("undated")
        for index in read.indices where read[index].response.wave.label.isEmpty { read[index].response.wave = common }
        var tally = reader.tally
        let responses = Duplicates.keepLatest(read, tally: &tally)
        let tables = QuestionCatalogue.build(reader.questions, bank: bank)
        LabelNotes.add(tables, header: table.header, bank: bank, to: &tally)
        tally.emit(to: diagnostics, source: table.source)
        return Result(profile: profile, responses: responses, questions: tables.map(\.question), confidence: 1,
                      tables: tables)
    }
}

extension Normaliser.Result {
    /// Passes every answer label the export wrote itself (never the bank's) through `transform`, with how many
    /// young people gave it, in the questions and in every response. The pipeline redacts them as it redacts
    /// comments: a young person may type a name where an option was expected, and labels are published.
    public mutating func relabel(_ transform: (_ label: String, _ given: Int) -> String) {
        var renames: [String: [String: String]] = [:]
        for index in questions.indices {
            let counts = Dictionary(tables.first { $0.question.id == questions[index].id }?.rows
                .map { ($0.option.label, $0.count) } ?? [], uniquingKeysWith: +)
            var options: [AskedQuestion.Option] = []
            for var option in questions[index].options {
                let given = counts[option.label] ?? 0
                option.written = option.written.map { transform($0, given) }
                if option.kind != .bank {
                    let label = transform(option.label, given)
                    if label != option.label { renames[questions[index].id, default: [:]][option.label] = label }
                    option.label = label
                }
                option.written.removeAll { $0 == option.label }
                if let same = options.firstIndex(where: { $0.label == option.label }) {
                    options[same] = options[same].mergingSpellings(option)
                } else {
                    options.append(option)
                }
            }
            questions[index].options = options
        }
        guard !renames.isEmpty else { return }
        for response in responses.indices {
            for answer in responses[response].answers.indices {
                let current = responses[response].answers[answer]
                if let label = current.label, let renamed = renames[current.questionID]?[label] {
                    responses[response].answers[answer].value = .option(renamed)
                }
            }
        }
    }
}

extension AskedQuestion.Option {
    /// This option with `other`'s spellings added.
    func mergingSpellings(_ other: AskedQuestion.Option) -> AskedQuestion.Option {
        var merged = self
        for spelling in other.written where !merged.written.contains(spelling) { merged.written.append(spelling) }
        return merged
    }
}
