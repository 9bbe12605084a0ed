import Foundation
import HeardCore
import HeardIngest
import HeardNormalise
import HeardPrivacy
import HeardStore
import HeardSummary
import HeardThemes

/// The nightly job, stage by stage. Each stage is a library without I/O; this type alone reads the workspace,
/// writes `Output/` and `.heard/`, and asks the clock.
///
/// 1. **Ingest** (`HeardIngest`): export bytes -> `Table` (header row, cells exactly as shown, source rows).
/// 2. **Normalise** (`HeardNormalise`): `Table` + `SurveyProfile` -> `NormalisedResponse` (canonical question
///    ids, answer labels, cohort, wave, age band; identity values held in memory only).
/// 3. **Privacy** (`HeardPrivacy`): identity columns dropped, respondent ids -> keyed pseudonyms, comments
///    redacted against patterns and the export's own identity values -> `Response`.
/// 4. **Themes** (`HeardThemes`): each redacted comment -> `ThemeTag`s with evidence, and a `Polarity`.
/// 5. **Store** (`HeardStore`): one transaction per export, keyed by path and SHA-256; unchanged files are
///    skipped without parsing, changed files supersede their earlier responses.
/// 6. **Summarise** (`HeardSummary`): all held `Response`s + `Action`s -> `SummaryDocument` per series and
///    wave, small counts suppressed once here.
/// 7. **Render** (`HeardSummary/Render`): `SummaryDocument` -> Markdown and HTML `OutputFile`s, written only
///    when their bytes change; then `Output/run-report.md` and `.json`.
///
/// Privacy runs before Themes (DESIGN lists them the other way round) so that the tagger, its evidence and
/// everything after it only ever see redacted text.
public struct Pipeline {
    public var workspace: Workspace
    public var options: RunOptions
    /// The clock, overridable in tests.
    public var now: @Sendable () -> Date = { Date() }

    public init(workspace: Workspace, options: RunOptions = RunOptions()) {
        self.workspace = workspace
        self.options = options
    }

    /// Runs once. Throws only when the whole run cannot go ahead; a bad export is in the report instead.
    public func run() throws(PipelineError) -> RunReport {
        let lock = RunLock(path: workspace.lockPath)
        if !options.dryRun {
            try FileSystem.makeDirectory(workspace.state, mode: 0o700)
            try lock.acquire()
        }
        defer { lock.release() }
        let started = now()
        let settings = try loadSettings()
        let framework = try loadFramework(id: options.framework ?? settings.framework)
        var report = RunReport(startedAt: ISO8601DateFormatter().string(from: started), dryRun: options.dryRun,
                               framework: framework.id)
        let store = try openStore()
        let key = try WorkspaceKey.load(from: workspace.keyPath, create: !options.dryRun)
        let diagnostics = DiagnosticCollector()
        let processor = ExportProcessor(
            ingester: Ingester(),
            normaliser: Normaliser(library: try loadProfiles(), ageBands: settings.ageBands,
                                   waveScheme: WaveScheme(rawValue: settings.wave) ?? .academicYear),
            tagger: KeywordTagger(framework: framework, corrections: corrections(for: framework, diagnostics: diagnostics)),
            pseudonymiser: Pseudonymiser(key: key))

        var clock = StageClock()
        try ingestExports(processor: processor, store: store, report: &report, diagnostics: diagnostics,
                          clock: &clock)
        if !options.dryRun {
            let list = SafeguardingList(workspace: workspace)
            report.concernsNeedingReview = try list.unacknowledgedCount()
            if report.newConcerns > 0, let hook = settings.safeguardingHook {
                SafeguardingHook.run(hook, newConcerns: report.newConcerns, workspace: workspace, diagnostics: diagnostics)
            }
        } else {
            report.concernsNeedingReview = report.newConcerns
        }
        clock.start("summarise")
        let documents = try buildDocuments(store: store, settings: settings, framework: framework, diagnostics: diagnostics)
        report.responsesHeld = try storeCall { () throws(StoreError) in try store.responseCount() }
        clock.start("render")
        let files = Self.render(documents)
        report.diagnostics = diagnostics.diagnostics
        report.secondsPerStage = clock.finish()
        try writeOutputs(files, report: &report)
        report.finishedAt = ISO8601DateFormatter().string(from: now())
        if !options.dryRun {
            try FileSystem.writeIfChanged(Array(report.markdown().utf8), to: workspace.output.appending(path: "run-report.md"))
            try FileSystem.writeIfChanged(Array(report.json().utf8), to: workspace.output.appending(path: "run-report.json"))
            let outcome = report.rejected.isEmpty ? "ok" : "some exports rejected"
            try storeCall { () throws(StoreError) in
                try store.recordRun(started: started, finished: now(), outcome: outcome, summary: report.headline)
            }
        }
        return report
    }
}

/// Options for one `heard run`.
public struct RunOptions: Sendable {
    /// Use this framework instead of the one in `heard.json`.
    public var framework: String?
    /// Read and report, but store and write nothing.
    public var dryRun = false

    public init(framework: String? = nil, dryRun: Bool = false) {
        self.framework = framework
        self.dryRun = dryRun
    }
}
