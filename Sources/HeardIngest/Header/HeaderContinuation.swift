/// Survey tools often write their header over two or three rows: codes over question text (Qualtrics,
/// consultation tools), a question over its options (Typeform, SmartSurvey), Qualtrics' `{"ImportId":...}`
/// row. Those rows are part of the header, not responses. This finds them under the header row, asking for
/// strong evidence, because taking a young person's response for a header row would lose it.
///
/// SurveyMonkey's "Response" / "Open-Ended Response" row is left where it is: the normaliser folds it and
/// reads its markers.
enum HeaderContinuation {
    /// What the rows under the header are.
    struct Block: Equatable {
        /// How many rows directly under the header continue it.
        var rows = 0
        /// Which of those (0-based, among them) are not headings: Qualtrics' ImportId row, a row of NA.
        var metadata: Set<Int> = []
    }

    /// SurveyMonkey's markers, left for the normaliser.
    static let normaliserMarkers: Set<String> = ["response", "open-ended response", "open ended response"]
    /// Sub-heading markers that mean "the answer to the question above" (SmartSurvey).
    static let answerMarkers: Set<String> = ["answer"]
    /// How a missing value is written by tools and R (`NA`): neither a heading nor a value.
    static let missing: Set<String> = ["na", "n/a", "-", "null", "nan"]

    /// `header` is the header row's cells; `following` the rows under it (the first few decide; the rest show
    /// what the data looks like).
    static func block(header: [String], following: [[String]]) -> Block {
        var block = Block()
        let limit = min(3, following.count)
        // Qualtrics: every row down to its ImportId row is header.
        if let importRow = following.prefix(limit).firstIndex(where: isImportIDRow) {
            block.rows = importRow + 1
            block.metadata = [importRow]
            return block
        }
        while block.rows < limit {
            let row = following[block.rows]
            if row.contains(where: { normaliserMarkers.contains(folded($0)) }) { break }
            let data = Array(following[(block.rows + 1)...])
            guard isContinuation(row, header: header, data: data) else { break }
            block.rows += 1
        }
        // A header over several rows may end with a row of nothing but "NA" (R writing an empty header row):
        // it holds no answer, so it goes with the header rather than count as a respondent.
        if block.rows > 0, block.rows < following.count, isMissingOnly(following[block.rows]) {
            block.metadata.insert(block.rows)
            block.rows += 1
        }
        return block
    }

    /// A row whose every cell is a missing-value marker (`NA`) and that has at least two.
    static func isMissingOnly(_ row: [String]) -> Bool {
        let cells = row.filter { !$0.withoutEdgeSpaces.isEmpty }
        return cells.count >= 2 && cells.allSatisfy { missing.contains(folded($0)) }
    }

    static func isContinuation(_ row: [String], header: [String], data: [[String]]) -> Bool {
        let width = max(header.lastIndex { !$0.withoutEdgeSpaces.isEmpty }.map { $0 + 1 } ?? 0,
                        row.lastIndex { !$0.withoutEdgeSpaces.isEmpty }.map { $0 + 1 } ?? 0)
        let filled = row.prefix(width).count { !$0.withoutEdgeSpaces.isEmpty }
        guard width >= 2, filled >= 2 else { return false }
        // Header rows are full: every column has its heading or sub-heading (or NA).
        guard filled * 10 >= width * 9 else { return false }
        if row.contains(where: { answerMarkers.contains(folded($0)) }) { return true }
        return asksQuestions(row, header: header, data: data) || namesOptions(row, header: header, data: data)
            || contrasts(row, with: data)
    }

    /// A row of option labels under a question that spans one column per option (a multiple-choice question
    /// exported the way Typeform and SurveyMonkey do): in at least two columns with no heading of their own, the
    /// data below holds this row's label where the option was ticked and nothing where it was not; and the row
    /// holds no value (a response has a date, a number). A column holding the same text in every row is not one.
    static func namesOptions(_ row: [String], header: [String], data: [[String]]) -> Bool {
        guard !row.contains(where: { CellAppearance($0).isValue }) else { return false }
        var options = 0
        for (column, label) in row.enumerated() {
            guard !label.withoutEdgeSpaces.isEmpty, !missing.contains(folded(label)),
                  column >= header.count || header[column].withoutEdgeSpaces.isEmpty else { continue }
            let below = data.map { column < $0.count ? $0[column] : "" }
            let ticked = below.count { !$0.isEmpty }
            if ticked > 0, ticked < below.count, below.allSatisfy({ $0.isEmpty || $0 == label }) { options += 1 }
        }
        return options >= 2
    }

    /// A row of question text ("What is your name?") under a row that asks nothing (codes such as "Q1"), and
    /// over rows that ask nothing either.
    static func asksQuestions(_ row: [String], header: [String], data: [[String]]) -> Bool {
        let asks: (String) -> Bool = { $0.withoutEdgeSpaces.hasSuffix("?") }
        func isQuestions(_ cells: [String]) -> Bool {
            let filled = cells.filter { !$0.withoutEdgeSpaces.isEmpty }
            let questions = filled.count(where: asks)
            return questions >= 2 && questions * 2 >= filled.count
        }
        return isQuestions(row) && !header.contains(where: asks) && !data.contains(where: isQuestions)
    }

    /// Words where the data below holds values (numbers, dates, TRUE/FALSE) in at least three columns, and no
    /// value in any such column: labels ("StartDate" over dates), not a response. (Two are not enough: a first
    /// row of "n/a"-like text over two numeric columns is a response.)
    static func contrasts(_ row: [String], with data: [[String]]) -> Bool {
        guard data.count >= 1 else { return false }
        var contrast = 0
        for column in row.indices {
            let below = data.compactMap { column < $0.count ? $0[column] : nil }
                .filter { !$0.withoutEdgeSpaces.isEmpty && !missing.contains(folded($0)) }
            guard !below.isEmpty else { continue }
            let values = below.count { CellAppearance($0).isValue }
            guard values * 10 >= below.count * 9 else { continue }
            let cell = row[column]
            if missing.contains(folded(cell)) || cell.withoutEdgeSpaces.isEmpty { continue }
            if CellAppearance(cell).isValue { return false }
            contrast += 1
        }
        return contrast >= 3
    }

    /// Qualtrics' third header row: `{"ImportId":"QID1"}` in every column.
    static func isImportIDRow(_ row: [String]) -> Bool {
        let cells = row.filter { !$0.withoutEdgeSpaces.isEmpty }
        return !cells.isEmpty && cells.allSatisfy { $0.hasPrefix("{\"ImportId\":") }
    }

    static func folded(_ text: String) -> String { text.withoutEdgeSpaces.lowercased() }
}
