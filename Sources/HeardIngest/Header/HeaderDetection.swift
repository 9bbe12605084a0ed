/// Finds a sheet's header row the way a person would: leading title and notes rows (a cell or two above a
/// wider table) are passed over, and the first row that spans the table is the header if it reads as headings
/// rather than values and has rows under it.
///
/// It is deliberately cautious: a row that spans the table is never passed over, so survey tools' two- and
/// three-row headers (SurveyMonkey's question row over its "Response" row, Typeform, Qualtrics) keep their
/// first row as the header and the rows under it for the normaliser to fold.
enum HeaderDetection {
    /// Where the header is among a sheet's non-empty rows.
    enum Choice: Equatable {
        /// The header is the non-empty row at this index; the rows before it are titles or notes.
        case row(Int)
        /// No row reads as headings (the sheet starts with values, or has a single row of cells): every row is
        /// data and the columns are named by letter.
        case none
    }

    /// Rows looked at: a title block is a handful of rows, and the choice must not depend on the sheet's size.
    static let rowsExamined = 20
    static let rowsCompared = 10

    /// Chooses among `rows`, each a non-empty row's cells. `loneRowIsHeader`: whether a sheet with a single
    /// row of headings is a header with no data under it (CSV, whose first line is its header by convention)
    /// or a row of data (a workbook's sheet, which is a grid someone typed).
    static func choose(_ rows: [[String]], loneRowIsHeader: Bool) -> Choice {
        let examined = Array(rows.prefix(rowsExamined + rowsCompared))
        let counts = examined.map { $0.count { !$0.withoutEdgeSpaces.isEmpty } }
        let firstColumns = examined.map { $0.firstIndex { !$0.withoutEdgeSpaces.isEmpty } ?? Int.max }
        for index in 0..<min(rowsExamined, counts.count) {
            let laterRange = (index + 1)..<min(index + 1 + rowsCompared, counts.count)
            let later = counts[laterRange]
            // A row of spaces is blank. A title or note starts in the table's first column; a question heading
            // over its options does not.
            if counts[index] == 0 && !later.isEmpty { continue }
            let tableStart = firstColumns[laterRange].min() ?? 0
            if isTitleOrNote(count: counts[index], widestLater: later.max() ?? 0),
               firstColumns[index] <= tableStart { continue }
            if later.isEmpty && !loneRowIsHeader { return .none }
            return readsAsHeadings(examined[index]) ? .row(index) : .none
        }
        return readsAsHeadings(examined.first ?? []) ? .row(0) : .none
    }

    /// A title ("Survey results"), a report name or a note ("Dates: 1/6/16 - 30/6/16") is a cell or two above
    /// rows at least twice as wide (and, the caller checks, starts where the table starts).
    static func isTitleOrNote(count: Int, widestLater: Int) -> Bool {
        count <= 2 && widestLater >= max(3, 2 * count + 1)
    }

    /// Headings are mostly words; a row of numbers, dates and TRUE/FALSE is data.
    static func readsAsHeadings(_ cells: [String]) -> Bool {
        var words = 0, values = 0
        for cell in cells {
            let appearance = CellAppearance(cell)
            if appearance == .words { words += 1 } else if appearance.isValue { values += 1 }
        }
        return words > 0 && words >= values
    }
}
