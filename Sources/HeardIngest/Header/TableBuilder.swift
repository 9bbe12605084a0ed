import HeardCore

/// One row as a reader found it: its 1-based row number in the file and its cells (index 0 is column A).
struct RawRow: Sendable {
    var number: Int
    var cells: [String]

    var isEmpty: Bool { cells.allSatisfy(\.isEmpty) }
}

/// Builds a sheet's `Table` from its rows, the same way for CSV and workbooks: finds the header row (or takes
/// the one asked for), keeps every later row that holds a cell, and gives every column that holds a cell a
/// key. What it did is reported once per sheet, never once per row.
struct TableBuilder {
    var source: SourceLocation
    /// The 1-based row to take as the header; nil finds it.
    var headerRow: Int?
    /// Whether a single row of headings is a header without data (CSV) or a row of data (a sheet).
    var loneRowIsHeader: Bool

    /// The table and the 1-based rows taken as its header (the header row first; empty when it has none).
    func build(_ rows: [RawRow], diagnostics: any DiagnosticSink) throws(Diagnostic) -> (table: Table, headerRows: [Int]) {
        let filled = rows.filter { !$0.isEmpty }
        if let headerRow {
            guard headerRow >= 1, headerRow <= max(rows.last?.number ?? 0, filled.last?.number ?? 0) else {
                throw .error("there is no row \(headerRow) to take as the header: the last row with cells is row "
                             + "\(filled.last?.number ?? 0)", at: source)
            }
            let before = filled.prefix { $0.number < headerRow }.count
            if before > 0 {
                diagnostics.emit(.note("header row \(headerRow) as asked: \(before) row(s) above it skipped",
                                       at: source.at(row: headerRow)))
            }
            let header = filled.first { $0.number == headerRow } ?? RawRow(number: headerRow, cells: [])
            return assemble(header: header, data: Array(filled.drop { $0.number <= headerRow }),
                            diagnostics: diagnostics)
        }
        let choice = HeaderDetection.choose(filled.prefix(HeaderDetection.rowsExamined + HeaderDetection.rowsCompared)
                                                .map(\.cells), loneRowIsHeader: loneRowIsHeader)
        switch choice {
        case .row(let index):
            let header = filled[index]
            if index > 0 {
                diagnostics.emit(.note("the header is row \(header.number): \(index) row(s) above it (a title, notes) "
                                       + "skipped; `heard read --header-row N` chooses another", at: source.at(row: header.number)))
            }
            return assemble(header: header, data: Array(filled[(index + 1)...]), diagnostics: diagnostics)
        case .none:
            if let first = filled.first {
                diagnostics.emit(.note("no header row: the first rows hold values, not headings, so every row is "
                                       + "read as data and the columns are named by letter (Column A, Column B, …); "
                                       + "`heard read --header-row N` names the header row", at: source.at(row: first.number)))
            }
            return (assemble(header: [], headerNumber: nil, data: filled, diagnostics: diagnostics), [])
        }
    }

    /// Folds the rows that continue the header into it ("Question - Option"), then builds the table.
    private func assemble(header: RawRow, data: [RawRow], diagnostics: any DiagnosticSink) -> (Table, [Int]) {
        let block = HeaderContinuation.block(header: header.cells, following: data.prefix(60).map(\.cells))
        guard block.rows > 0 else {
            return (assemble(header: header.cells, headerNumber: header.number, data: data, diagnostics: diagnostics),
                    [header.number])
        }
        let continuation = data.prefix(block.rows)
        let subRows = continuation.enumerated().filter { !block.metadata.contains($0.offset) }.map(\.element.cells)
        let folded = HeaderFolding.fold(header.cells, with: subRows)
        let numbers = [header.number] + continuation.map(\.number)
        diagnostics.emit(.note("the header runs over rows \(numbers.map(String.init).joined(separator: ", ")), folded "
                               + "into one (\"Question - Option\")" + (block.metadata.isEmpty ? "" : "; the survey tool's "
                               + "ImportId row is not a heading"), at: source.at(row: header.number)))
        let table = assemble(header: folded, headerNumber: header.number, data: Array(data.dropFirst(block.rows)),
                             diagnostics: diagnostics)
        return (table, numbers)
    }

    private func assemble(header: [String], headerNumber: Int?, data: [RawRow],
                          diagnostics: any DiagnosticSink) -> Table {
        var width = 0
        for row in data {
            if let last = row.cells.lastIndex(where: { !$0.isEmpty }), last + 1 > width { width = last + 1 }
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
                                      + "row", at: source.at(row: firstRow?.number ?? headerNumber, column: first + 1)))
        }
        if let first = columns.repeated.first {
            diagnostics.emit(.note("\(columns.repeated.count) repeated heading(s) numbered (first: "
                                   + "\"\(columns.names[first])\")", at: at))
        }
        let rows = data.map { Table.Row(sourceRow: $0.number, cells: $0.cells) }
        return Table(source: source, header: columns.names, originalHeader: columns.original, rows: rows)
    }
}
