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
        // Points are assigned when summaries are built, on comments already tagged: here each comment is given
        // every theme, the most work a comment can cost.
        let book = BuiltInPoints.book(for: BuiltInCodebooks.defaultID)
        let matcher = PointMatcher(book: book)
        let allThemes = Array(Set(book.points.map(\.themeID))).sorted()
        figures.append(measure("assign points", amount: Double(comments.count), unit: "comments") {
            for comment in comments { _ = matcher.points(in: comment, themes: allThemes) }
        })
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

    /// What `heard bench --responses N` measured: the nightly job on a `BenchWorkspace`, first with everything
    /// new, then a night with nothing new.
    public struct EndToEnd: Sendable {
        /// Responses the workspace holds once cumulative re-downloads are counted once.
        public var responses: Int
        public var responsesHeld: Int
        public var exports: Int
        public var rowsRead: Int
        /// Comments in the rows read (blank cells not counted): what each stage's comments/s is of.
        public var commentsRead: Int
        public var megabytes: Double
        public var firstRun: Night
        public var quietRun: Night
        /// Seconds per stage of the first run, from its run report.
        public var stages: [String: Double]
        public var outputsWritten: Int
        /// Where the workspace was kept (nil when it was removed).
        public var keptAt: String?
    }

    /// One `heard run`.
    public struct Night: Sendable {
        public var seconds: Double
        /// CPU seconds, user and system, on both cores together (nil when measured in this process).
        public var cpuSeconds: Double?
        public var exitCode: Int32?
        public var peakMemoryMB: Double
    }

    /// Builds the workspace (in `keep`, else a temporary folder removed afterwards) and runs the nightly job on
    /// it twice. With `executable` each run is that program (`heard run --workspace ...`) in a process of its
    /// own, so the times and peak memory are a real night's; without, the runs are in this process.
    public static func endToEnd(responses: Int, single: Bool = false, executable: String?,
                                keep: URL? = nil) throws(PipelineError) -> EndToEnd {
        let root = keep ?? FileManager.default.temporaryDirectory.appending(path: "heard-bench-\(UUID().uuidString)")
        defer { if keep == nil { try? FileManager.default.removeItem(at: root) } }
        let workspace = Workspace(root: root)
        try? FileManager.default.removeItem(at: workspace.output)
        try? FileManager.default.removeItem(at: workspace.state)
        let layout = try BenchWorkspace.build(responses: responses, single: single, in: workspace)
        let first = try night(workspace, executable: executable)
        let report = RunReport.load(from: workspace.output.appending(path: "run-report.json"))
        let quiet = try night(workspace, executable: executable)
        return EndToEnd(responses: layout.responses, responsesHeld: report?.responsesHeld ?? 0,
                        exports: layout.exports.count, rowsRead: layout.exports.map(\.rows).reduce(0, +),
                        commentsRead: layout.comments,
                        megabytes: Double(layout.bytes) / 1_048_576, firstRun: first, quietRun: quiet,
                        stages: report?.secondsPerStage ?? [:], outputsWritten: report?.outputsWritten.count ?? 0,
                        keptAt: keep?.path(percentEncoded: false))
    }

    private static func night(_ workspace: Workspace, executable: String?) throws(PipelineError) -> Night {
        guard let executable else {
            let start = DispatchTime.now().uptimeNanoseconds
            let report = try Pipeline(workspace: workspace).run()
            var usage = rusage()
            getrusage(RUSAGE_SELF.rawValue, &usage)
            return Night(seconds: Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, cpuSeconds: nil,
                         exitCode: report.rejected.isEmpty && report.blockedOutputs.isEmpty ? 0 : 65,
                         peakMemoryMB: Double(usage.ru_maxrss) / 1024)
        }
        let arguments = [executable, "run", "--workspace", workspace.root.path(percentEncoded: false)]
        guard let outcome = ChildProcess.run(arguments, environment: ProcessInfo.processInfo.environment) else {
            throw .io("cannot start \(executable)")
        }
        return Night(seconds: outcome.seconds, cpuSeconds: outcome.cpuSeconds, exitCode: outcome.status,
                     peakMemoryMB: outcome.peakMemoryMB)
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
