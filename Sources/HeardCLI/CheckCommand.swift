import Foundation
import HeardCore
import HeardPipeline

/// `heard check FILE`: which profile matched and how each column is used.
struct CheckCommand: Command {
    static let name = "check"
    static let summary = "Show which survey profile fits an export and how each column is used"
    static let help = """
    Usage: heard check FILE [--workspace DIR] [--json] [--write-profile NAME]

    Reads FILE, finds the survey profile that fits it (or maps an unknown export by its headers and values),
    and shows how sure Heard is, each column's role (identity, metadata, question, free-text or ignored)
    and canonical question, the number of respondents, and any problems with where they are.
    Writes nothing, unless --write-profile NAME saves the mapping as Surveys/profiles/NAME.json for you
    to edit; the next run then uses it.

    """

    static func run(_ arguments: [String], console: any Console) throws -> ExitCode {
        let parsed = try Arguments(arguments, flags: ["json"], options: ["workspace", "write-profile"], maxPositionals: 1)
        guard let path = parsed.positionals.first else { throw Arguments.UsageError("missing FILE") }
        let diagnostics = DiagnosticCollector()
        let pipeline = Pipeline(workspace: workspace(parsed))
        let result = try pipeline.check(file: URL(filePath: path), diagnostics: diagnostics)
        let problems = diagnostics.diagnostics
        if let name = parsed["write-profile"], let result {
            let written = try pipeline.writeProfile(result.mapping, named: name)
            console.err("heard check: wrote \(written)\n")
        }
        if parsed.has("json") {
            let columns = (result?.columns ?? []).map { column in
                JSONValue.object([("header", .string(column.header)), ("role", .string(column.role)),
                                  ("question", .optional(column.question)), ("reason", .string(column.reason))])
            }
            console.out(JSONValue.object([
                ("profile", .optional(result?.profile)),
                ("confidence", .number(((result?.confidence ?? 0) * 100).rounded() / 100)),
                ("respondents", .integer(result?.respondents ?? 0)),
                ("columns", .array(columns)), ("problems", .strings(problems.map(\.description))),
            ]).text + "\n")
        } else if let result {
            console.out("Profile: \(result.profile) (\(Int((result.confidence * 100).rounded()))% sure)\n")
            console.out("Respondents: \(result.respondents)\n")
            for column in result.columns {
                console.out("  \(column.role.padding(toLength: 9, withPad: " ", startingAt: 0)) \(column.header)"
                            + (column.question.map { " -> \($0)" } ?? "") + "  (\(column.reason))\n")
            }
            for problem in problems { console.out("\(problem)\n") }
        } else {
            for problem in problems { console.out("\(problem)\n") }
        }
        return result == nil || problems.contains { $0.severity == .error } ? .dataError : .success
    }
}
