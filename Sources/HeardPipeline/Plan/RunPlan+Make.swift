import HeardStore

extension RunPlan {
    /// One file found in `Surveys/`: its workspace-relative path and SHA-256 (nil when it cannot be read).
    struct Found: Sendable {
        var path: String
        var sha256: String?
    }

    /// Decides, from the files found and the ledger alone, what the run does with each. Pure: the same files and
    /// ledger always give the same plan.
    static func make(found: [Found], ledger: [ExportRecord], derivation: Derivation, rebuild: Bool) -> RunPlan {
        let bySHA = Dictionary(ledger.map { ($0.sha256, $0) }, uniquingKeysWith: { first, _ in first })
        let byID = Dictionary(ledger.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var heldAt: [String: ExportRecord] = [:]
        for record in ledger { for path in record.paths { heldAt[path] = record } }
        let presentSHAs = Set(found.compactMap(\.sha256))
        var firstPathOf: [String: String] = [:]
        var files: [Item] = []
        for file in found.sorted(by: { $0.path < $1.path }) {
            let before = heldAt[file.path]
            guard let sha = file.sha256 else {
                files.append(Item(path: file.path, sha256: nil, action: .unreadable,
                                  reason: "cannot be read (permissions, or a file still being copied)"
                                    + (before?.status == .current ? "; the version read before still counts" : ""),
                                  exportID: nil, replacing: before?.id))
                continue
            }
            if let first = firstPathOf[sha] {
                files.append(Item(path: file.path, sha256: sha, action: .copy,
                                  reason: "the same file as \(first): counted once", exportID: bySHA[sha]?.id,
                                  profile: bySHA[sha]?.profile))
                continue
            }
            firstPathOf[sha] = file.path
            let replacing = before.flatMap { $0.sha256 == sha ? nil : $0.id }
            guard let record = bySHA[sha] else {
                let action: Action = before == nil ? .new : .changed
                let reason = before.map { "its content changed; it replaces the version first seen \(day($0.firstSeen))" }
                    ?? "not seen before"
                files.append(Item(path: file.path, sha256: sha, action: action, reason: reason, replacing: replacing))
                continue
            }
            var item = Item(path: file.path, sha256: sha, action: .unchanged, reason: "", exportID: record.id,
                            replacing: replacing, profile: record.profile, responses: record.respondents)
            let changes = derivation.changes(since: record.derivation)
            switch record.status {
            case .current:
                if rebuild || !changes.isEmpty {
                    item.action = .rederive
                    item.reason = rebuild ? "--rebuild asks for every export to be read again" : changes.joined(separator: "; ")
                } else if !record.paths.contains(file.path) {
                    item.action = .moved
                    item.reason = "the same content as \(record.path) seen before: nothing to read"
                } else {
                    item.reason = "\(record.respondents) responses held"
                }
            case .superseded:
                if let by = record.supersededBy, let superseder = byID[by], presentSHAs.contains(superseder.sha256) {
                    item.action = .superseded
                    item.reason = "all its rows are in \(superseder.path), which counts instead"
                } else {
                    item.action = .restore
                    item.reason = "the export that held all its rows is no longer found: read again"
                }
            case .rejected:
                if rebuild || !changes.isEmpty {
                    item.action = .retry
                    item.reason = rebuild ? "--rebuild asks for every export to be read again"
                        : "rejected before; since then " + changes.joined(separator: "; ")
                } else {
                    item.action = .stillRejected
                    item.reason = record.reason ?? "rejected"
                }
            case .gone:
                item.action = .restore
                item.reason = "back in Surveys/ after it was gone: read again"
            }
            files.append(item)
        }
        // A file that cannot be read, or is still rejected, leaves the version read before at its path counting.
        let currentIDs = Set(ledger.filter { $0.status == .current }.map(\.id))
        var standingIn: Set<Int64> = []
        for index in files.indices where [.unreadable, .stillRejected].contains(files[index].action) {
            guard let earlier = files[index].replacing, currentIDs.contains(earlier) else { continue }
            standingIn.insert(earlier)
            if files[index].action == .stillRejected {
                files[index].reason += "; the version read before still counts until this one can be read"
            }
        }
        let pending = Set(files.filter(\.reads).compactMap(\.replacing))
        var gone: [Item] = []
        for record in ledger where !record.paths.isEmpty && !presentSHAs.contains(record.sha256)
            && !standingIn.contains(record.id) {
            let reason = pending.contains(record.id)
                ? "replaced by a new version at \(record.paths.joined(separator: ", ")) (it still counts if the new one cannot be read)"
                : "no longer in Surveys/: its \(record.respondents) responses leave the summaries (the ledger keeps its record)"
            gone.append(Item(path: record.path, sha256: record.sha256, action: .gone, reason: reason, exportID: record.id,
                             profile: record.profile, responses: record.respondents))
        }
        return RunPlan(files: files, gone: gone.sorted { $0.path < $1.path })
    }

    private static func day(_ stamp: String) -> String { stamp.isEmpty ? "earlier" : String(stamp.prefix(10)) }
}
