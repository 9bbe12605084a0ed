import Foundation
import HeardCore
import HeardPipeline

/// `heard check FILE`: which profile matched and how each column is used.
struct CheckCommand: Command {
    static let name = "check"
    static let summary = "Show which survey profile fits an export and how each column is used"
    static let help = """
    Usage: heard check FILE [--workspace DIR] [--json]

    Reads FILE, finds the survey profile that fits it, and shows each column's role (identity, metadata,
    question, free-text or ignored) and canonical question, with any problems and where they are.
    Writes nothing.

    """

    static func run(_ arguments: [String], console: any Console) throws -> ExitCode {
        let parsed = try Arguments(arguments, flags: ["json"], options: ["workspace"], maxPositionals: 1)
        guard let path = parsed.positionals.first else { throw Arguments.UsageError("missing FILE") }
        let diagnostics = DiagnosticCollector()
        let result = try Pipeline(workspace: workspace(parsed)).check(file: URL(filePath: path), diagnostics: diagnostics)
        let problems = diagnostics.diagnostics
        if parsed.has("json") {
            let columns = (result?.columns ?? []).map { column in
                JSONValue.object([("header", .string(column.header)), ("role", .string(column.role)),
                                  ("question", .optional(column.question))])
            }
            console.out(JSONValue.object([
                ("profile", .optional(result?.profile)), ("respondents", .integer(result?.respondents ?? 0)),
                ("columns", .array(columns)), ("problems", .strings(problems.map(\.description))),
            ]).text + "\n")
        } else {
            console.out("Profile: \(result?.profile ?? "none matched")\nRespondents: \(result?.respondents ?? 0)\n")
            for column in result?.columns ?? [] {
                console.out("  \(column.role.padding(toLength: 9, withPad: " ", startingAt: 0)) \(column.header)"
                            + (column.question.map { " -> \($0)" } ?? "") + "\n")
            }
            for problem in problems { console.out("\(problem)\n") }
        }
        return result?.profile == nil ? .dataError : .success
    }
}
