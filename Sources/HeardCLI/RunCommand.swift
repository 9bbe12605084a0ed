import HeardPipeline

/// `heard run`: the nightly job.
struct RunCommand: Command {
    static let name = "run"
    static let summary = "Read new or changed exports in Surveys/ and rebuild Output/ (the nightly job)"
    static let help = """
    Usage: heard run [--workspace DIR] [--framework ID] [--dry-run]

    Reads every new or changed export in Surveys/, updates the store in .heard/, and rebuilds the
    "You said, we did" summaries in Output/ with a run report (Output/run-report.md and .json).
    Files in Surveys/ are never moved, changed or deleted.

    Options:
      --workspace DIR   The workspace folder (default: the current folder)
      --framework ID    Use this theme framework instead of the one in heard.json
      --dry-run         Read and report, but store and write nothing

    Exit codes: 0 done; 65 some export was rejected (the rest were processed); 74 I/O error;
    75 another run is working on this workspace; 78 bad configuration.

    """

    static func run(_ arguments: [String], console: any Console) throws -> ExitCode {
        let parsed = try Arguments(arguments, flags: ["dry-run"], options: ["workspace", "framework"])
        let workspace = workspace(parsed)
        let pipeline = Pipeline(workspace: workspace,
                                options: RunOptions(framework: parsed["framework"], dryRun: parsed.has("dry-run")))
        let report = try pipeline.run()
        console.out("heard: \(report.headline)\n")
        if report.concernsNeedingReview > 0 {
            console.err("heard: \(report.safeguardingLine) See heard safeguarding list.\n")
        }
        for line in report.rejected {
            console.err("heard: rejected \(line.path): \(line.reason ?? "unreadable")\n")
        }
        let warnings = report.diagnostics.filter { $0.severity == .warning }.count
        if warnings > 0 { console.out("heard: \(warnings) warnings, listed in Output/run-report.md\n") }
        if !report.dryRun {
            console.out("heard: summaries are in \(workspace.relativePath(workspace.output))/ "
                        + "(\(report.outputsWritten.count) files written, \(report.outputsUnchanged) unchanged)\n")
        }
        for line in report.blockedOutputs { console.err("heard: final privacy scan stopped \(line)\n") }
        return report.rejected.isEmpty && report.blockedOutputs.isEmpty ? .success : .dataError
    }
}
