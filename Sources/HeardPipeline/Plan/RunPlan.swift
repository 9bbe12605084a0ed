import HeardStore

/// What a run will do, decided before any export is read: for every file in `Surveys/`, whether it is new,
/// changed, moved, unchanged, read again, retried or still rejected, and why; and which exports are gone.
/// `heard run --plan` prints it; `heard run` carries it out (prepare, commit, render) and `settle` turns it and
/// what reading found into where each export is now.
public struct RunPlan: Sendable {
    /// What happens to one file, or to one export that is no longer found.
    public enum Action: String, Sendable, Codable {
        /// Content never seen before.
        case new
        /// A path that held another export now holds content never seen before: it replaces that export.
        case changed
        /// Known content found at a path where it was not before (nothing is read).
        case moved
        /// The same content as another file found this run: counted once.
        case copy
        case unchanged
        /// Known content read again because something it is derived with changed (or `--rebuild`).
        case rederive = "read again"
        /// Rejected before; something it depends on changed, so it is tried again.
        case retry = "retried"
        /// Content that was gone, or superseded by an export that is now gone, found again: read again.
        case restore = "restored"
        /// Rejected before, and nothing it depends on has changed.
        case stillRejected = "still rejected"
        /// All its rows are in another export found this run (a cumulative re-download), which counts instead.
        case superseded
        /// The file cannot be read at all (permissions, a file still being copied).
        case unreadable
        /// No longer found in `Surveys/`: its responses leave the summaries; the ledger keeps its record.
        case gone
    }

    /// One line of the plan.
    public struct Item: Sendable {
        public var path: String
        public var sha256: String?
        public var action: Action
        public var reason: String
        /// The ledger's export for this content, when known.
        public var exportID: Int64?
        /// The export this path held before, when it held another (a changed or unreadable file).
        public var replacing: Int64?
        /// The known export's profile and responses held, for the report.
        public var profile: String?
        public var responses = 0

        /// Whether carrying out the plan reads this file.
        public var reads: Bool { [.new, .changed, .rederive, .retry, .restore].contains(action) }
    }

    /// One line per file found, in path order.
    public var files: [Item]
    /// Exports found last run that are found nowhere now.
    public var gone: [Item]
    /// Whether the run changes nothing in the store (no file to read, none moved, none gone).
    public var isQuiet: Bool { gone.isEmpty && files.allSatisfy { [.unchanged, .stillRejected, .superseded].contains($0.action) } }

    /// The plan as `heard run --plan` prints it.
    public func text() -> String {
        let rows = files + gone
        guard !rows.isEmpty else { return "Nothing in Surveys/ and nothing held: the run has nothing to do.\n" }
        let width = rows.map(\.action.rawValue.count).max() ?? 0
        var lines = rows.map { item in
            "  \(item.action.rawValue.padding(toLength: width, withPad: " ", startingAt: 0))  \(item.path): \(item.reason)"
        }
        let reading = files.filter(\.reads).count
        lines.append("")
        lines.append(reading == 0 && isQuiet
                     ? "Nothing new: the run will read no export and Output/ is rebuilt only if settings, actions, reviews or erasures changed."
                     : "The run will read \(reading) export\(reading == 1 ? "" : "s"); Output/ is then rebuilt from the exports found.")
        return lines.joined(separator: "\n") + "\n"
    }
}
