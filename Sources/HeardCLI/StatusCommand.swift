import HeardPipeline

/// `heard status`: what the store holds.
struct StatusCommand: Command {
    static let name = "status"
    static let summary = "Show what the store holds: exports, responses, last run"
    static let help = """
    Usage: heard status [--workspace DIR] [--json]

    Shows the exports Heard knows (path, SHA-256, status, respondents), the number of responses held,
    and the last run. With --json: {"responses": N, "exports": [...], "lastRun": ...}.

    """

    static func run(_ arguments: [String], console: any Console) throws -> ExitCode {
        let parsed = try Arguments(arguments, flags: ["json"], options: ["workspace"])
        let status = try Pipeline(workspace: workspace(parsed)).status()
        if parsed.has("json") {
            let exports = status.exports.map { export in
                JSONValue.object([("path", .string(export.path)), ("sha256", .string(export.sha256)),
                                  ("status", .string(export.status.rawValue)), ("profile", .optional(export.profile)),
                                  ("respondents", .integer(export.respondents)), ("waves", .strings(export.waves))])
            }
            let lastRun: JSONValue = status.lastRun.map {
                .object([("finished", .string($0.finished)), ("outcome", .string($0.outcome))])
            } ?? .null
            console.out(JSONValue.object([("responses", .integer(status.responses)), ("exports", .array(exports)),
                                          ("lastRun", lastRun)]).text + "\n")
            return .success
        }
        console.out("Responses held: \(status.responses)\n")
        for export in status.exports {
            console.out("  \(export.status.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) "
                        + "\(export.path) (\(export.respondents) responses, \(export.profile ?? "no profile"), "
                        + "waves \(export.waves.joined(separator: ", ")))\n")
        }
        if let last = status.lastRun { console.out("Last run: \(last.finished), \(last.outcome)\n") }
        return .success
    }
}
