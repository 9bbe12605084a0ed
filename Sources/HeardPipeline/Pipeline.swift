import Foundation
import HeardCore
import HeardIngest
import HeardNormalise
import HeardPrivacy
import HeardStore
import HeardSummary
import HeardThemes

/// The nightly job: **plan, prepare, commit, render**, around SQLite as the single transactional record of a
/// run. Each stage is a library without I/O; this type alone reads the workspace, writes `Output/` and
/// `.heard/`, and asks the clock.
///
/// 1. **Plan** (`RunPlan`): every file in `Surveys/` is hashed (SHA-256: an export is its content, the path an
///    attribute) and compared with the store's ledger: new, changed, moved, unchanged, read again, retried, still
///    rejected, gone, and why. `heard run --plan` prints it and stops.
/// 2. **Prepare** (`ExportProcessor`, one export ahead on another thread), for each export the plan reads:
///    - Ingest (`HeardIngest`): bytes -> `Table`s, one per worksheet with responses;
///    - Normalise (`HeardNormalise`): `Table` + `SurveyProfile` -> `NormalisedResponse`s;
///    - Privacy (`HeardPrivacy`): the safeguarding screen on the young person's own words, then identity dropped,
///      respondent ids -> keyed pseudonyms, rows -> keyed fingerprints, comments redacted -> `Response`;
///    - Themes (`HeardThemes`): each redacted comment -> `ThemeTag`s with evidence, and a `Polarity`.
/// 3. **Commit** (`HeardStore`), in one transaction for the whole run: each export's concerns are flushed to
///    the restricted list *before* its responses are stored, so no crash can mark an export done whose
///    disclosure was not kept; then `settle` decides where each export is now found, retires exports gone from
///    `Surveys/` and exports superseded by a cumulative re-download (`Supersession`), and the run's record is
///    written with them. A run killed at any moment leaves the store as the last run that finished left it.
/// 4. **Render** (`HeardSummary`): the held responses + actions + review decisions -> `SummaryDocument`s ->
///    Markdown, HTML, easy-read, review pages, tables, `summary.json`, each checked by the final privacy scan and
///    written only when its bytes change; files no longer produced are removed, so `Output/` is a function of
///    the exports in `Surveys/`, the settings, actions, reviews and erasures. Then the run report.
///
/// Privacy runs before Themes (DESIGN lists them the other way round) so that the tagger, its evidence and
/// everything after it only ever see redacted text.
public struct Pipeline {
    /// Heard's version (also part of what stored responses are derived with: a new version reads them again).
    public static let version = "0.3.0"

    public var workspace: Workspace
    public var options: RunOptions
    /// The clock, overridable in tests.
    public var now: @Sendable () -> Date = { Date() }
    /// Called with a short progress line ("reading 3 of 12 exports"), for a terminal; nil when nobody watches.
    public var progress: (@Sendable (String) -> Void)?
    /// Called at named moments of a run (`RunMoment`), so tests can make a run fail exactly there.
    var interruption: (@Sendable (RunMoment) throws(PipelineError) -> Void)?

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
        var clock = StageClock()
        clock.start("plan")
        let setup = try RunSetup(self)
        var report = RunReport(startedAt: ISO8601DateFormatter().string(from: started), dryRun: options.dryRun,
                               framework: setup.framework.id)
        let (plan, ignored) = try makePlan(setup)
        report.ignoredFiles = ignored
        let store = setup.store
        var documents: [SummaryDocument]?
        var runID: Int64?
        // The run's pages are copied into the database file on another thread while the summaries are made.
        var checkpoint: Pending<Bool>?
        defer { _ = checkpoint?.wait() }
        let fingerprint: String
        if plan.isQuiet && !options.dryRun {
            // Nothing to read, move or retire: the store is left as it is.
            report.exports = plan.files.map(RunReport.ExportLine.init(unread:))
            report.responsesHeld = try storeCall { () throws(StoreError) in try store.responseCount() }
            fingerprint = try outputFingerprint(setup)
        } else {
            try storeCall { () throws(StoreError) in try store.begin() }
            do {
                try carryOut(plan, setup: setup, report: &report, clock: &clock)
                try interruption?(.beforeSettle)
                clock.start("settle")
                try settle(plan, setup: setup, report: &report)
                report.responsesHeld = try storeCall { () throws(StoreError) in try store.responseCount() }
                fingerprint = try outputFingerprint(setup)
                if options.dryRun {
                    clock.start("summarise")
                    documents = try buildDocuments(for: setup, unmatched: { report.unmatchedWords = $0 },
                                                   withheld: { report.quotesWithheld = $0 })
                    store.rollback()
                } else {
                    runID = try storeCall { () throws(StoreError) in
                        let id = try store.recordRun(started: started, finished: now(), outcome: "committed, not rendered",
                                                     summary: report.headline)
                        try store.commitLeavingLog()
                        return id
                    }
                    let path = workspace.storePath.path(percentEncoded: false)
                    checkpoint = Pending { Store.checkpoint(path: path) }
                }
            } catch {
                store.rollback()
                throw error
            }
            try interruption?(.afterCommit)
        }
        // The restricted list is read and the hook run while the summaries are made: neither uses the other.
        let workspace = workspace, settings = setup.settings, dryRun = options.dryRun
        let announcing = Pending { Self.announceConcerns(workspace: workspace, settings: settings, dryRun: dryRun) }
        do {
            try render(setup, documents: documents, fingerprint: fingerprint, report: &report, clock: &clock)
        } catch {
            _ = announcing.wait() // the hook never outlives the run's lock
            throw error
        }
        clock.start("announce concerns")
        let announced = announced(try announcing.wait().get(), setup: setup, report: &report)
        report.diagnostics = DiagnosticGroups.grouped(setup.diagnostics.diagnostics)
        // Milliseconds are all a reader needs; a full-precision float ("0.08007700000001705") also holds digit runs
        // that look like a phone number to anyone scanning Output/ for identifiers.
        report.secondsPerStage = clock.finish().merging(report.secondsPerStage) { $0 + $1 }
            .mapValues { ($0 * 1000).rounded() / 1000 }
        report.finishedAt = ISO8601DateFormatter().string(from: now())
        if !options.dryRun {
            try writeRunReport(report)
            RunLog(folder: workspace.state.appending(path: "logs")).append(report)
            try SafeguardingList(workspace: workspace).markAnnounced(announced.unannounced, at: now())
            let outcome = report.rejected.isEmpty && report.blockedOutputs.isEmpty ? "ok" : "some exports rejected"
            _ = checkpoint?.wait()
            checkpoint = nil
            try storeCall { () throws(StoreError) in
                if let runID {
                    try store.finishRun(runID, finished: now(), outcome: outcome, summary: report.headline)
                } else {
                    try store.recordRun(started: started, finished: now(), outcome: outcome, summary: report.headline)
                }
            }
        }
        // What the run kept of its responses is let go of on another core: freeing it took this one about half
        // a second of a 100,000-row night, while the other waited.
        BackgroundRelease.release(store.takeStoredCopies())
        BackgroundRelease.release(setup.pointsAhead.takeFound())
        return report
    }
}

/// Moments of a run at which a test can make it fail, to show that nothing is lost or counted twice.
enum RunMoment: Sendable, Equatable {
    /// An export's concerns are on disk; its responses are not stored yet.
    case afterConcerns(String)
    /// Every export is stored in the run's transaction; nothing is settled or committed.
    case beforeSettle
    /// The run's transaction is committed; nothing is rendered.
    case afterCommit
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
