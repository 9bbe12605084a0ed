import Foundation
import HeardPipeline

/// `heard bench`: throughput per stage on synthetic data.
struct BenchCommand: Command {
    static let name = "bench"
    static let summary = "Measure throughput per stage on synthetic data (use a release build)"
    static let help = """
    Usage: heard bench [--rows N]
           heard bench --responses N [--export-size N]

    Makes a synthetic survey of N rows (default 100000) in memory and reports how fast each stage runs:
    CSV and XLSX reading (MB/s), theme tagging and redaction (comments/s). Best of three runs each.
    With --responses N: makes a synthetic workspace of N responses with comments and reports the whole
    nightly job end to end (every stage, every output), then a night with nothing new, and peak memory.
    --export-size sets the responses per export (default 20000), to see memory against the number of exports.
    Build for release first for real figures: swift run -c release heard bench

    """

    static func run(_ arguments: [String], console: any Console) throws -> ExitCode {
        let parsed = try Arguments(arguments, options: ["rows", "responses", "export-size"])
        if let text = parsed["responses"] {
            guard let responses = Int(text), responses > 0 else { throw Arguments.UsageError("--responses needs a whole number above 0") }
            var perExport = 20_000
            if let size = parsed["export-size"] {
                guard let value = Int(size), value > 0 else { throw Arguments.UsageError("--export-size needs a whole number above 0") }
                perExport = value
            }
            let result = try Benchmark.endToEnd(responses: responses, perExport: perExport)
            console.out("heard bench: \(result.responses) responses in \(result.exports) exports, end to end\n")
            console.out(String(format: "  first run:  %.2f s (%.0f responses/s)\n", result.firstRunSeconds,
                               Double(result.responses) / result.firstRunSeconds))
            for (stage, seconds) in result.stages.sorted(by: { $0.key < $1.key }) {
                console.out(String(format: "    %@ %.2f s\n", stage.padding(toLength: 10, withPad: " ", startingAt: 0), seconds))
            }
            console.out(String(format: "  nothing new: %.2f s\n  peak memory: %.0f MB\n", result.quietRunSeconds, result.peakMemoryMB))
            return .success
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
}
