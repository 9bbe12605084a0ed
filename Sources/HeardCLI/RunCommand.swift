import Foundation
import HeardPipeline

/// `heard run`: the nightly job.
struct RunCommand: Command {
    static let name = "run"
    static let summary = "Read new or changed exports in Surveys/ and rebuild Output/ (the nightly job)"
    static let help = """
    Usage: heard run [--workspace DIR] [--framework ID] [--plan | --dry-run] [--rebuild] [--verbose]

    Reads every new or changed export in Surveys/, updates the store in .heard/ in one transaction, and
    rebuilds the "You said, we did" summaries in Output/ with a run report (Output/run-report.md and .json).
    An export is known by its content, not its name: a file moved to another folder is the same export, and
    a download that holds every row of an earlier one (a cumulative re-download) replaces it. Output/ follows
    the exports in Surveys/: take one away and its responses leave the summaries (the store keeps a record
    that it was there); files Output/ no longer needs are removed. Files in Surveys/ are never moved,
    changed or deleted. A night with nothing new rewrites nothing; every run is logged in .heard/logs/heard.log.

    On a terminal it shows progress and a summary. From cron or systemd it is quiet unless something
    needs attention (a rejected export, a safeguarding concern), which it reports on standard error.

    Options:
      --workspace DIR   The workspace folder (default: the current folder)
      --framework ID    Use this theme framework instead of the one in heard.json
      --plan            Print what the run would do with each file, and why, then stop (reads no export)
      --dry-run         Read and report, but store and write nothing
      --rebuild         Read every export still present again and re-derive everything
      --verbose         Print the summary even when not on a terminal

    Exit codes: 0 done; 65 some export was rejected (the rest were processed); 74 I/O error;
    75 another run is working on this workspace; 78 bad configuration, or the key in .heard/ is missing
    or damaged (restore it from backup: Heard never makes a new one for a workspace that has data).

    """

    static func run(_ arguments: [String], console: any Console) throws -> ExitCode {
        let parsed = try Arguments(arguments, flags: ["plan", "dry-run", "rebuild", "verbose"],
                                   options: ["workspace", "framework"])
        let workspace = workspace(parsed)
        var pipeline = Pipeline(workspace: workspace, options: RunOptions(
            framework: parsed["framework"], dryRun: parsed.has("dry-run"), rebuild: parsed.has("rebuild")))
        if parsed.has("plan") {
            guard !parsed.has("dry-run") else { throw Arguments.UsageError("--plan and --dry-run cannot be used together") }
            console.out("heard run --plan for \(workspace.root.path(percentEncoded: false))\n\n\(try pipeline.plan().text())")
            return .success
        }
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
