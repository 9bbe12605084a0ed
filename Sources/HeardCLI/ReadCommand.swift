import Foundation
import HeardCore
import HeardIngest

/// `heard read FILE`: shows exactly how Heard parsed an export.
struct ReadCommand: Command {
    static let name = "read"
    static let summary = "Show how Heard reads one export (--json for the exact cells)"
    static let help = """
    Usage: heard read FILE [--sheet NAME] [--json]

    Shows how Heard parsed FILE. With --json, prints a JSON array with one object per row, keyed by the
    header row, every value a string exactly as the cell shows it. Without it, a short preview.

    Options:
      --sheet NAME   The sheet of a workbook to read (default: the first)
      --json         Print every row as JSON

    """

    static func run(_ arguments: [String], console: any Console) throws -> ExitCode {
        let parsed = try Arguments(arguments, flags: ["json"], options: ["sheet"], maxPositionals: 1)
        guard let path = parsed.positionals.first else { throw Arguments.UsageError("missing FILE") }
        let bytes: [UInt8]
        do { bytes = Array(try Data(contentsOf: URL(filePath: path))) } catch {
            console.err("heard read: cannot read \(path)\n")
            return .ioError
        }
        let diagnostics = DiagnosticCollector()
        let tables = try Ingester().read(bytes, source: SourceLocation(file: path), diagnostics: diagnostics)
        var table = tables.first
        if let sheet = parsed["sheet"] {
            table = tables.first { $0.source.sheet == sheet }
            guard table != nil else {
                console.err("heard read: \(path) has no sheet named \"\(sheet)\"\n")
                return .dataError
            }
        }
        guard let table else { return .dataError }
        for diagnostic in diagnostics.diagnostics { console.err("\(diagnostic)\n") }
        if parsed.has("json") {
            let rows = table.rows.map { row in
                JSONValue.object(table.header.enumerated().map { ($0.element, .string(row[$0.offset])) })
            }
            console.out(JSONValue.array(rows).text + "\n")
        } else {
            console.out("\(table.source): \(table.rows.count) rows, \(table.header.count) columns\n")
            for (index, header) in table.header.enumerated() {
                let sample = table.rows.prefix(3).map { $0[index] }.map { $0.count > 30 ? $0.prefix(29) + "…" : $0 }
                console.out("  \(index + 1). \(header): \(sample.joined(separator: " | "))\n")
            }
        }
        return .success
    }
}
