import Foundation
import HeardCore
import HeardPrivacy
import HeardStore
import HeardSummary
import HeardThemes

extension Pipeline {
    /// Summary documents for everything the store holds; `unmatched` receives the officer's list of frequent
    /// words in comments that fit no theme or no point.
    func buildDocuments(for setup: RunSetup, unmatched: ((UnmatchedWords.Summary) -> Void)? = nil,
                        withheld: ((Int) -> Void)? = nil) throws(PipelineError) -> [SummaryDocument] {
        try buildDocuments(store: setup.store, settings: setup.settings, framework: setup.framework,
                           points: setup.points, diagnostics: setup.diagnostics, pointsAhead: setup.pointsAhead,
                           unmatched: unmatched, withheld: withheld, withholding: setup.quoteWithholding)
    }

    /// Summary documents for everything the store holds, with actions and review decisions applied.
    /// `points` are the framework's (see `loadPoints`); `unmatched`, if given, receives the officer's list of
    /// frequent words in comments that fit no theme or no point. `pointsAhead` holds the points of comments
    /// this run found while it stored them (see `PointsAhead`); it must have been made with `points`.
    /// `withheld`, if given, receives how many comments the final privacy scan kept from being quoted;
    /// `withholding` asks it (and keeps the forms it found clean, for the scan of the files).
    func buildDocuments(store: Store, settings: Settings, framework: ThemeFramework, points: PointBook,
                        diagnostics: DiagnosticCollector, pointsAhead: PointsAhead? = nil,
                        unmatched: ((UnmatchedWords.Summary) -> Void)? = nil,
                        withheld: ((Int) -> Void)? = nil,
                        withholding: QuoteWithholding = QuoteWithholding()) throws(PipelineError) -> [SummaryDocument] {
        let stored = try storeCall { () throws(StoreError) in try store.responses() }
        let questions = try storeCall { () throws(StoreError) in try store.askedQuestions() }
        let responses = (pointsAhead ?? PointsAhead(matcher: PointMatcher(book: points))).assign(consume stored)
        // The officer's list of unmatched words is made from the same responses as the documents and nothing
        // else: on another thread while the documents are built (a single wave's document keeps one core busy).
        let listed = unmatched.map { _ in Pending { Self.unmatchedWords(responses, book: points) } }
        let actions = loadActions(framework: framework, diagnostics: diagnostics)
        let documents = SummaryBuilder(
            frameworkID: framework.id,
            themes: framework.themes.map { theme in
                .init(id: theme.id, title: theme.title, childTitle: theme.childTitle,
                      points: points.points(of: theme.id).map { .init(id: $0.id, label: $0.label, plain: $0.plain) })
            },
            threshold: settings.suppressionThreshold,
            mayQuote: withholding.mayQuote,
            mayQuoteApproved: withholding.mayQuoteApproved
        ).build(responses: responses, actions: actions,
                decisions: ReviewDecisions(workspace: workspace).load(diagnostics: diagnostics), questions: questions,
                council: settings.council)
        if let listed { unmatched?(listed.wait()) }
        withheld?(withholding.count)
        BackgroundRelease.release(consume responses) // see `Pipeline.run`
        return documents
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
        // Each (document, renderer) is independent: rendered on every core, kept in this order.
        let work = documents.flatMap { document in renderers.indices.map { (document, $0) } }
        return ParallelMap.mapEach(work) { document, renderer in renderers[renderer].render(document) }.flatMap { $0 }
            + [SummaryJSONRenderer().render(documents)]
    }

    /// Everything the summaries are made from: what responses are derived with, what the store holds (after
    /// retirements and erasures), the settings, actions and review decisions.
    func outputFingerprint(_ setup: RunSetup) throws(PipelineError) -> String {
        let state = try storeCall { () throws(StoreError) in try setup.store.stateFingerprint() }
        return OutputManifest.fingerprint(workspace: workspace, derivation: setup.derivation.encoded + "\n" + Self.fingerprintText(setup.points),
                                          storeState: state,
                                          settings: setup.settings)
    }

    /// Brings `Output/` to what the held responses give: skips summarising when nothing they depend on changed
    /// and every file is still there; otherwise renders, scans and writes what changed. Either way, a file the
    /// outputs no longer include is removed.
    func render(_ setup: RunSetup, documents: [SummaryDocument]?, fingerprint: String, report: inout RunReport,
                clock: inout StageClock) throws(PipelineError) {
        let previous = options.dryRun ? nil : OutputManifest.load(workspace)
        if let manifest = previous, manifest.fingerprint == fingerprint, manifest.filesPresent(workspace) {
            report.outputsUnchanged = manifest.files.count
            report.blockedOutputs = manifest.blocked
            clock.start("write")
            scanOutputFolder(skipping: Set(manifest.files), report: &report)
            report.outputsRemoved = try OutputFolder(workspace: workspace).prune(keeping: Set(manifest.files))
            return
        }
        clock.start("summarise")
        var unmatched = report.unmatchedWords
        var withheld = report.quotesWithheld
        let withholding = setup.quoteWithholding
        let documents = if let documents { documents } else {
            try buildDocuments(for: setup, unmatched: { unmatched = $0 }, withheld: { withheld = $0 })
        }
        report.unmatchedWords = unmatched
        report.quotesWithheld = withheld
        clock.start("render")
        // The final scan's sets of quote ids and cleared texts (one core, a hash of every quotable text) are made
        // while the files are rendered on the others.
        let setAside = Pending { (quoteIDs: Set(documents.flatMap(\.candidates).map(\.id)), cleared: withholding.cleared) }
        let files = Self.render(documents)
        clock.start("scan and write")
        let (quoteIDs, cleared) = setAside.wait()
        let written = try writeOutputs(files, surveyOptions: Self.handleLikeOptions(documents), quoteIDs: quoteIDs,
                                       cleared: cleared, report: &report)
        if !options.dryRun {
            // Heard's own files from the last run (the manifest's) were scanned when written; those no longer
            // wanted are removed below, not reported as leftovers (a review CSV's quote ids are not ID numbers).
            scanOutputFolder(skipping: written.union(previous?.files ?? []), report: &report)
            report.outputsRemoved = try OutputFolder(workspace: workspace).prune(keeping: written)
            try OutputManifest(fingerprint: fingerprint, files: written.sorted(), blocked: report.blockedOutputs)
                .save(workspace)
        }
    }

    /// Writes generated files under `Output/`, each only when its bytes changed, after the final privacy scan.
    /// Returns the paths that now hold this run's outputs (a file the scan stopped is not among them).
    /// `surveyOptions`: closed-question wordings and labels the final scan would take for a social media handle
    /// ("@Home"), as they appear in the files: answer options a survey offered, screened for identifiers when they
    /// were read, so not held against a file. Everything else in the file is scanned as usual.
    /// `quoteIDs` and `cleared` are passed to `OutputScanParts.scan`.
    func writeOutputs(_ files: [OutputFile], surveyOptions: [String] = [], quoteIDs: Set<String> = [],
                      cleared: Set<String> = [], report: inout RunReport) throws(PipelineError) -> Set<String> {
        guard !options.dryRun else {
            report.outputsWritten = files.map { "Output/\($0.path) (not written: dry run)" }
            return []
        }
        try FileSystem.makeDirectory(workspace.output)
        let findings = OutputScanParts.scan(files, surveyOptions: surveyOptions, quoteIDs: quoteIDs, cleared: cleared)
        var kept: Set<String> = []
        for (file, found) in zip(files, findings) {
            if let first = found.first {
                report.blockedOutputs.append("Output/\(file.path): \(first) (\(found.count) in all); not written")
                continue
            }
            kept.insert(file.path)
            if try FileSystem.writeIfChanged(file.contents, to: workspace.output.appending(path: file.path)) {
                report.outputsWritten.append("Output/\(file.path)")
            } else {
                report.outputsUnchanged += 1
            }
        }
        return kept
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
}
