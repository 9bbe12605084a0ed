import Foundation
import HeardPipeline

/// `heard bench`: throughput per stage on synthetic data, or the whole nightly job on a real-shaped workspace.
struct BenchCommand: Command {
    static let name = "bench"
    static let summary = "Measure throughput per stage, or the whole nightly job (use a release build)"
    static let help = """
    Usage: heard bench [--rows N]
           heard bench --responses N [--single] [--keep DIR]

    Makes a synthetic survey of N rows (default 100000) in memory and reports how fast each stage runs:
    CSV and XLSX reading (MB/s), theme tagging and redaction (comments/s). Best of three runs each.

    With --responses N: writes a workspace shaped like a council's real one (SurveyMonkey exports with two
    header rows, names, emails, IP addresses and case references, comments full of phone numbers, names and
    schools, answers outside the question bank, two waves, one downloaded twice as a cumulative re-download)
    holding N responses, then runs `heard run` on it as a separate process: the first night (every stage and
    every output), then a night with nothing new: the wall time of each stage with the comments it got through
    per second (the comments in every row read, blank cells not counted), the whole night's throughput, CPU
    seconds and the peak memory of each night.
    --single writes one export of N rows instead (one large SurveyMonkey download, no waves, no re-download).
    --keep DIR writes the workspace there and leaves it (to rerun or to compare with another tool).
    Build for release first for real figures: swift build -c release && .build/release/heard bench

    """

    static func run(_ arguments: [String], console: any Console) throws -> ExitCode {
        let parsed = try Arguments(arguments, flags: ["single"], options: ["rows", "responses", "keep"])
        if let text = parsed["responses"] {
            guard let responses = Int(text), responses > 0 else { throw Arguments.UsageError("--responses needs a whole number above 0") }
            let keep = parsed["keep"].map { URL(filePath: $0, directoryHint: .isDirectory) }
            let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
                ?? CommandLine.arguments[0]
            let result = try Benchmark.endToEnd(responses: responses, single: parsed.has("single"), executable: executable, keep: keep)
            console.out(endToEndText(result))
            return result.firstRun.exitCode == 0 && result.quietRun.exitCode == 0 ? .success : .dataError
        }
        var rows = 100_000
        if let text = parsed["rows"] {
            guard let value = Int(text), value > 0 else { throw Arguments.UsageError("--rows needs a whole number above 0") }
            rows = value
        }
        console.out("heard bench: \(rows) synthetic rows, best of 3\n")
        for figure in Benchmark(rows: rows).run() {
            let rate = figure.unit.hasPrefix("MB") ? String(format: "%.1f", figure.rate) : String(format: "%.0f", figure.rate)
            let cpuRate = figure.unit.hasPrefix("MB") ? String(format: "%.1f", figure.cpuRate) : String(format: "%.0f", figure.cpuRate)
            console.out("  \(figure.stage.padding(toLength: 16, withPad: " ", startingAt: 0)) \(rate) \(figure.rateUnit) "
                        + String(format: "(%.2f %@ in %.3f s; ", figure.amount, figure.unit, figure.seconds)
                        + "\(cpuRate) \(figure.rateUnit) in CPU time)\n")
        }
        return .success
    }

    static func endToEndText(_ result: Benchmark.EndToEnd) -> String {
        func exit(_ night: Benchmark.Night) -> String {
            (night.exitCode.map { "exit \($0)" } ?? "killed")
                + (night.cpuSeconds.map { String(format: ", %.2f s of CPU", $0) } ?? "")
        }
        let comments = Double(result.commentsRead)
        func rate(_ seconds: Double) -> String {
            seconds > 0 ? String(format: "%9.0f comments/s", comments / seconds) : "         - comments/s"
        }
        var lines = [
            "heard bench: \(result.responses) responses (\(result.rowsRead) rows read, \(result.commentsRead) comments, "
                + String(format: "%.1f MB", result.megabytes) + ") in \(result.exports) SurveyMonkey-shaped exports",
            String(format: "  first night:  %.2f s, %@, peak memory %.0f MB; %d responses held, %d outputs written",
                   result.firstRun.seconds, exit(result.firstRun), result.firstRun.peakMemoryMB, result.responsesHeld,
                   result.outputsWritten),
        ]
        let rows = Double(result.rowsRead)
        lines.append(String(format: "    whole night: %.0f rows/s, %@ (%.1f MB/s)", rows / result.firstRun.seconds,
                            rate(result.firstRun.seconds).trimmingCharacters(in: .whitespaces),
                            result.megabytes / result.firstRun.seconds)
                     + (result.firstRun.cpuSeconds.map { String(format: "; %.0f comments per CPU second", comments / $0) } ?? ""))
        // A stage's wall seconds (both cores at work where it shares), and the comments it got through per second.
        // "prepare: ..." and "commit: ..." are parts of "prepare and commit". A prepare step's CPU seconds (every
        // thread of the process, user and system) are reported beside its wall seconds: on a shared machine the
        // wall clock measures the neighbours.
        lines.append("    stage                          wall s    CPU s     throughput")
        let cpu = result.stages.filter { $0.key.hasSuffix(", CPU") }
        for (stage, seconds) in result.stages.filter({ !$0.key.hasSuffix(", CPU") }).sorted(by: { $0.value > $1.value }) {
            let cpuText = cpu[stage + ", CPU"].map { String(format: "%7.3f", $0) } ?? "      -"
            lines.append(String(format: "    %@ %7.3f  %@  %@", stage.padding(toLength: 30, withPad: " ", startingAt: 0), seconds,
                                cpuText, rate(seconds)))
        }
        // CPU the report has no wall clock for ("start-up": before the run's first stage).
        for (key, seconds) in cpu.sorted(by: { $0.key < $1.key }) where result.stages[String(key.dropLast(5))] == nil {
            lines.append(String(format: "    %@       -  %7.3f", String(key.dropLast(5)).padding(toLength: 30, withPad: " ",
                                                                                             startingAt: 0), seconds))
        }
        lines.append(String(format: "  nothing new:  %.2f s, %@, peak memory %.0f MB", result.quietRun.seconds,
                            exit(result.quietRun), result.quietRun.peakMemoryMB))
        if let kept = result.keptAt { lines.append("  workspace kept in \(kept)") }
        return lines.joined(separator: "\n") + "\n"
    }
}
