import Foundation
import HeardCore
import HeardPrivacy
import HeardSummary

/// Review decisions: files the review page saved, dropped into `Surveys/reviews/`, plus decisions made with
/// `heard review approve|hide|reword|retag` (kept in `.heard/review-decisions.json`). Suggested wording is
/// redacted and screened again before it can be used. A decision that moves a quote to another theme
/// (`themes`, with the quote's `text`) becomes a tag correction for that comment on the next run.
struct ReviewDecisions {
    let workspace: Workspace

    struct File: Codable {
        var format: String?
        var version: Int?
        var series: String?
        var wave: String?
        var decisions: [Entry]
    }

    struct Entry: Codable {
        var id: String
        var decision: String
        var wording: String?
        /// The themes the reviewer says the quote is about (empty: none of them); nil leaves the tags alone.
        var themes: [String]?
        /// The quote as shown (already redacted), which the correction matches.
        var text: String?
    }

    /// A reviewer's "this is really about ..." for one comment.
    struct Retag: Hashable {
        var text: String
        var themes: [String]
    }

    var cliFile: URL { workspace.state.appending(path: "review-decisions.json") }
    var folder: URL { workspace.surveys.appending(path: "reviews", directoryHint: .isDirectory) }

    /// All decisions, later ones winning: the reviews folder in name order, then the command line's.
    func load(diagnostics: DiagnosticCollector) -> [ReviewDecision] {
        entries(diagnostics: diagnostics).compactMap { entry in
            guard let kind = ReviewDecision.Kind(rawValue: entry.decision) else { return nil }
            return ReviewDecision(id: entry.id, decision: kind, wording: entry.wording.map(Self.clean))
        }
    }

    /// Every "this is about another theme" decision, later ones winning for the same text.
    func retags(diagnostics: DiagnosticCollector) -> [Retag] {
        var byText: [String: Retag] = [:]
        var order: [String] = []
        for entry in entries(diagnostics: diagnostics) {
            guard let themes = entry.themes, let text = entry.text, !text.isEmpty else { continue }
            if byText[text] == nil { order.append(text) }
            byText[text] = Retag(text: text, themes: themes)
        }
        return order.compactMap { byText[$0] }
    }

    /// Every entry of every decisions file: the reviews folder in name order, then the command line's.
    private func entries(diagnostics: DiagnosticCollector) -> [Entry] {
        let files = ((try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.pathExtension.lowercased() == "json" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
        var entries: [Entry] = []
        for url in files + [cliFile] where FileManager.default.fileExists(atPath: url.path(percentEncoded: false)) {
            guard let data = try? Data(contentsOf: url), let file = try? JSONDecoder().decode(File.self, from: data) else {
                diagnostics.emit(.warning("review decisions file is not readable; not applied",
                                          at: SourceLocation(file: workspace.relativePath(url))))
                continue
            }
            entries += file.decisions
        }
        return entries
    }

    /// New wording is redacted; wording that screens as a disclosure, or runs past 40 words, is not used.
    static func clean(_ wording: String) -> String {
        let trimmed = wording.trimmingCharacters(in: .whitespacesAndNewlines)
        if SafeguardingScreen().scan(trimmed).isConcern || trimmed.split(separator: " ").count > 40 { return "" }
        return Redactor().redact(trimmed)
    }

    /// Records a decision made on the command line.
    func record(_ decision: ReviewDecision) throws(PipelineError) {
        try record(Entry(id: decision.id, decision: decision.decision.rawValue, wording: decision.wording))
    }

    /// Records a command-line "this quote is about these themes".
    func recordRetag(id: String, text: String, themes: [String]) throws(PipelineError) {
        try record(Entry(id: id, decision: "retag", themes: themes, text: text))
    }

    private func record(_ entry: Entry) throws(PipelineError) {
        var file = (try? Data(contentsOf: cliFile)).flatMap { try? JSONDecoder().decode(File.self, from: $0) }
            ?? File(format: "heard-review-decisions", version: 1, series: nil, wave: nil, decisions: [])
        // A retag and a decision on the same quote are kept side by side; each replaces its own kind.
        file.decisions.removeAll { $0.id == entry.id && ($0.decision == "retag") == (entry.decision == "retag") }
        file.decisions.append(entry)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        guard let data = try? encoder.encode(file) else { throw .io("cannot encode review decisions") }
        try FileSystem.makeDirectory(workspace.state, mode: 0o700)
        try FileSystem.writeIfChanged(Array(data), to: cliFile, mode: 0o600)
    }
}
