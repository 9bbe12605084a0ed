import Foundation
import HeardCore
import HeardThemes

/// What a run did, for IT and officers: files new, changed, unchanged, rejected (with located reasons),
/// responses added and superseded, warnings, outputs written, timings. Never any personal data: every message
/// in it is Heard's own wording with a file, row and column.
public struct RunReport: Sendable, Codable, Equatable {
    /// One export and what happened to it.
    public struct ExportLine: Sendable, Codable, Equatable {
        public enum Outcome: String, Sendable, Codable {
            case new, changed, unchanged, rejected
            /// Known content at a new path (nothing read); or the same file at a second path (counted once).
            case moved, copy
            /// Unchanged file read again because codebooks, profiles, settings or Heard changed (or --rebuild).
            case rederived = "read again"
            /// Rejected before, read again because something it depends on changed.
            case retried
            /// Gone, or superseded by an export now gone, and found again.
            case restored
            /// Every row is in another export found beside it (a cumulative re-download), which counts instead.
            case superseded
            /// No longer in Surveys/: its responses left the summaries; the ledger keeps its record.
            case gone
        }

        public var path: String
        public var outcome: Outcome
        public var profile: String?
        public var responses: Int
        public var reason: String?
        /// Rejected before, unchanged since: reported again, but not news.
        public var isRepeat = false
    }

    public var startedAt: String
    public var finishedAt: String = ""
    public var dryRun: Bool
    public var framework: String
    public var exports: [ExportLine] = []
    public var ignoredFiles: [String] = []
    public var responsesAdded = 0
    /// Responses replaced by a new reading of the same export, or retired with an export another supersedes.
    public var responsesSuperseded = 0
    /// Responses that left with exports no longer in `Surveys/`.
    public var responsesGone = 0
    public var responsesHeld = 0
    /// Disclosures found this run, and all not yet acknowledged (counts only: the content is restricted).
    public var newConcerns = 0
    public var concernsNeedingReview = 0
    public var outputsWritten: [String] = []
    public var outputsUnchanged = 0
    /// Files removed from `Output/` because this run's outputs no longer include them.
    public var outputsRemoved: [String] = []
    /// Outputs the final privacy scan stopped (kind and line only). Each is a bug to fix.
    public var blockedOutputs: [String] = []
    /// Comments kept from being quoted because the final privacy scan saw what may be an identifier in them
    /// (nil when none; they still count in every figure). Each is a redaction to improve.
    public var quotesWithheld: Int?
    public var diagnostics: [Diagnostic] = []
    public var secondsPerStage: [String: Double] = [:]
    /// For the officer: frequent words in comments that fit no theme or no point (never published).
    public var unmatchedWords = UnmatchedWords.Summary()

    public var rejected: [ExportLine] { exports.filter { $0.outcome == .rejected } }

    public func count(_ outcome: ExportLine.Outcome) -> Int { exports.filter { $0.outcome == outcome }.count }

    /// "3 comments need safeguarding review now (1 new this run)." Counts only.
    public var safeguardingLine: String {
        let noun = concernsNeedingReview == 1 ? "comment needs" : "comments need"
        return "\(concernsNeedingReview) \(noun) safeguarding review now (\(newConcerns) new this run)."
    }

    /// One line for the terminal and the store.
    public var headline: String {
        var parts = ["\(count(.new)) new", "\(count(.changed)) changed", "\(count(.unchanged)) unchanged"]
        for outcome: ExportLine.Outcome in [.moved, .copy, .rederived, .retried, .restored, .superseded, .rejected, .gone]
        where count(outcome) > 0 {
            parts.append("\(count(outcome)) \(outcome.rawValue)")
        }
        return "exports: \(parts.joined(separator: ", ")); responses held: \(responsesHeld)"
    }

    /// A run report read back from its JSON (nil when absent or unreadable).
    public static func load(from url: URL) -> RunReport? {
        guard let data = try? Data(contentsOf: url) else { return nil }
        return try? JSONDecoder().decode(RunReport.self, from: data)
    }

    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return (try? String(decoding: encoder.encode(self), as: UTF8.self)) ?? "{}"
    }

    /// Whether this run changed anything: an export read, rejected or gone, an output written or stopped, a new
    /// safeguarding concern.
    public var changedSomething: Bool {
        exports.contains { $0.outcome != .unchanged && !$0.isRepeat } || !outputsWritten.isEmpty || !blockedOutputs.isEmpty
            || !outputsRemoved.isEmpty || newConcerns > 0
    }

    /// How many warnings the Markdown report lists (the JSON has them all).
    static let warningsListed = 200

    public func markdown() -> String {
        var lines = ["# Heard run report", "", "- Started: \(startedAt)", "- Finished: \(finishedAt)",
                     "- Theme framework: \(framework)", "- \(headline)",
                     "- Responses added: \(responsesAdded); superseded: \(responsesSuperseded); "
                        + "left with exports no longer in Surveys/: \(responsesGone)"]
        if dryRun { lines.append("- Dry run: nothing was stored or written") }
        if concernsNeedingReview > 0 {
            lines += ["", "## Safeguarding", "", "**\(safeguardingLine)** An officer should see them today with "
                      + "`heard safeguarding list` and record the review with `heard safeguarding ack ID --by NAME`."]
        }
        lines += ["", "## Exports", "", "| File | What happened | Why | Profile | Responses |", "|---|---|---|---|---|"]
        for line in exports {
            let why = line.outcome == .rejected ? "see below" : (line.reason ?? "").replacingOccurrences(of: "|", with: "/")
            lines.append("| \(line.path) | \(line.outcome.rawValue) | \(why) | \(line.profile ?? "") | \(line.responses) |")
        }
        if !rejected.isEmpty {
            lines += ["", "## Rejected exports", "", "These files were left as they are. Fix them and the next run reads them.", ""]
            lines += rejected.map { "- \($0.path): \($0.reason ?? "unreadable")" }
        }
        if !ignoredFiles.isEmpty {
            lines += ["", "## Files not read", "", "Heard reads .csv, .tsv, .txt and .xlsx exports.", ""]
            lines += ignoredFiles.map { "- \($0)" }
        }
        let sheets = diagnostics.filter { $0.severity == .note && $0.location?.sheet != nil && $0.location?.row == nil }
        if !sheets.isEmpty {
            lines += ["", "## Sheets not read", ""]
            lines += sheets.map { "- `\($0.description)`" }
        }
        let problems = diagnostics.filter { $0.severity >= .warning }
        lines += ["", "## Warnings", ""]
        lines += problems.isEmpty ? ["None."] : problems.prefix(Self.warningsListed).map { "- `\($0.description)`" }
        if problems.count > Self.warningsListed {
            lines.append("- ... and \(problems.count - Self.warningsListed) more (every one is in run-report.json)")
        }
        if !blockedOutputs.isEmpty {
            lines += ["", "## Outputs stopped by the final privacy scan", "",
                      "These files were not written because something in them looked like personal data.", ""]
            lines += blockedOutputs.map { "- \($0)" }
        }
        if let withheld = quotesWithheld, withheld > 0 {
            lines += ["", "## Comments kept from being quoted", "",
                      "\(withheld) comment\(withheld == 1 ? " was" : "s were") not offered as a quote or for review: the final privacy "
                      + "scan saw what may be a name, school or other identifier that redaction left. They still count in "
                      + "every figure."]
        }
        lines += unmatchedSection()
        lines += ["", "## Outputs", "", "\(outputsWritten.count) written, \(outputsUnchanged) unchanged.", ""]
        lines += outputsWritten.map { "- \($0)" }
        if !outputsRemoved.isEmpty {
            lines += ["", "Removed (no longer produced from the exports in Surveys/):", ""]
            lines += outputsRemoved.map { "- \($0)" }
        }
        lines += ["", "## Timings", ""]
        lines += secondsPerStage.sorted { $0.key < $1.key }.map { "- \($0.key): \(String(format: "%.3f", $0.value)) s" }
        lines.append("")
        return lines.joined(separator: "\n")
    }
}
