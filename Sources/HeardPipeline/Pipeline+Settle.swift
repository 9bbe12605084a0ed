import Foundation
import HeardCore
import HeardStore

extension Pipeline {
    /// Once every export the plan reads is in the run's transaction: records where each export is found now,
    /// retires exports no longer found (their responses leave; their ledger rows stay) and exports whose rows
    /// are all in another export found (a cumulative re-download), and reports both.
    func settle(_ plan: RunPlan, setup: RunSetup, report: inout RunReport) throws(PipelineError) {
        let store = setup.store
        let ledger = try storeCall { () throws(StoreError) in try store.exports() }
        let bySHA = Dictionary(ledger.map { ($0.sha256, $0) }, uniquingKeysWith: { first, _ in first })
        let byID = Dictionary(ledger.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let isHeld = { (status: ExportRecord.Status) in status == .current || status == .superseded }
        let held = plan.holdings(isHeld: { bySHA[$0].map { isHeld($0.status) } ?? false }, shaOf: { byID[$0]?.sha256 })
        let heldSHAs = Set(held.values)
        try storeCall { () throws(StoreError) in
            try store.setPaths(held.compactMapValues { bySHA[$0]?.id }, at: now())
        }

        // Gone: held before, found nowhere now (a file standing in for its unreadable replacement stays). An
        // export whose path now holds a new version that was read is replaced rather than gone.
        let leaving = ledger.filter { isHeld($0.status) && !heldSHAs.contains($0.sha256) }
        let replaced = Set(plan.files.filter { $0.sha256 != nil && held[$0.path] == $0.sha256 }.compactMap(\.replacing))
        let retired = try storeCall { () throws(StoreError) in
            try store.retire(Dictionary(leaving.map { ($0.id, .gone) }, uniquingKeysWith: { first, _ in first }))
        }
        let replacedResponses = leaving.filter { replaced.contains($0.id) && $0.status == .current }.map(\.respondents)
            .reduce(0, +)
        report.responsesSuperseded += replacedResponses
        report.responsesGone += retired - replacedResponses
        let planned = Dictionary(plan.gone.map { ($0.exportID ?? 0, $0) }, uniquingKeysWith: { first, _ in first })
        for record in leaving where !replaced.contains(record.id) && (record.status == .current || planned[record.id] != nil) {
            report.exports.append(.init(path: record.path, outcome: .gone, profile: record.profile,
                                        responses: record.respondents, reason: planned[record.id]?.reason
                                            ?? "no longer in Surveys/: its responses leave the summaries"))
        }

        // Superseded: every row in another export found beside it.
        let candidates = ledger.filter { $0.status == .current && heldSHAs.contains($0.sha256) && $0.identifiable }
        guard candidates.count > 1 else { return }
        let rows = try storeCall { () throws(StoreError) in try store.fingerprints(of: Set(candidates.map(\.id))) }
        let (supersededBy, overlaps) = Supersession.resolve(candidates.map {
            Supersession.Rows(id: $0.id, sha256: $0.sha256, fingerprints: rows[$0.id] ?? [])
        })
        report.responsesSuperseded += try storeCall { () throws(StoreError) in
            try store.retire(supersededBy.mapValues { _ in .superseded }, supersededBy: supersededBy)
        }
        for (id, by) in supersededBy.sorted(by: { $0.key < $1.key }) {
            guard let record = byID[id], let holder = byID[by] else { continue }
            let reason = "all its \(rows[id]?.count ?? 0) rows are in \(holder.path) (a cumulative re-download), "
                + "which counts instead"
            let paths = Set(held.filter { $0.value == record.sha256 }.keys)
            for index in report.exports.indices where paths.contains(report.exports[index].path) {
                report.exports[index].outcome = .superseded
                report.exports[index].reason = reason
                report.exports[index].responses = 0
            }
        }
        for overlap in overlaps {
            guard let first = byID[overlap.first], let second = byID[overlap.second] else { continue }
            setup.diagnostics.emit(.warning(
                "\(first.path) and \(second.path) share \(overlap.shared) rows, but neither holds all of the other's: "
                + "both are counted. If one is an earlier download of the other, take the earlier one out of Surveys/",
                at: SourceLocation(file: first.path)))
        }
    }

    /// What the restricted list says to this run: how many concerns await review, which no run has announced
    /// yet, and what the hook (run when there are any and the run is not a dry run) had to warn about.
    struct Announcement: Sendable {
        var needingReview: Int
        var unannounced: [String]
        var diagnostics: [Diagnostic]
    }

    /// Reads the restricted list and, when there are concerns no run has announced, runs the council's hook
    /// (with its time limit). Reads and writes nothing the summaries use, so it runs beside them.
    static func announceConcerns(workspace: Workspace, settings: Settings,
                                 dryRun: Bool) -> Result<Announcement, PipelineError> {
        let tally: SafeguardingList.Tally
        do { tally = try SafeguardingList(workspace: workspace).tally() } catch { return .failure(error) }
        let diagnostics = DiagnosticCollector()
        if !dryRun, !tally.unannounced.isEmpty, let hook = settings.safeguardingHook {
            SafeguardingHook.run(hook, newConcerns: tally.unannounced.count, workspace: workspace,
                                 timeLimit: settings.safeguardingHookTimeout, diagnostics: diagnostics)
        }
        return .success(Announcement(needingReview: tally.needingReview, unannounced: dryRun ? [] : tally.unannounced,
                                     diagnostics: diagnostics.drain()))
    }

    /// Puts what the restricted list said into the report (a dry run adds the concerns it would have recorded)
    /// and returns what this run announces (the concerns to be marked so once the report is written).
    func announced(_ announcement: Announcement, setup: RunSetup, report: inout RunReport) -> Announcement {
        for diagnostic in announcement.diagnostics { setup.diagnostics.emit(diagnostic) }
        guard !options.dryRun else {
            report.concernsNeedingReview = announcement.needingReview + report.newConcerns
            return Announcement(needingReview: announcement.needingReview, unannounced: [], diagnostics: [])
        }
        report.concernsNeedingReview = announcement.needingReview
        report.newConcerns = announcement.unannounced.count
        return announcement
    }
}
