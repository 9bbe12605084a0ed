import Foundation
import Testing
@testable import HeardPipeline
@testable import HeardStore

/// A ledger record as a run leaves it.
func record(_ id: Int64, _ sha: String, _ status: ExportRecord.Status, at paths: [String], derivation: String,
            by: Int64? = nil) -> ExportRecord {
    var record = ExportRecord(id: id, sha256: sha, status: status, path: paths.first ?? "Surveys/old.csv", profile: "p",
                              respondents: 10, reason: status == .rejected ? "no column looks like a question" : nil)
    record.paths = status == .rejected ? [] : paths
    record.derivation = derivation
    record.supersededBy = by
    return record
}

@Suite("The run plan")
struct PlanTests {
    let now = Derivation(parts: [("heard", "0.3.0"), ("settings", "s1"), ("framework", "f1"), ("corrections", "c1"),
                                 ("profiles", "p1")])

    func plan(_ found: [(String, String?)], _ ledger: [ExportRecord], rebuild: Bool = false) -> RunPlan {
        RunPlan.make(found: found.map { RunPlan.Found(path: $0.0, sha256: $0.1) }, ledger: ledger, derivation: now,
                     rebuild: rebuild)
    }

    func action(_ plan: RunPlan, _ path: String) -> RunPlan.Action? {
        (plan.files + plan.gone).first { $0.path == path }?.action
    }

    @Test("new, changed, moved, copied, unchanged and gone, each with its reason")
    func actions() {
        let ledger = [record(1, "aa", .current, at: ["Surveys/a.csv"], derivation: now.encoded),
                      record(2, "bb", .current, at: ["Surveys/b.csv"], derivation: now.encoded),
                      record(3, "cc", .current, at: ["Surveys/c.csv"], derivation: now.encoded),
                      record(4, "dd", .current, at: ["Surveys/d.csv"], derivation: now.encoded)]
        let result = plan([("Surveys/a.csv", "aa"), ("Surveys/2024/b.csv", "bb"), ("Surveys/b copy.csv", "bb"),
                           ("Surveys/c.csv", "c2"), ("Surveys/e.csv", "ee")], ledger)
        #expect(action(result, "Surveys/a.csv") == .unchanged)
        #expect(action(result, "Surveys/2024/b.csv") == .moved)
        #expect(action(result, "Surveys/b copy.csv") == .copy)
        #expect(action(result, "Surveys/c.csv") == .changed)
        #expect(action(result, "Surveys/e.csv") == .new)
        #expect(result.gone.map(\.path) == ["Surveys/c.csv", "Surveys/d.csv"])
        #expect(result.gone.first { $0.path == "Surveys/d.csv" }?.reason.contains("no longer in Surveys/") == true)
        #expect(result.files.filter(\.reads).map(\.path) == ["Surveys/c.csv", "Surveys/e.csv"])
        #expect(!result.isQuiet)
        let text = result.text()
        for word in ["moved", "copy", "changed", "new", "gone", "The run will read 2 exports"] {
            #expect(text.contains(word), "the printed plan lacks \(word)")
        }
    }

    @Test("a rejected export is retried when Heard, the profiles or the settings change, and says which")
    func retries() {
        let ledger = [record(1, "aa", .rejected, at: ["Surveys/a.csv"], derivation: now.encoded)]
        #expect(action(plan([("Surveys/a.csv", "aa")], ledger), "Surveys/a.csv") == .stillRejected)
        for (part, words) in [("heard", "Heard was updated"), ("profiles", "survey profiles"), ("settings", "heard.json")] {
            let earlier = Derivation(parts: now.parts.map { $0.name == part ? ($0.name, "old") : $0 })
            let stale = [record(1, "aa", .rejected, at: ["Surveys/a.csv"], derivation: earlier.encoded)]
            let item = plan([("Surveys/a.csv", "aa")], stale).files[0]
            #expect(item.action == .retry && item.reads)
            #expect(item.reason.contains(words), "\(item.reason)")
        }
    }

    @Test("a derivation change reads a held export again; --rebuild reads everything")
    func rederive() {
        let earlier = Derivation(parts: now.parts.map { $0.name == "framework" ? ($0.name, "f0") : $0 })
        let ledger = [record(1, "aa", .current, at: ["Surveys/a.csv"], derivation: earlier.encoded),
                      record(2, "bb", .current, at: ["Surveys/b.csv"], derivation: now.encoded)]
        let result = plan([("Surveys/a.csv", "aa"), ("Surveys/b.csv", "bb")], ledger)
        #expect(action(result, "Surveys/a.csv") == .rederive && action(result, "Surveys/b.csv") == .unchanged)
        let rebuilt = plan([("Surveys/a.csv", "aa"), ("Surveys/b.csv", "bb")], ledger, rebuild: true)
        #expect(rebuilt.files.filter(\.reads).count == 2)
    }

    @Test("a superseded export stays so while its superseder is found, and is restored when it is not")
    func superseded() {
        let ledger = [record(1, "aa", .superseded, at: ["Surveys/autumn.csv"], derivation: now.encoded, by: 2),
                      record(2, "bb", .current, at: ["Surveys/full.csv"], derivation: now.encoded)]
        let both = plan([("Surveys/autumn.csv", "aa"), ("Surveys/full.csv", "bb")], ledger)
        #expect(action(both, "Surveys/autumn.csv") == .superseded && both.isQuiet)
        let alone = plan([("Surveys/autumn.csv", "aa")], ledger)
        #expect(action(alone, "Surveys/autumn.csv") == .restore)
        #expect(alone.gone.map(\.path) == ["Surveys/full.csv"])
    }

    @Test("a file that cannot be read, or is still rejected, leaves the version read before at its path counting")
    func standIn() {
        let ledger = [record(1, "aa", .current, at: ["Surveys/a.csv"], derivation: now.encoded),
                      record(2, "bad", .rejected, at: ["Surveys/a.csv"], derivation: now.encoded)]
        let rejected = plan([("Surveys/a.csv", "bad")], ledger)
        #expect(rejected.gone.isEmpty && rejected.isQuiet)
        #expect(rejected.holdings(isHeld: { $0 == "aa" }, shaOf: { $0 == 1 ? "aa" : "bad" }) == ["Surveys/a.csv": "aa"])
        let unreadable = plan([("Surveys/a.csv", nil)], ledger)
        #expect(unreadable.gone.isEmpty && action(unreadable, "Surveys/a.csv") == .unreadable)
        let fresh = plan([("Surveys/a.csv", "new")], ledger)
        #expect(action(fresh, "Surveys/a.csv") == .changed)
        #expect(fresh.holdings(isHeld: { $0 == "aa" }, shaOf: { $0 == 1 ? "aa" : nil }) == ["Surveys/a.csv": "aa"],
                "the new version failed to read: the earlier one stands in")
        #expect(fresh.holdings(isHeld: { $0 == "aa" || $0 == "new" }, shaOf: { $0 == 1 ? "aa" : nil })
                == ["Surveys/a.csv": "new"])
    }

    @Test("a returning export that was gone is read again")
    func restore() {
        let ledger = [record(1, "aa", .gone, at: [], derivation: now.encoded)]
        #expect(action(plan([("Surveys/back.csv", "aa")], ledger), "Surveys/back.csv") == .restore)
    }
}

@Suite("Cumulative re-downloads")
struct SupersessionTests {
    func rows(_ id: Int64, _ sha: String, _ fingerprints: [Int64]) -> Supersession.Rows {
        Supersession.Rows(id: id, sha256: sha, fingerprints: Set(fingerprints))
    }

    @Test("an export whose rows are all in a bigger one is superseded by it; a chain ends at the biggest")
    func containment() {
        let result = Supersession.resolve([rows(1, "a", [1, 2]), rows(2, "b", [1, 2, 3]), rows(3, "c", [1, 2, 3, 4]),
                                           rows(4, "d", [9])])
        #expect(result.supersededBy == [1: 3, 2: 3])
        #expect(result.overlaps.isEmpty)
    }

    @Test("the same rows twice: one counts, decided by content, whatever the order")
    func equalSets() {
        let one = Supersession.resolve([rows(1, "bbb", [5, 6]), rows(2, "aaa", [5, 6])])
        let other = Supersession.resolve([rows(2, "aaa", [5, 6]), rows(1, "bbb", [5, 6])])
        #expect(one.supersededBy == [1: 2] && other.supersededBy == [1: 2])
    }

    @Test("a partial overlap supersedes nothing and is reported once; an empty export is left alone")
    func overlap() {
        let result = Supersession.resolve([rows(1, "a", [1, 2, 3]), rows(2, "b", [3, 4, 5]), rows(3, "c", [])])
        #expect(result.supersededBy.isEmpty)
        #expect(result.overlaps == [.init(first: 1, second: 2, shared: 1)])
    }
}
