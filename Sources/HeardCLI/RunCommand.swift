import Foundation
import HeardPipeline

/// `heard run`: the nightly job.
struct RunCommand: Command {
    static let name = "run"
    static let summary = "Read new or changed exports in Surveys/ and rebuild Output/ (the nightly job)"
    static let help = """
    Usage: heard run [--workspace DIR] [--framework ID] [--dry-run] [--rebuild] [--verbose]

    Reads every new or changed export in Surveys/, updates the store in .heard/, and rebuilds the
    "You said, we did" summaries in Output/ with a run report (Output/run-report.md and .json).
    Files in Surveys/ are never moved, changed or deleted. A night with nothing new rewrites nothing;
    every run is logged in .heard/logs/heard.log.

    On a terminal it shows progress and a summary. From cron or systemd it is quiet unless something
    needs attention (a rejected export, a safeguarding concern), which it reports on standard error.

    Options:
      --workspace DIR   The workspace folder (default: the current folder)
      --framework ID    Use this theme framework instead of the one in heard.json
      --dry-run         Read and report, but store and write nothing
      --rebuild         Read every export still present again and re-derive everything
      --verbose         Print the summary even when not on a terminal

    Exit codes: 0 done; 65 some export was rejected (the rest were processed); 74 I/O error;
    75 another run is working on this workspace; 78 bad configuration.

    """

    static func run(_ arguments: [String], console: any Console) throws -> ExitCode {
        let parsed = try Arguments(arguments, flags: ["dry-run", "rebuild", "verbose"], options: ["workspace", "framework"])
        let workspace = workspace(parsed)
        var pipeline = Pipeline(workspace: workspace, options: RunOptions(
            framework: parsed["framework"], dryRun: parsed.has("dry-run"), rebuild: parsed.has("rebuild")))
        let talk = console.isInteractive || parsed.has("verbose") || parsed.has("dry-run")
        if console.isInteractive {
            pipeline.progress = { line in FileHandle.standardError.write(Data("\r\u{1B}[K\(line)".utf8)) }
        }
        let report = try pipeline.run()
        if console.isInteractive { console.err("\r\u{1B}[K") }
        if talk {
            console.out("heard: \(report.headline)\n")
            let warnings = report.diagnostics.filter { $0.severity == .warning }.count
            if warnings > 0 { console.out("heard: \(warnings) warnings, listed in Output/run-report.md\n") }
            if !report.dryRun {
                console.out("heard: summaries are in \(workspace.relativePath(workspace.output))/ "
                            + "(\(report.outputsWritten.count) files written, \(report.outputsUnchanged) unchanged)\n")
            }
        }
        if report.concernsNeedingReview > 0 {
            console.err("heard: \(report.safeguardingLine) See heard safeguarding list.\n")
        }
        for line in report.rejected {
            console.err("heard: rejected \(line.path): \(line.reason ?? "unreadable")\n")
        }
        for line in report.blockedOutputs { console.err("heard: final privacy scan stopped \(line)\n") }
        return report.rejected.isEmpty && report.blockedOutputs.isEmpty ? .success : .dataError
    }
}
