import HeardCore

/// Problems found row by row, gathered into one line per column and kind: how many rows, and the first few
/// ("in 22 rows (5, 6, 22, ...)"), so a 100,000-row export gives a handful of lines an officer can read.
struct RowTally {
    static let shownRows = 5

    private struct Item {
        var severity: Diagnostic.Severity
        var message: String
        var column: Int?
        var context: [String: String]
        var count = 0
        var rows: [Int] = []
        /// A line already complete (it says its own rows).
        var isComplete = false
    }

    private var items: [Item] = []
    private var index: [String: Int] = [:]

    /// Counts one row against a kind of problem in a column (nil: the row as a whole).
    mutating func add(_ severity: Diagnostic.Severity, _ message: String, column: Int?, row: Int,
                      context: [String: String] = [:]) {
        add(severity, message, column: column, rows: [row], count: 1, context: context)
    }

    /// Counts `count` rows at once, of which `rows` are the first.
    mutating func add(_ severity: Diagnostic.Severity, _ message: String, column: Int?, rows: [Int], count: Int,
                      context: [String: String] = [:]) {
        let key = "\(severity.rawValue)\u{0}\(column ?? -1)\u{0}\(message)"
        let position = index[key] ?? {
            items.append(Item(severity: severity, message: message, column: column, context: context))
            index[key] = items.count - 1
            return items.count - 1
        }()
        items[position].count += count
        if items[position].rows.count < Self.shownRows {
            items[position].rows = Array((items[position].rows + rows).sorted().prefix(Self.shownRows))
        }
    }

    /// A line that already says how many rows and which (a label's note), located at its first row.
    mutating func add(line message: String, _ severity: Diagnostic.Severity, column: Int?, firstRow: Int?) {
        items.append(Item(severity: severity, message: message, column: column, context: [:], count: 0,
                          rows: firstRow.map { [$0] } ?? [], isComplete: true))
    }

    /// One diagnostic per column and kind, located at the first row it happened in.
    func emit(to diagnostics: any DiagnosticSink, source: SourceLocation) {
        for item in items {
            let location = source.at(row: item.rows.first, column: item.column.map { $0 + 1 })
            let message = item.isComplete ? item.message : "\(item.message) \(Self.rows(item.count, item.rows))"
            diagnostics.emit(Diagnostic(item.severity, message, at: location, context: item.context))
        }
    }

    /// "in 1 row (5)", "in 22 rows (5, 6, 22, ...)".
    static func rows(_ count: Int, _ first: [Int]) -> String {
        let listed = first.map(String.init).joined(separator: ", ") + (count > first.count ? ", ..." : "")
        return "in \(count) \(count == 1 ? "row" : "rows") (\(listed))"
    }
}

/// Spreadsheet column letters: 0 -> A, 25 -> Z, 26 -> AA.
enum ColumnLetters {
    static func name(_ index: Int) -> String {
        var number = index + 1, letters = ""
        while number > 0 {
            let remainder = (number - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
            number = (number - 1) / 26
        }
        return letters
    }

    /// `column J "Do you trust your social worker?"`.
    static func describe(_ index: Int, header: String) -> String {
        "column \(name(index)) \"\(header)\""
    }
}
