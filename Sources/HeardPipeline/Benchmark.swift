import Foundation
import HeardCore
import HeardIngest
import HeardPrivacy
import HeardThemes

/// `heard bench`: throughput of each stage on synthetic data made in memory (no real young person's words).
/// Run it on a release build: `swift run -c release heard bench`.
public struct Benchmark {
    /// One measured figure.
    public struct Figure: Sendable {
        public var stage: String
        public var amount: Double
        public var unit: String
        public var seconds: Double
        /// CPU seconds of the best run (the machine may be shared: wall time then says little).
        public var cpuSeconds: Double = .nan
        public var rate: Double { amount / seconds }
        public var cpuRate: Double { amount / cpuSeconds }
        /// How the rate reads, e.g. "MB/s" or "comments/s".
        public var rateUnit: String { unit == "MB of sheet XML" ? "MB/s of sheet XML" : "\(unit)/s" }
    }

    public var rows: Int

    public init(rows: Int = 100_000) { self.rows = rows }

    public func run() -> [Figure] {
        let (header, data) = SyntheticSurvey.rows(count: rows)
        var figures: [Figure] = []
        let csv = SyntheticSurvey.csv(header: header, rows: data)
        figures.append(measure("ingest CSV", amount: Double(csv.count) / 1_048_576, unit: "MB") {
            _ = try? CSVReader().read(csv, source: SourceLocation(file: "bench.csv"), diagnostics: DiagnosticCollector())
        })
        let workbook = WorkbookWriter.build(header: header, rows: data)
        figures.append(measure("ingest XLSX", amount: Double(workbook.sheetXMLSize) / 1_048_576, unit: "MB of sheet XML") {
            _ = try? XLSXReader().read(workbook.bytes, source: SourceLocation(file: "bench.xlsx"),
                                       diagnostics: DiagnosticCollector())
        })
        let comments = data.map { $0[SyntheticSurvey.commentColumn] }
        if let framework = BuiltInCodebooks.frameworks().first(where: { $0.id == BuiltInCodebooks.defaultID }) {
            let tagger = ThemeTagger(framework: framework)
            figures.append(measure("tag comments", amount: Double(comments.count), unit: "comments") {
                for comment in comments { _ = tagger.tag(comment) }
            })
        }
        let redactor = Redactor(denyList: data.prefix(200).map { $0[4] })
        figures.append(measure("redact comments", amount: Double(comments.count), unit: "comments") {
            for comment in comments { _ = redactor.redact(comment) }
        })
        let screen = SafeguardingScreen()
        figures.append(measure("screen comments", amount: Double(comments.count), unit: "comments") {
            for comment in comments { _ = screen.scan(comment) }
        })
        return figures
    }

    /// End to end on a synthetic workspace: `responses` rows in exports of `perExport`, one full run, then a run
    /// with nothing new. Returns per-stage seconds of the full run, both totals and the peak memory.
    public struct EndToEnd: Sendable {
        public var responses: Int
        public var exports: Int
        public var firstRunSeconds: Double
        public var quietRunSeconds: Double
        public var stages: [String: Double]
        public var peakMemoryMB: Double
    }

    public static func endToEnd(responses: Int, perExport: Int = 20_000) throws(PipelineError) -> EndToEnd {
        let root = FileManager.default.temporaryDirectory.appending(path: "heard-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let workspace = Workspace(root: root)
        var exports = 0
        var written = 0
        while written < responses {
            let count = min(perExport, responses - written)
            let (header, rows) = SyntheticSurvey.rows(count: count, first: 1000 + written)
            let url = workspace.surveys.appending(path: "bench/annual-\(exports + 1).csv")
            try FileSystem.writeIfChanged(SyntheticSurvey.csv(header: header, rows: rows), to: url)
            written += count
            exports += 1
        }
        let start = DispatchTime.now().uptimeNanoseconds
        let report = try Pipeline(workspace: workspace).run()
        let first = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let quietStart = DispatchTime.now().uptimeNanoseconds
        _ = try Pipeline(workspace: workspace).run()
        let quiet = Double(DispatchTime.now().uptimeNanoseconds - quietStart) / 1e9
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return EndToEnd(responses: report.responsesHeld, exports: exports, firstRunSeconds: first, quietRunSeconds: quiet,
                        stages: report.secondsPerStage, peakMemoryMB: Double(usage.ru_maxrss) / 1024)
    }

    /// The best of three timings of `body`.
    private func measure(_ stage: String, amount: Double, unit: String, _ body: () -> Void) -> Figure {
        var best = Double.infinity
        var bestCPU = Double.infinity
        for _ in 0..<3 {
            let start = DispatchTime.now().uptimeNanoseconds
            let cpuStart = Self.threadCPUSeconds()
            body()
            bestCPU = min(bestCPU, Self.threadCPUSeconds() - cpuStart)
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return Figure(stage: stage, amount: amount, unit: unit, seconds: best, cpuSeconds: bestCPU)
    }

    /// The CPU time this thread has used: on a shared machine, the rate a stage would have on a core of its own.
    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
