import Foundation
import HeardCore
import HeardNormalise
import HeardPipeline

/// `heard check FILE`: which profile matched, how each column is used, and each closed question's table as it
/// will be published.
struct CheckCommand: Command {
    static let name = "check"
    static let summary = "Show which survey profile fits an export, how each column is used and what will be published"
    static let help = """
    Usage: heard check FILE [--workspace DIR] [--json] [--write-profile NAME]

    Reads FILE, finds the survey profile that fits it (or maps an unknown export by its headers and values),
    and shows how sure Heard is, each column's role (identity, metadata, question, free-text or ignored),
    what Heard does with it ("respondent id", "age, published in bands", ...) and canonical question, the
    number of respondents, and for each closed question every answer label young people gave, how many gave
    it, and what it is published as (the bank's label, its own answer, or "does not apply"), in the
    workspace's age bands. Words typed in an "Other" box are counted as "Other" and never shown. Problems and
    notes are listed one line per column and kind, with the first rows.
    Writes nothing, unless --write-profile NAME saves the mapping as Surveys/profiles/NAME.json for you
    to edit; the next run then uses it.

    """

    static func run(_ arguments: [String], console: any Console) throws -> ExitCode {
        let parsed = try Arguments(arguments, flags: ["json"], options: ["workspace", "write-profile"], maxPositionals: 1)
        guard let path = parsed.positionals.first else { throw Arguments.UsageError("missing FILE") }
        let diagnostics = DiagnosticCollector()
        let pipeline = Pipeline(workspace: workspace(parsed))
        let result = try pipeline.check(file: URL(filePath: path), diagnostics: diagnostics)
        let problems = DiagnosticGroups.grouped(diagnostics.diagnostics)
        if let name = parsed["write-profile"], let result {
            let written = try pipeline.writeProfile(result.mapping, named: name)
            console.err("heard check: wrote \(written)\n")
        }
        if parsed.has("json") {
            console.out(json(result, problems: problems).text + "\n")
        } else if let result {
            console.out(text(result))
            for problem in problems { console.out("\(problem)\n") }
        } else {
            for problem in problems { console.out("\(problem)\n") }
        }
        return result == nil || problems.contains { $0.severity == .error } ? .dataError : .success
    }

    static func text(_ result: Normaliser.CheckResult) -> String {
        var text = "Profile: \(result.profile) (\(Int((result.confidence * 100).rounded()))% sure)\n"
        text += "Respondents: \(result.respondents)\n"
        for column in result.columns {
            text += "  \(column.role.padding(toLength: 9, withPad: " ", startingAt: 0)) \(column.header)"
                + (column.question.map { " -> \($0)" } ?? "") + "  (\(column.use): \(column.reason))\n"
        }
        if !result.questions.isEmpty { text += "\nClosed questions as they will be published:\n" }
        for question in result.questions {
            text += "\n  \(question.wording)  [\(question.question), \(question.format)]\n"
            for row in question.rows {
                let written = row.written.isEmpty ? "" : " (written: \(row.written.joined(separator: "; ")))"
                text += "    \(String(row.count).padding(toLength: 7, withPad: " ", startingAt: 0)) \(row.label)  -> "
                    + "\(row.mapsTo)\(written)\n"
            }
        }
        return text + "\n"
    }

    static func json(_ result: Normaliser.CheckResult?, problems: [Diagnostic]) -> JSONValue {
        let columns = (result?.columns ?? []).map { column in
            JSONValue.object([("header", .string(column.header)), ("role", .string(column.role)), ("use", .string(column.use)),
                              ("question", .optional(column.question)), ("reason", .string(column.reason))])
        }
        let questions = (result?.questions ?? []).map { question in
            JSONValue.object([
                ("question", .string(question.question)), ("wording", .string(question.wording)),
                ("format", .string(question.format)), ("columns", .strings(question.columns)),
                ("answers", .array(question.rows.map { row in
                    JSONValue.object([("label", .string(row.label)), ("count", .integer(row.count)),
                                      ("mapsTo", .string(row.mapsTo)), ("written", .strings(row.written))])
                })),
            ])
        }
        return JSONValue.object([
            ("profile", .optional(result?.profile)),
            ("confidence", .number(((result?.confidence ?? 0) * 100).rounded() / 100)),
            ("respondents", .integer(result?.respondents ?? 0)),
            ("columns", .array(columns)), ("questions", .array(questions)),
            ("problems", .strings(problems.map(\.description))),
        ])
    }
}
