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
        var library = ProfileLibrary.builtIn()
        let files = (try? FileManager.default.contentsOfDirectory(at: workspace.profiles,
                                                                  includingPropertiesForKeys: nil)) ?? []
        for url in files.sorted(by: { $0.lastPathComponent < $1.lastPathComponent }) where url.pathExtension == "json" {
            let bytes = try FileSystem.read(url)
            do {
                try library.add(json: bytes, source: SourceLocation(file: workspace.relativePath(url)))
            } catch {
                throw .configuration("profile problem: \(error.description)")
            }
        }
        return library
    }

    func openStore() throws(PipelineError) -> Store {
        let path = workspace.storePath.path(percentEncoded: false)
        let useMemory = options.dryRun && !FileManager.default.fileExists(atPath: path)
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

    /// Summary documents for everything the store holds, with actions and review decisions applied.
    /// `points` are the framework's (see `loadPoints`); `unmatched`, if given, receives the officer's list of
    /// frequent words in comments that fit no theme or no point.
    func buildDocuments(store: Store, settings: Settings, framework: ThemeFramework, points: PointBook,
                        diagnostics: DiagnosticCollector,
                        unmatched: ((UnmatchedWords.Summary) -> Void)? = nil) throws(PipelineError) -> [SummaryDocument] {
        let stored = try storeCall { () throws(StoreError) in try store.responses() }
        let questions = try storeCall { () throws(StoreError) in try store.askedQuestions() }
        let responses = Self.assignPoints(stored, matcher: PointMatcher(book: points))
        unmatched?(Self.unmatchedWords(responses, book: points))
        let actions = loadActions(framework: framework, diagnostics: diagnostics)
        return SummaryBuilder(
            frameworkID: framework.id,
            themes: framework.themes.map { theme in
                .init(id: theme.id, title: theme.title, childTitle: theme.childTitle,
                      points: points.points(of: theme.id).map { .init(id: $0.id, label: $0.label, plain: $0.plain) })
            },
            threshold: settings.suppressionThreshold
        ).build(responses: responses, actions: actions,
                decisions: ReviewDecisions(workspace: workspace).load(diagnostics: diagnostics), questions: questions,
                council: settings.council)
    }

    /// Closed-question wordings and labels that look like a social media handle to the final scan (an "@" in
    /// an option such as "@home" or "Tell me @ school"), in every form the renderers write them. They were
    /// screened when the export was read; any other finding in them still stops the file.
    static func handleLikeOptions(_ documents: [SummaryDocument]) -> [String] {
        PublishedText.closedQuestionText(documents)
            .filter { text in
                let findings = OutputScanner.scan(text)
                return !findings.isEmpty && findings.allSatisfy { $0.kind == "social media handle" }
            }
            .flatMap(PublishedText.forms).sorted { $0.count > $1.count }
    }

    /// Every output file for the documents: Markdown, HTML, easy-read, review page, tables and summary.json.
    static func render(_ documents: [SummaryDocument]) -> [OutputFile] {
        let renderers: [any SummaryRenderer] = [MarkdownRenderer(), HTMLRenderer(), EasyReadRenderer(),
                                                ReviewPageRenderer(), TableRenderer(), PointTableRenderer()]
        return documents.flatMap { document in renderers.flatMap { $0.render(document) } }
            + [SummaryJSONRenderer().render(documents)]
    }

    /// A fingerprint of everything stored responses are derived with: Heard's version, the framework's cues, the
    /// shipped theme and polarity models, the corrections in effect (officers' file and reviewers' retags),
    /// workspace profiles and the settings that shape normalisation. When it changes, unchanged exports are read
    /// again so every stored tag is current.
    func derivationFingerprint(settings: Settings, framework: ThemeFramework,
                               corrections: TagCorrections) throws(PipelineError) -> String {
        var parts = ["heard \(Pipeline.version)", Normaliser.revision, framework.id, settings.wave,
                     settings.ageBands.map(\.label).joined(separator: ","), String(settings.suppressionThreshold)]
        for theme in framework.themes {
            parts.append(theme.id + ":" + theme.cues.joined(separator: ",") + "|" + theme.weakCues.joined(separator: ",")
                         + "|" + theme.pairs.map(\.line).joined(separator: ";"))
        }
        parts.append("not:" + framework.notCues.joined(separator: ","))
        parts.append("models:" + Digest.sha256Hex(Array(BuiltInModels.fingerprint.utf8)))
        parts.append("corrections:\n" + corrections.fingerprint)
        let profiles = ((try? FileManager.default.contentsOfDirectory(at: workspace.profiles, includingPropertiesForKeys: nil)) ?? [])
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        for url in profiles {
            if let bytes = try? FileSystem.read(url) { parts.append(workspace.relativePath(url) + ":" + Digest.sha256Hex(bytes)) }
        }
        if let bytes = try? FileSystem.read(workspace.places) { parts.append("places:" + Digest.sha256Hex(bytes)) }
        return Digest.sha256Hex(Array(parts.joined(separator: "\n").utf8))
    }

    /// Writes the run report when the run changed something (or there is none yet), so a quiet night rewrites
    /// nothing; every run, quiet or not, is logged in `.heard/logs/heard.log`.
    func writeRunReport(_ report: RunReport) throws(PipelineError) {
        let markdownURL = workspace.output.appending(path: "run-report.md")
        if !report.changedSomething, FileManager.default.fileExists(atPath: markdownURL.path(percentEncoded: false)) {
            return
        }
        try FileSystem.writeIfChanged(Array(report.markdown().utf8), to: markdownURL)
        try FileSystem.writeIfChanged(Array(report.json().utf8), to: workspace.output.appending(path: "run-report.json"))
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

    /// Writes generated files under `Output/`, each only when its bytes changed. `surveyOptions`: closed-question
    /// wordings and labels the final scan would take for a social media handle ("@Home"), as they appear in the
    /// files: answer options a survey offered, screened for identifiers when they were read, so not held against
    /// a file. Everything else in the file is scanned as usual.
    func writeOutputs(_ files: [OutputFile], surveyOptions: [String] = [], report: inout RunReport) throws(PipelineError) {
        guard !options.dryRun else {
            report.outputsWritten = files.map { "Output/\($0.path) (not written: dry run)" }
            return
        }
        try FileSystem.makeDirectory(workspace.output)
        for file in files {
            var text = String(decoding: file.contents, as: UTF8.self)
            for option in surveyOptions where text.contains(option) {
                text = text.replacingOccurrences(of: option, with: String(repeating: " ", count: option.count))
            }
            let format = (file.path as NSString).pathExtension.lowercased()
            let findings = OutputScanner.scan(text, format: format)
            if let first = findings.first {
                report.blockedOutputs.append("Output/\(file.path): \(first) (\(findings.count) in all); not written")
                continue
            }
            if try FileSystem.writeIfChanged(file.contents, to: workspace.output.appending(path: file.path)) {
                report.outputsWritten.append("Output/\(file.path)")
            } else {
                report.outputsUnchanged += 1
            }
        }
    }
}
