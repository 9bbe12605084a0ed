import Foundation
import HeardPipeline

/// `heard bench`: throughput per stage on synthetic data.
struct BenchCommand: Command {
    static let name = "bench"
    static let summary = "Measure throughput per stage on synthetic data (use a release build)"
    static let help = """
    Usage: heard bench [--rows N]

    Makes a synthetic survey of N rows (default 100000) in memory and reports how fast each stage runs:
    CSV and XLSX reading (MB/s), theme tagging and redaction (comments/s). Best of three runs each.
    Build for release first for real figures: swift run -c release heard bench

    """

    static func run(_ arguments: [String], console: any Console) throws -> ExitCode {
        let parsed = try Arguments(arguments, options: ["rows"])
        var rows = 100_000
        if let text = parsed["rows"] {
            guard let value = Int(text), value > 0 else { throw Arguments.UsageError("--rows needs a whole number above 0") }
            rows = value
        }
        console.out("heard bench: \(rows) synthetic rows, best of 3\n")
        for figure in Benchmark(rows: rows).run() {
            let rate = figure.unit.hasPrefix("MB") ? String(format: "%.1f", figure.rate) : String(format: "%.0f", figure.rate)
            console.out("  \(figure.stage.padding(toLength: 16, withPad: " ", startingAt: 0)) \(rate) \(figure.rateUnit) "
                        + String(format: "(%.2f %@ in %.3f s)\n", figure.amount, figure.unit, figure.seconds))
        }
        return .success
    }
}
