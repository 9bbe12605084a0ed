import HeardPipeline

/// `heard status`: what the store holds.
struct StatusCommand: Command {
    static let name = "status"
    static let summary = "Show what the store holds: exports, responses, last run"
    static let help = """
    Usage: heard status [--workspace DIR] [--json]

    Shows every export Heard has known (its content's SHA-256, where it is found now, status: current,
    superseded by a cumulative re-download, rejected, or gone from Surveys/), the number of responses held
    (the ones the summaries count), and the last run.
    With --json: {"responses": N, "exports": [...], "lastRun": ...}.

    """

    static func run(_ arguments: [String], console: any Console) throws -> ExitCode {
        let parsed = try Arguments(arguments, flags: ["json"], options: ["workspace"])
        let status = try Pipeline(workspace: workspace(parsed)).status()
        if parsed.has("json") {
            let exports = status.exports.map { export in
                JSONValue.object([("path", .string(export.path)), ("paths", .strings(export.paths)),
                                  ("sha256", .string(export.sha256)), ("status", .string(export.status.rawValue)),
                                  ("profile", .optional(export.profile)), ("respondents", .integer(export.respondents)),
                                  ("waves", .strings(export.waves)), ("firstSeen", .string(export.firstSeen)),
                                  ("lastSeen", .string(export.lastSeen))])
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
            let found = export.paths.count > 1 ? " (also at \(export.paths.dropFirst().joined(separator: ", ")))" : ""
            let detail = switch export.status {
            case .current: "\(export.respondents) responses, \(export.profile ?? "no profile"), waves \(export.waves.joined(separator: ", "))"
            case .superseded: "every row is in a later download, which counts instead"
            case .rejected: export.reason ?? "rejected"
            case .gone: "no longer in Surveys/ since \(export.lastSeen.prefix(10)); it gave \(export.respondents) responses"
            }
            console.out("  \(export.status.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)) "
                        + "\(export.paths.first ?? export.path)\(found): \(detail)\n")
        }
        if let last = status.lastRun { console.out("Last run: \(last.finished), \(last.outcome)\n") }
        return .success
    }
}
