import Foundation
import HeardCore
import HeardIngest

/// `heard read FILE`: shows exactly how Heard parsed an export, and which row it took as the header.
struct ReadCommand: Command {
    static let name = "read"
    static let summary = "Show how Heard reads one export (--json for the exact cells)"
    static let help = """
    Usage: heard read FILE [--sheet NAME] [--header-row N] [--json]

    Shows how Heard parsed FILE: the sheet, the row taken as the header and the columns. With --json, prints a
    JSON array with one object per row, keyed by the header row, every value a string exactly as the cell
    shows it. Heard skips title and notes rows above the header (and says so); a column with no heading is
    named by its letter ("Column L").

    Options:
      --sheet NAME      The sheet of a workbook to read (default: the first visible worksheet)
      --header-row N    Take row N (as numbered in Excel) as the header instead of finding it
      --json            Print every row as JSON

    """

    static func run(_ arguments: [String], console: any Console) throws -> ExitCode {
        let parsed = try Arguments(arguments, flags: ["json"], options: ["sheet", "header-row"], maxPositionals: 1)
        guard let path = parsed.positionals.first else { throw Arguments.UsageError("missing FILE") }
        var options = IngestOptions(sheets: .firstVisible)
        if let sheet = parsed["sheet"] { options.sheets = .named(sheet) }
        if let text = parsed["header-row"] {
            guard let row = Int(text), row >= 1 else {
                throw Arguments.UsageError("--header-row needs a row number (1 or more), not \"\(text)\"")
            }
            options.headerRow = row
        }
        let bytes: [UInt8]
        do { bytes = Array(try Data(contentsOf: URL(filePath: path))) } catch {
            console.err("heard read: cannot read \(path)\n")
            return .ioError
        }
        let diagnostics = DiagnosticCollector()
        let sheets = try Ingester().readSheets(bytes, source: SourceLocation(file: path), options: options,
                                               diagnostics: diagnostics)
        for diagnostic in diagnostics.diagnostics { console.err("\(diagnostic)\n") }
        guard let sheet = sheets.first, let table = sheet.table else { return .dataError }
        if parsed.has("json") {
            let rows = table.rows.map { row in
                JSONValue.object(table.header.enumerated().map { ($0.element, .string(row[$0.offset])) })
            }
            console.out(JSONValue.array(rows).text + "\n")
        } else {
            let header = sheet.headerRow.map { "header row \($0)" } ?? "no header row (columns named by letter)"
            console.out("\(table.source): \(table.rows.count) rows, \(table.header.count) columns, \(header)\n")
            for (index, name) in table.header.enumerated() {
                let sample = table.rows.prefix(3).map { $0[index] }.map { $0.count > 30 ? $0.prefix(29) + "…" : $0 }
                console.out("  \(index + 1). \(name): \(sample.joined(separator: " | "))\n")
            }
        }
        return .success
    }
}
