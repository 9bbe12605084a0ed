import HeardCore

/// Reads one closed-question column of an export. Each distinct cell is read once and remembered, so a
/// 100,000-row export costs one dictionary look-up per cell; every answer is tallied for the published table,
/// for `heard check` and for the officer's notes.
struct QuestionColumn: Sendable {
    /// How a cell holds its answers.
    enum Shape: Hashable, Sendable {
        /// One answer.
        case single
        /// Several answers joined ("Sport;Music;" from Microsoft Forms, "Sport, Music" from Google Forms), split
        /// into the options learnt from the whole column where there are any.
        case joined(separator: String, vocabulary: ChoiceVocabulary?)
        /// One option of a multi-select question (SurveyMonkey): any text means the option was ticked.
        case option(label: String)
        /// One item of a ranking answered in one cell ("Money;Housing;Work;"): its place is the answer.
        case rank(item: String, separator: String)
        /// An age as typed: published as its band ("11-15"), never as written.
        case age(bands: [AgeBand])
    }

    /// One distinct cell, read.
    struct Entry: Sendable {
        var readings: [LabelReading.Reading]
        /// The export's spelling of each reading (tidied), when it differs from the published label.
        var written: [String?]
        var rows = 0
        var firstRows: [Int] = []
        /// Words typed in the tool's "Other" box, counted as "Other" (see `TypedOthers`): kept as a comment.
        var typedWords: [String] = []
    }

    let index: Int
    let questionID: String
    let wording: String
    let format: AskedQuestion.Format
    let shape: Shape
    let reading: LabelReading
    /// Choices in this column's cells that are a young person's own words typed in an "Other" box.
    let typedOthers: TypedOthers?
    private var memo: [String: Int] = [:]
    private(set) var entries: [Entry] = []
    /// The first spelling of each label (folded): "english" and "English" are one answer, shown as first written.
    private var spelling: [String: String] = [:]

    init(index: Int, questionID: String, wording: String, format: AskedQuestion.Format, shape: Shape,
         reading: LabelReading, typedOthers: TypedOthers? = nil) {
        self.typedOthers = typedOthers
        self.index = index
        self.questionID = questionID
        self.wording = wording
        self.format = format
        self.shape = shape
        self.reading = reading
    }

    /// The answers in one cell (`.notAnswered` when it says nothing), tallied against `row`.
    mutating func answers(_ cell: String, row: Int) -> [Answer.Value] {
        let position: Int
        if let known = memo[cell] {
            position = known
        } else {
            position = entries.count
            entries.append(read(cell))
            memo[cell] = position
        }
        entries[position].rows += 1
        if entries[position].firstRows.count < RowTally.shownRows { entries[position].firstRows.append(row) }
        let readings = entries[position].readings
        return readings.isEmpty ? [.notAnswered] : readings.map { .option($0.label) }
    }

    /// The words typed in the "Other" box that `cell` holds (already read by `answers`), if any.
    func typedWords(in cell: String) -> [String] {
        memo[cell].map { entries[$0].typedWords } ?? []
    }

    /// Counts `label` as this row's answer to the question (an "Other (please specify)" box written in), once
    /// per row; nil when the label says nothing.
    mutating func other(_ label: String, row: Int) -> Answer.Value? {
        let key = "\u{0}other\u{0}" + label
        let position: Int
        if let known = memo[key] {
            position = known
        } else {
            position = entries.count
            var entry = Entry(readings: [], written: [])
            if var found = reading.read(label) {
                let folded = TextFolding.fold(found.label)
                if let first = spelling[folded] { found.label = first } else { spelling[folded] = found.label }
                entry = Entry(readings: [found], written: [nil])
            }
            entries.append(entry)
            memo[key] = position
        }
        guard let found = entries[position].readings.first else { return nil }
        entries[position].rows += 1
        if entries[position].firstRows.count < RowTally.shownRows { entries[position].firstRows.append(row) }
        return .option(found.label)
    }

    private mutating func read(_ cell: String) -> Entry {
        var readings: [LabelReading.Reading] = [], written: [String?] = [], typedWords: [String] = []
        func add(_ text: String, keepSpelling: Bool = true) {
            guard var found = reading.read(text) else { return }
            if keepSpelling, found.kind == .own, typedOthers?.contains(text) == true {
                // A young person's own words: counted as "Other", never published as a label.
                typedWords.append(text.trimmingSpaces)
                return add(TypedOthers.label, keepSpelling: false)
            }
            let folded = TextFolding.fold(found.label)
            if let first = spelling[folded] { found.label = first } else { spelling[folded] = found.label }
            guard !readings.contains(where: { $0.label == found.label }) else { return }
            readings.append(found)
            let tidy = LabelReading.tidy(text)
            written.append(tidy == found.label || !keepSpelling ? nil : tidy)
        }
        switch shape {
        case .single:
            add(cell)
        case .joined(let separator, let vocabulary):
            for choice in vocabulary?.split(cell) ?? ChoiceSplitting.split(cell, separator: separator) { add(choice) }
        case .age(let bands):
            let folded = TextFolding.fold(cell)
            if AnswerMeaning.isBlank(folded) { break }
            if let age = AgeReading.parse(cell) {
                add(AgeBandLabels.label(for: age, in: bands), keepSpelling: false)
            } else if AnswerMeaning.isDeclined(folded) || AnswerMeaning.doesNotApply(folded) || AgeReading.isRange(cell) {
                // A refusal, or a range the tool offers ("18 or over"): published as the tool wrote it.
                add(cell)
            } else {
                add(AgeBandLabels.notAnAge, keepSpelling: false)
            }
        case .option(let label):
            // Ticked: the option's text, or a tick such as "1"; "0" and "No" mean not ticked.
            let folded = TextFolding.fold(cell)
            if !AnswerMeaning.isBlank(folded), !ColumnGroup.unticked.contains(folded) {
                add(folded == TextFolding.fold(label) ? cell : label)
            }
        case .rank(let item, let separator):
            let item = TextFolding.fold(item)
            if let place = ChoiceSplitting.split(cell, separator: separator).firstIndex(where: { TextFolding.fold($0) == item }) {
                add(String(place + 1))
            }
        }
        return Entry(readings: readings, written: written, typedWords: typedWords)
    }
}
