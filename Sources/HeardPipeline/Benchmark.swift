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
        public var rate: Double { amount / seconds }
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
            let tagger = KeywordTagger(framework: framework)
            figures.append(measure("tag comments", amount: Double(comments.count), unit: "comments") {
                for comment in comments { _ = tagger.tag(comment) }
            })
        }
        let redactor = Redactor(denyList: data.prefix(200).map { $0[1] })
        figures.append(measure("redact comments", amount: Double(comments.count), unit: "comments") {
            for comment in comments { _ = redactor.redact(comment) }
        })
        return figures
    }

    /// The best of three timings of `body`.
    private func measure(_ stage: String, amount: Double, unit: String, _ body: () -> Void) -> Figure {
        var best = Double.infinity
        for _ in 0..<3 {
            let start = DispatchTime.now().uptimeNanoseconds
            body()
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return Figure(stage: stage, amount: amount, unit: unit, seconds: best)
    }
}
