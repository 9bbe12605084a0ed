import HeardCore

extension Table.Row {
    /// A row with no cell in it (a blank line, or styled cells holding nothing).
    var isBlank: Bool { cells.allSatisfy(\.isEmpty) }
}

/// Builds a sheet's `Table` from its rows, the same way for CSV and workbooks: finds the header row (or takes
/// the one asked for) and the rows that continue it, keeps every later row that holds a cell, and gives every
/// column that holds a cell a key. What it did is reported once per sheet, never once per row. The rows are
/// worked on in place: a large export is not copied.
struct TableBuilder {
    var source: SourceLocation
    /// The 1-based row to take as the header; nil finds it.
    var headerRow: Int?
    /// Whether a single row of headings is a header without data (CSV) or a row of data (a sheet).
    var loneRowIsHeader: Bool

    /// The table and the 1-based rows taken as its header (the header row first; empty when it has none).
    func build(_ rows: consuming [Table.Row],
               diagnostics: any DiagnosticSink) throws(Diagnostic) -> (table: Table, headerRows: [Int]) {
        var rows = rows
        let lastRow = rows.last?.sourceRow ?? 0
        rows.removeAll { $0.isBlank }
        let headerIndex: Int?
        if let headerRow {
            guard headerRow >= 1, headerRow <= lastRow else {
                throw .error("there is no row \(headerRow) to take as the header: the last row is row \(lastRow)", at: source)
            }
            let before = rows.prefix { $0.sourceRow < headerRow }.count
            if before > 0 {
                diagnostics.emit(.note("header row \(headerRow) as asked: \(before) row(s) above it skipped",
                                       at: source.at(row: headerRow)))
            }
            if rows.indices.contains(before), rows[before].sourceRow == headerRow {
                headerIndex = before
            } else {
                // The row asked for is blank: every column is named by its letter.
                rows.insert(Table.Row(sourceRow: headerRow, cells: []), at: before)
                headerIndex = before
            }
        } else {
            let leading = rows.prefix(HeaderDetection.rowsExamined + HeaderDetection.rowsCompared).map(\.cells)
            switch HeaderDetection.choose(leading, loneRowIsHeader: loneRowIsHeader) {
            case .row(let index):
                headerIndex = index
                if index > 0 {
                    diagnostics.emit(.note("the header is row \(rows[index].sourceRow): \(index) row(s) above it (a title, "
                                           + "notes) skipped; `heard read --header-row N` chooses another",
                                           at: source.at(row: rows[index].sourceRow)))
                }
            case .none:
                headerIndex = nil
                if let first = rows.first {
                    diagnostics.emit(.note("no header row: the first rows hold values, not headings, so every row is "
                                           + "read as data and the columns are named by letter (Column A, Column B, …); "
                                           + "`heard read --header-row N` names the header row",
                                           at: source.at(row: first.sourceRow)))
                }
            }
        }
        guard let headerIndex else {
            return (assemble(header: [], headerNumber: nil, data: rows, diagnostics: diagnostics), [])
        }
        let header = rows[headerIndex]
        let following = rows[(headerIndex + 1)...].prefix(60).map(\.cells)
        let block = HeaderContinuation.block(header: header.cells, following: following)
        let continuation = rows[(headerIndex + 1)..<(headerIndex + 1 + block.rows)]
        let numbers = [header.sourceRow] + continuation.map(\.sourceRow)
        var headings = header.cells
        if block.rows > 0 {
            let subRows = continuation.enumerated().filter { !block.metadata.contains($0.offset) }.map(\.element.cells)
            headings = HeaderFolding.fold(header.cells, with: subRows)
            diagnostics.emit(.note("the header runs over rows \(numbers.map(String.init).joined(separator: ", ")), "
                                   + "folded into one (\"Question - Option\")" + (block.metadata.isEmpty ? ""
                                       : "; a row of the survey tool's ImportIds or of NA is not a heading"),
                                   at: source.at(row: header.sourceRow)))
        }
        rows.removeFirst(headerIndex + 1 + block.rows)
        return (assemble(header: headings, headerNumber: header.sourceRow, data: rows, diagnostics: diagnostics), numbers)
    }

    private func assemble(header: [String], headerNumber: Int?, data: [Table.Row],
                          diagnostics: any DiagnosticSink) -> Table {
        var width = 0
        for row in data {
            if row.cells.count > width, let last = row.cells.lastIndex(where: { !$0.isEmpty }), last + 1 > width {
                width = last + 1
            }
        }
        let columns = ColumnNames(header: header, width: width)
        let at = source.at(row: headerNumber)
        if let first = columns.blank.first {
            diagnostics.emit(.note("\(columns.blank.count) blank heading(s) named by column letter (first: "
                                   + "\"\(columns.names[first])\")", at: at))
        }
        if let first = columns.beyond.first {
            let firstRow = data.first { $0.cells.count > first && $0.cells[first...].contains { !$0.isEmpty } }
            diagnostics.emit(.warning("cells in \(columns.beyond.count) column(s) after the last heading are kept "
                                      + "under generated names (first: \"\(columns.names[first])\"); check the header "
                                      + "row", at: source.at(row: firstRow?.sourceRow ?? headerNumber, column: first + 1)))
        }
        if let first = columns.repeated.first {
            diagnostics.emit(.note("\(columns.repeated.count) repeated heading(s) numbered (first: "
                                   + "\"\(columns.names[first])\")", at: at))
        }
        return Table(source: source, header: columns.names, originalHeader: columns.original, rows: data)
    }
}
