import Foundation
import HeardCore
import HeardIngest
import HeardNormalise
import HeardPrivacy
import HeardStore
import HeardSummary
import HeardThemes

extension Pipeline {
    func loadSettings() throws(PipelineError) -> Settings {
        guard FileManager.default.fileExists(atPath: workspace.settings.path(percentEncoded: false)) else {
            return Settings()
        }
        let bytes = try FileSystem.read(workspace.settings)
        return try Settings.parse(String(decoding: bytes, as: UTF8.self))
    }

    /// A built-in framework, or a codebook `Surveys/frameworks/*.txt` whose `framework:` line has this id.
    func loadFramework(id: String) throws(PipelineError) -> ThemeFramework {
        for framework in try workspaceFrameworks() where framework.id == id { return framework }
        if let framework = BuiltInCodebooks.frameworks().first(where: { $0.id == id }) { return framework }
        let known = (BuiltInCodebooks.frameworks().map(\.id) + (try workspaceFrameworks()).map(\.id)).sorted()
        throw .configuration("unknown theme framework \"\(id)\" (known: \(known.joined(separator: ", ")))")
    }

    func workspaceFrameworks() throws(PipelineError) -> [ThemeFramework] {
        let files = (try? FileManager.default.contentsOfDirectory(at: workspace.frameworks,
                                                                  includingPropertiesForKeys: nil)) ?? []
        var frameworks: [ThemeFramework] = []
        for url in files.sorted(by: { $0.lastPathComponent < $1.lastPathComponent })
        where url.pathExtension == "txt" && !url.lastPathComponent.hasSuffix(Self.pointsSuffix) {
            let text = String(decoding: try FileSystem.read(url), as: UTF8.self)
            do {
                frameworks.append(try Codebook.parse(text, source: SourceLocation(file: workspace.relativePath(url))))
            } catch {
                throw .configuration("codebook problem: \(error.description)")
            }
        }
        return frameworks
    }

    /// Built-in profiles plus the workspace's `Surveys/profiles/*.json` (which win on the same id).
    func loadProfiles() throws(PipelineError) -> ProfileLibrary {
        try loadProfileFiles().library
    }

    /// The profile library and the bytes of each workspace profile file (what stored responses depend on).
    func loadProfileFiles() throws(PipelineError) -> (library: ProfileLibrary, files: [(path: String, bytes: [UInt8])]) {
        var library = ProfileLibrary.builtIn()
        var read: [(path: String, bytes: [UInt8])] = []
        let files = (try? FileManager.default.contentsOfDirectory(at: workspace.profiles,
                                                                  includingPropertiesForKeys: nil)) ?? []
        for url in files.sorted(by: { $0.lastPathComponent < $1.lastPathComponent }) where url.pathExtension == "json" {
            let bytes = try FileSystem.read(url)
            read.append((workspace.relativePath(url), bytes))
            do {
                try library.add(json: bytes, source: SourceLocation(file: workspace.relativePath(url)))
            } catch {
                throw .configuration("profile problem: \(error.description)")
            }
        }
        return (library, read)
    }

    /// The store, its schema brought up to date; in memory when a dry run or a plan finds none (they create
    /// nothing).
    func openStore(creating: Bool = true) throws(PipelineError) -> Store {
        let path = workspace.storePath.path(percentEncoded: false)
        let useMemory = (options.dryRun || !creating) && !FileManager.default.fileExists(atPath: path)
        do {
            return try Store(path: useMemory ? ":memory:" : path)
        } catch {
            throw .io("cannot open the store \(path): \(error.description)")
        }
    }

    /// The "we did" register, if there is one. Problems in it are warnings; the run goes on.
    func loadActions(framework: ThemeFramework, diagnostics: DiagnosticCollector) -> [Action] {
        guard let bytes = try? FileSystem.read(workspace.actions) else { return [] }
        let source = SourceLocation(file: workspace.relativePath(workspace.actions))
        do {
            guard let table = try CSVReader().read(bytes, source: source, diagnostics: diagnostics).first else { return [] }
            return ActionRegister.parse(table, knownThemes: Set(framework.themes.map(\.id)), diagnostics: diagnostics)
        } catch {
            diagnostics.emit(error)
            return []
        }
    }

    /// The officer's corrections in `Surveys/corrections.csv`, if any (problems are warnings).
    public func corrections(for framework: ThemeFramework,
                            diagnostics: DiagnosticCollector = DiagnosticCollector()) -> TagCorrections {
        var corrections = TagCorrections()
        let url = workspace.surveys.appending(path: "corrections.csv")
        if let bytes = try? FileSystem.read(url) {
            let source = SourceLocation(file: workspace.relativePath(url))
            do {
                if let table = try CSVReader().read(bytes, source: source, diagnostics: diagnostics).first {
                    corrections = TagCorrections.parse(table, framework: framework, diagnostics: diagnostics)
                }
            } catch {
                diagnostics.emit(error)
            }
        }
        // Reviewers' "this is about another theme" decisions, for themes this framework has; the file wins.
        let known = Set(framework.themes.map(\.id))
        for retag in ReviewDecisions(workspace: workspace).retags(diagnostics: diagnostics)
        where retag.themes.allSatisfy(known.contains) && !corrections.contains(text: retag.text) {
            corrections.add(text: retag.text, correction: .init(themes: retag.themes, polarity: nil))
        }
        return corrections
    }
}

/// What one run works with, loaded once before anything is read: settings, the framework and the corrections in
/// effect, what stored responses are derived with, the store (its schema brought up to date) and the checked key.
/// The export processor (the safeguarding model, the tagger's models, the gazetteers) is built only when the plan
/// reads an export, so a night with nothing new never loads it.
struct RunSetup {
    let settings: Settings
    let framework: ThemeFramework
    let derivation: Derivation
    let store: Store
    let key: [UInt8]
    /// The framework's points (built in, or the officer's word list beside the framework).
    let points: PointBook
    /// The points of the comments this run stores, found while they are stored (`PointsAhead`).
    let pointsAhead: PointsAhead
    /// The final scan asked of each comment before it is quoted, this run's answers kept; the comments this run
    /// stores are asked while they are stored (`QuoteWithholding.askAhead`).
    let quoteWithholding = QuoteWithholding()
    let diagnostics = DiagnosticCollector()
    private let corrections: TagCorrections
    private let profiles: ProfileLibrary
    private let places: PlaceList?

    /// Loads everything but the processor; `planOnly` leaves the key alone (a plan reads no export and keys
    /// nothing).
    init(_ pipeline: Pipeline, planOnly: Bool = false) throws(PipelineError) {
        settings = try pipeline.loadSettings()
        framework = try pipeline.loadFramework(id: pipeline.options.framework ?? settings.framework)
        store = try pipeline.openStore(creating: !planOnly)
        let store = store
        key = planOnly ? Digest.randomBytes(WorkspaceKey.length)
            : try WorkspaceKey.load(workspace: pipeline.workspace, store: store, create: !pipeline.options.dryRun)
        corrections = pipeline.corrections(for: framework, diagnostics: diagnostics)
        points = pipeline.loadPoints(framework: framework, diagnostics: diagnostics)
        pointsAhead = PointsAhead(matcher: PointMatcher(book: points))
        let profileFiles = try pipeline.loadProfileFiles()
        profiles = profileFiles.library
        derivation = Derivation(version: Pipeline.version, settings: settings, framework: framework,
                                corrections: corrections, profiles: profileFiles.files,
                                places: try? FileSystem.read(pipeline.workspace.places))
        places = pipeline.loadPlaces()
    }

    /// The export processor for this run's settings, framework, corrections, profiles, key and erasures. Costly
    /// (it loads every model): call once, and only when an export is to be read.
    func makeProcessor(_ pipeline: Pipeline) throws(PipelineError) -> ExportProcessor {
        // The screen's tables and the tagger's model take a while to load, and neither needs the other: the
        // screen is loaded on another core meanwhile.
        let screen = Pending { SafeguardingScreen() }
        var processor = ExportProcessor(
            ingester: Ingester(),
            normaliser: Normaliser(library: profiles, ageBands: settings.ageBands,
                                   waveScheme: WaveScheme(rawValue: settings.wave) ?? .academicYear),
            tagger: ThemeTagger(framework: framework, corrections: corrections),
            pseudonymiser: Pseudonymiser(key: key), fingerprinter: RowFingerprint(key: key), screen: screen.wait())
        let store = store
        processor.erased = try pipeline.storeCall { () throws(StoreError) in try store.erasedKeys() }
        processor.erasedRows = try pipeline.storeCall { () throws(StoreError) in try store.erasedRows() }
        processor.places = places
        processor.points = pointsAhead.matcher
        return processor
    }
}
