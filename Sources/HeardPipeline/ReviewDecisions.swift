import Foundation
import HeardCore
import HeardPrivacy
import HeardSummary

/// Review decisions: files the review page saved, dropped into `Surveys/reviews/`, plus decisions made with
/// `heard review approve|hide|reword` (kept in `.heard/review-decisions.json`). Suggested wording is redacted
/// and screened again before it can be used.
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
    }

    var cliFile: URL { workspace.state.appending(path: "review-decisions.json") }
    var folder: URL { workspace.surveys.appending(path: "reviews", directoryHint: .isDirectory) }

    /// All decisions, later ones winning: the reviews folder in name order, then the command line's.
    func load(diagnostics: DiagnosticCollector) -> [ReviewDecision] {
        let files = ((try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.pathExtension.lowercased() == "json" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
        var decisions: [ReviewDecision] = []
        for url in files + [cliFile] where FileManager.default.fileExists(atPath: url.path(percentEncoded: false)) {
            guard let data = try? Data(contentsOf: url), let file = try? JSONDecoder().decode(File.self, from: data) else {
                diagnostics.emit(.warning("review decisions file is not readable; not applied",
                                          at: SourceLocation(file: workspace.relativePath(url))))
                continue
            }
            decisions += file.decisions.compactMap { entry in
                guard let kind = ReviewDecision.Kind(rawValue: entry.decision) else { return nil }
                return ReviewDecision(id: entry.id, decision: kind, wording: entry.wording.map(Self.clean))
            }
        }
        return decisions
    }

    /// New wording is redacted; wording that screens as a disclosure, or runs past 40 words, is not used.
    static func clean(_ wording: String) -> String {
        let trimmed = wording.trimmingCharacters(in: .whitespacesAndNewlines)
        if SafeguardingScreen().scan(trimmed).isConcern || trimmed.split(separator: " ").count > 40 { return "" }
        return Redactor().redact(trimmed)
    }

    /// Records a decision made on the command line.
    func record(_ decision: ReviewDecision) throws(PipelineError) {
        var file = (try? Data(contentsOf: cliFile)).flatMap { try? JSONDecoder().decode(File.self, from: $0) }
            ?? File(format: "heard-review-decisions", version: 1, series: nil, wave: nil, decisions: [])
        file.decisions.removeAll { $0.id == decision.id }
        file.decisions.append(Entry(id: decision.id, decision: decision.decision.rawValue, wording: decision.wording))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        guard let data = try? encoder.encode(file) else { throw .io("cannot encode review decisions") }
        try FileSystem.makeDirectory(workspace.state, mode: 0o700)
        try FileSystem.writeIfChanged(Array(data), to: cliFile, mode: 0o600)
    }
}
