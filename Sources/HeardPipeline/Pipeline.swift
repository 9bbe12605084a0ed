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
    /// Heard's version (also part of the derivation fingerprint).
    public static let version = "0.2.0"

    public var workspace: Workspace
    public var options: RunOptions
    /// The clock, overridable in tests.
    public var now: @Sendable () -> Date = { Date() }
    /// Called with a short progress line ("reading 3 of 12 exports"), for a terminal; nil when nobody watches.
    public var progress: (@Sendable (String) -> Void)?

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
        let corrections = corrections(for: framework, diagnostics: diagnostics)
        let derivation = try derivationFingerprint(settings: settings, framework: framework, corrections: corrections)
        var processor = ExportProcessor(
            ingester: Ingester(),
            normaliser: Normaliser(library: try loadProfiles(), ageBands: settings.ageBands,
                                   waveScheme: WaveScheme(rawValue: settings.wave) ?? .academicYear),
            tagger: ThemeTagger(framework: framework, corrections: corrections),
            pseudonymiser: Pseudonymiser(key: key))
        processor.erased = try storeCall { () throws(StoreError) in try store.erasedKeys() }
        processor.places = loadPlaces()

        var clock = StageClock()
        try ingestExports(processor: processor, store: store, derivation: derivation, report: &report,
                          diagnostics: diagnostics, clock: &clock)
        if !options.dryRun {
            let list = SafeguardingList(workspace: workspace)
            report.concernsNeedingReview = try list.unacknowledgedCount()
            if report.newConcerns > 0, let hook = settings.safeguardingHook {
                SafeguardingHook.run(hook, newConcerns: report.newConcerns, workspace: workspace, diagnostics: diagnostics)
            }
        } else {
            report.concernsNeedingReview = report.newConcerns
        }
        report.responsesHeld = try storeCall { () throws(StoreError) in try store.responseCount() }
        let storeState = try storeCall { () throws(StoreError) in try store.stateFingerprint() }
        let points = loadPoints(framework: framework, diagnostics: diagnostics)
        let fingerprint = OutputManifest.fingerprint(workspace: workspace,
                                                     derivation: derivation + "\n" + Self.fingerprintText(points),
                                                     storeState: storeState, settings: settings)
        // Files this run (or the run that wrote them, when nothing changed) scanned as it wrote them.
        var scannedOnWrite: Set<String> = []
        if !options.dryRun, let manifest = OutputManifest.load(workspace), manifest.fingerprint == fingerprint,
           manifest.filesPresent(workspace) {
            // Nothing the summaries depend on changed: nothing to summarise or rewrite.
            report.outputsUnchanged = manifest.files.count
            scannedOnWrite = Set(manifest.files)
        } else {
            clock.start("summarise")
            let documents = try buildDocuments(store: store, settings: settings, framework: framework, points: points,
                                               diagnostics: diagnostics) { report.unmatchedWords = $0 }
            clock.start("render")
            let files = Self.render(documents)
            clock.start("write")
            try writeOutputs(files, surveyOptions: Self.handleLikeOptions(documents), report: &report)
            scannedOnWrite = Set(files.map(\.path))
            if !options.dryRun {
                try OutputManifest(fingerprint: fingerprint, files: files.map(\.path)).save(workspace)
            }
        }
        if !options.dryRun { scanOutputFolder(skipping: scannedOnWrite, report: &report) }
        report.diagnostics = DiagnosticGroups.grouped(diagnostics.diagnostics)
        report.secondsPerStage = clock.finish()
        report.finishedAt = ISO8601DateFormatter().string(from: now())
        if !options.dryRun {
            try writeRunReport(report)
            RunLog(folder: workspace.state.appending(path: "logs")).append(report)
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
    /// Read every export still present again and re-derive everything from it.
    public var rebuild = false

    public init(framework: String? = nil, dryRun: Bool = false, rebuild: Bool = false) {
        self.framework = framework
        self.dryRun = dryRun
        self.rebuild = rebuild
    }
}
