import Foundation
import HeardCore
import HeardIngest
import HeardNormalise
import HeardStore
import HeardSummary
import HeardThemes

extension Pipeline {
    /// The framework to use: `id`, else heard.json's, else the default.
    public func framework(id: String?) throws(PipelineError) -> ThemeFramework {
        if let id { return try loadFramework(id: id) }
        return try loadFramework(id: loadSettings().framework)
    }

    /// Built-in frameworks and the workspace's codebooks.
    public func allFrameworks() throws(PipelineError) -> [ThemeFramework] {
        let workspaceOnes = try workspaceFrameworks()
        let ids = Set(workspaceOnes.map(\.id))
        return BuiltInCodebooks.frameworks().filter { !ids.contains($0.id) } + workspaceOnes
    }

    /// What `heard run` would do now, and why (`heard run --plan`): reads every file in `Surveys/` to know it
    /// by content, but reads no export's responses, and stores and writes nothing.
    public func plan() throws(PipelineError) -> RunPlan {
        try makePlan(try RunSetup(self, planOnly: true)).plan
    }

    /// What `heard status` shows.
    public struct Status: Sendable {
        public var responses: Int
        public var exports: [ExportRecord]
        public var lastRun: (finished: String, outcome: String)?
    }

    public func status() throws(PipelineError) -> Status {
        guard FileManager.default.fileExists(atPath: workspace.storePath.path(percentEncoded: false)) else {
            return Status(responses: 0, exports: [], lastRun: nil)
        }
        let store = try openStore()
        return try storeCall { () throws(StoreError) in
            Status(responses: try store.responseCount(), exports: try store.exports(withWaves: true),
                   lastRun: try store.lastRun())
        }
    }

    /// `heard check FILE`: reads and maps one export without storing or writing anything.
    public func check(file: URL, diagnostics: DiagnosticCollector) throws(PipelineError) -> Normaliser.CheckResult? {
        let bytes = try FileSystem.read(file)
        let source = SourceLocation(file: workspace.relativePath(file))
        let tables: [Table]
        do { tables = try Ingester().read(bytes, source: source, diagnostics: diagnostics) } catch {
            diagnostics.emit(error)
            return nil
        }
        guard let table = tables.first else { return nil }
        // The workspace's own age bands and waves, so that the table shown is the one the run publishes.
        let settings = try loadSettings()
        return Normaliser(library: try loadProfiles(), ageBands: settings.ageBands,
                          waveScheme: WaveScheme(rawValue: settings.wave) ?? .academicYear)
            .check(table, diagnostics: diagnostics)
    }

    /// The summary documents the store's responses give now (nothing written).
    public func summaries() throws(PipelineError) -> [SummaryDocument] {
        let settings = try loadSettings()
        let framework = try loadFramework(id: options.framework ?? settings.framework)
        guard FileManager.default.fileExists(atPath: workspace.storePath.path(percentEncoded: false)) else { return [] }
        let diagnostics = DiagnosticCollector()
        return try buildDocuments(store: try openStore(), settings: settings, framework: framework,
                                  points: loadPoints(framework: framework, diagnostics: diagnostics), diagnostics: diagnostics)
    }

    /// Records a review decision from the command line (reworded text is redacted and screened first).
    public func recordReview(_ decision: ReviewDecision) throws(PipelineError) {
        let known = try summaries().flatMap(\.candidates).map(\.id)
        guard known.contains(decision.id) else { throw .configuration("no candidate quote with id \(decision.id) (see heard review list)") }
        var cleaned = decision
        cleaned.wording = decision.wording.map(ReviewDecisions.clean)
        try ReviewDecisions(workspace: workspace).record(cleaned)
    }

    /// Records a command-line "this quote is about these themes" (none: "other things you told us"); the next
    /// run re-tags the comment. Theme ids must be the framework's.
    public func recordRetag(id: String, themes: [String]) throws(PipelineError) {
        guard let candidate = try summaries().flatMap(\.candidates).first(where: { $0.id == id }) else {
            throw .configuration("no candidate quote with id \(id) (see heard review list)")
        }
        let settings = try loadSettings()
        let framework = try loadFramework(id: options.framework ?? settings.framework)
        let known = Set(framework.themes.map(\.id))
        if let unknown = themes.first(where: { !known.contains($0) }) {
            throw .configuration("\(unknown) is not a theme of \(framework.id) (see heard frameworks)")
        }
        try ReviewDecisions(workspace: workspace).recordRetag(id: id, text: candidate.text, themes: themes)
    }

    /// Saves a mapping as `Surveys/profiles/NAME.json`; returns the workspace-relative path written.
    public func writeProfile(_ profile: SurveyProfile, named name: String) throws(PipelineError) -> String {
        let safe = name.filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        guard !safe.isEmpty else { throw .configuration("a profile name needs letters or digits") }
        let url = workspace.profiles.appending(path: "\(safe).json")
        try FileSystem.writeIfChanged(Array(profile.json(id: safe, signatureFrom: []).utf8), to: url)
        return workspace.relativePath(url)
    }
}
