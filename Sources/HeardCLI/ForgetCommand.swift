import HeardPipeline

/// `heard forget`: one young person's right to erasure.
struct ForgetCommand: Command {
    static let name = "forget"
    static let summary = "Erase one young person's response everywhere Heard keeps it, then rebuild Output/"
    static let help = """
    Usage: heard forget --respondent SOURCE_ID --export FILE [--workspace DIR]
           heard forget --row N --export FILE [--workspace DIR]

    Removes one young person's response (found by the survey tool's respondent ID, or by its row when the
    export has no ID) from the store and the safeguarding records, remembers not to store it again if the
    export is read anew, and rebuilds Output/. The ID is not kept anywhere; the record of the erasure says
    only that one happened.

    """

    static func run(_ arguments: [String], console: any Console) throws -> ExitCode {
        let parsed = try Arguments(arguments, options: ["respondent", "row", "export", "workspace"])
        guard let export = parsed["export"] else { throw Arguments.UsageError("say which export with --export FILE") }
        let row = parsed["row"].flatMap { Int($0) }
        guard parsed["respondent"] != nil || row != nil else {
            throw Arguments.UsageError("say whose response with --respondent SOURCE_ID or --row N")
        }
        let workspace = workspace(parsed)
        let erasure = try Pipeline(workspace: workspace).forget(respondent: parsed["respondent"], row: row, export: export)
        guard erasure.responsesRemoved > 0 else {
            console.err("heard forget: no stored response matches in \(export); nothing erased\n")
            return .dataError
        }
        let report = try Pipeline(workspace: workspace).run()
        console.out("heard: erased \(erasure.responsesRemoved) response(s) and \(erasure.concernsRemoved) safeguarding "
                    + "record(s); Output/ rebuilt (\(report.outputsWritten.count) files rewritten)\n")
        return .success
    }
}
