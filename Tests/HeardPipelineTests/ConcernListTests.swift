import Foundation
import Testing
@testable import HeardCore
@testable import HeardPipeline
@testable import HeardStore

/// The restricted list as one database: batches, permissions, acknowledgements and announcements set without
/// rewriting records, erasure, and lists left by an earlier Heard (one JSON file per concern) carried over.
@Suite("The restricted list of concerns")
struct ConcernListTests {
    func concern(_ id: String, text: String, at time: String = "2026-11-28T00:00:00Z") -> Concern {
        Concern(id: id, kinds: [.neglect], evidence: ["a \"phrase\""], location: SourceLocation(file: "Surveys/a.csv", row: 2),
                respondentID: "R/1", text: text, foundAt: time, acknowledgedBy: nil, acknowledgedAt: nil)
    }

    func folder(_ workspace: Workspace) -> URL { workspace.state.appending(path: "safeguarding") }

    func mode(_ url: URL) throws -> Int? {
        try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int
    }

    /// A record as Heard 0.3 before this list wrote it: its own pretty-printed JSON file.
    func writeEarlier(_ concern: Concern, in workspace: Workspace) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try FileManager.default.createDirectory(at: folder(workspace), withIntermediateDirectories: true)
        try encoder.encode(concern).write(to: folder(workspace).appending(path: "\(concern.id).json"))
    }

    @Test("a batch is held once per id, in one database file (0600, folder 0700), with nothing else beside it")
    func batch() throws {
        let workspace = try exampleWorkspace()
        let list = SafeguardingList(workspace: workspace)
        #expect(try list.record([concern("aaa", text: "first"), concern("bbb", text: "second"),
                                 concern("aaa", text: "again")]) == 2)
        #expect(try list.record([concern("bbb", text: "later"), concern("ccc", text: "third")]) == 1)
        let held = try list.concerns()
        #expect(held.map(\.id) == ["aaa", "bbb", "ccc"])
        #expect(held.first { $0.id == "aaa" }?.text == "first" && held.first { $0.id == "bbb" }?.text == "second")
        #expect(held.first?.evidence == ["a \"phrase\""] && held.first?.respondentID == "R/1")
        #expect(try mode(folder(workspace)) == 0o700)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder(workspace).path)
        #expect(names.allSatisfy { $0.hasPrefix("concerns.sqlite") } && names.contains("concerns.sqlite"))
        for name in names { #expect(try mode(folder(workspace).appending(path: name)) == 0o600, "\(name)") }
        #expect(try list.countNotHeld([concern("aaa", text: "x"), concern("ddd", text: "y")]) == 1)
    }

    @Test("reading a workspace with no concerns makes nothing")
    func readingMakesNothing() throws {
        let workspace = try exampleWorkspace()
        let list = SafeguardingList(workspace: workspace)
        #expect(try list.concerns().isEmpty && list.tally().needingReview == 0 && list.countNotHeld([concern("a", text: "b")]) == 1)
        #expect(!FileManager.default.fileExists(atPath: folder(workspace).path))
    }

    @Test("the tally reads ids only; announcing keeps an acknowledgement made after the tally, and never moves a time")
    func announceKeepsAcknowledgement() throws {
        let workspace = try exampleWorkspace()
        let list = SafeguardingList(workspace: workspace)
        _ = try list.record([concern("aaa", text: "first"), concern("bbb", text: "second")])
        let tally = try list.tally()
        #expect(tally.needingReview == 2 && tally.unannounced == ["aaa", "bbb"])
        try list.acknowledge("aaa", by: "J Officer", at: Date(timeIntervalSince1970: 0))
        try list.markAnnounced(tally.unannounced, at: Date(timeIntervalSince1970: 86_400))
        try list.markAnnounced(["aaa"], at: Date(timeIntervalSince1970: 2 * 86_400))
        let after = try list.tally()
        #expect(after.needingReview == 1 && after.unannounced.isEmpty)
        let aaa = try #require(try list.concerns().first { $0.id == "aaa" })
        #expect(aaa.acknowledgedBy == "J Officer" && aaa.acknowledgedAt == "1970-01-01T00:00:00Z")
        #expect(aaa.announcedAt == "1970-01-02T00:00:00Z", "announced once, at the first time")
        #expect(throws: PipelineError.self) { try list.acknowledge("zzz", by: "J Officer") }
    }

    @Test("an earlier list (a JSON file per concern) is read as it is, then carried over whole when next written to")
    func carriedOver() throws {
        let workspace = try exampleWorkspace()
        var acknowledged = concern("aaa", text: "first", at: "2026-11-01T00:00:00Z")
        acknowledged.acknowledgedBy = "J Officer"
        acknowledged.acknowledgedAt = "2026-11-02T00:00:00Z"
        acknowledged.announcedAt = "2026-11-01T00:00:00Z"
        var announced = concern("bbb", text: "second", at: "2026-11-03T00:00:00Z")
        announced.announcedAt = "2026-11-03T00:00:00Z"
        let waiting = concern("ccc", text: "third", at: "2026-11-04T00:00:00Z")
        for record in [acknowledged, announced, waiting] { try writeEarlier(record, in: workspace) }
        let list = SafeguardingList(workspace: workspace)
        #expect(try list.concerns() == [acknowledged, announced, waiting])
        #expect(try list.tally().needingReview == 2 && list.tally().unannounced == ["ccc"])
        #expect(!FileManager.default.fileExists(atPath: list.databasePath), "reading changed nothing")

        #expect(try list.record([concern("ddd", text: "fourth", at: "2026-11-05T00:00:00Z"), waiting]) == 1)
        #expect(try list.concerns().map(\.id) == ["aaa", "bbb", "ccc", "ddd"])
        #expect(try list.concerns().first == acknowledged, "acknowledgement and announcement carried over")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder(workspace).path).allSatisfy { !$0.hasSuffix(".json") })
    }

    @Test("carrying over again after a crash part way (files still there) doubles nothing and loses no acknowledgement")
    func carriedOverTwice() throws {
        let workspace = try exampleWorkspace()
        let list = SafeguardingList(workspace: workspace)
        _ = try list.record([concern("aaa", text: "first"), concern("bbb", text: "second")])
        // As if a run had carried these over and died before removing the files, and an officer had then
        // acknowledged one with the earlier Heard.
        var acknowledged = concern("aaa", text: "first")
        acknowledged.acknowledgedBy = "J Officer"
        acknowledged.acknowledgedAt = "2026-11-02T00:00:00Z"
        try writeEarlier(acknowledged, in: workspace)
        try writeEarlier(concern("bbb", text: "second"), in: workspace)
        #expect(try list.concerns().map(\.id) == ["aaa", "bbb"] && list.tally().needingReview == 1)
        try list.markAnnounced(["aaa", "bbb"], at: Date(timeIntervalSince1970: 0))
        let held = try list.concerns()
        #expect(held.map(\.id) == ["aaa", "bbb"])
        #expect(held[0].acknowledgedBy == "J Officer" && held[1].acknowledgedBy == nil)
        #expect(held.allSatisfy { $0.announcedAt == "1970-01-01T00:00:00Z" })
    }

    @Test("an unreadable earlier record stops the run, naming the file, and is left as it is")
    func unreadableEarlier() throws {
        let workspace = try exampleWorkspace()
        try FileManager.default.createDirectory(at: folder(workspace), withIntermediateDirectories: true)
        let file = folder(workspace).appending(path: "abc.json")
        try Data("{ cut off".utf8).write(to: file)
        let error = #expect(throws: PipelineError.self) { _ = try SafeguardingList(workspace: workspace).record([concern("a", text: "b")]) }
        #expect(error?.description.contains(".heard/safeguarding/abc.json") == true)
        #expect(try Data(contentsOf: file) == Data("{ cut off".utf8))
    }

    @Test("a concern removed (an erasure) leaves no copy of its words in any file of the list")
    func removedForGood() throws {
        let workspace = try exampleWorkspace()
        let list = SafeguardingList(workspace: workspace)
        _ = try list.record([concern("aaa", text: "words only this record holds"), concern("bbb", text: "kept")])
        #expect(try list.remove(["aaa", "zzz"]) == 1)
        #expect(try list.concerns().map(\.id) == ["bbb"])
        for name in try FileManager.default.contentsOfDirectory(atPath: folder(workspace).path) {
            let bytes = try Data(contentsOf: folder(workspace).appending(path: name))
            #expect(bytes.range(of: Data("only this record holds".utf8)) == nil, "\(name)")
        }
    }
}

/// A list written by main's build before this layout (`Tests/Fixtures/concerns-0.3/`: two concerns its `heard
/// run` found in the CSV beside them, one acknowledged with its `heard safeguarding ack`).
@Suite("A list left by the earlier layout")
struct EarlierConcernListTests {
    static let fixture = repositoryRoot.appending(path: "Tests/Fixtures/concerns-0.3")

    @Test("a run on it holds each concern once, keeps the acknowledgement and the announcement, and removes the files")
    func upgraded() throws {
        let workspace = try exampleWorkspace()
        let folder = workspace.state.appending(path: "safeguarding")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: Self.fixture.path) {
            let target = name.hasSuffix(".csv") ? workspace.surveys.appending(path: name) : folder.appending(path: name)
            try FileManager.default.copyItem(at: Self.fixture.appending(path: name), to: target)
        }
        let before = try SafeguardingList(workspace: workspace).concerns()
        #expect(before.map(\.id) == ["2c1db7787272", "7df2382899d7"])
        #expect(before[1].acknowledgedBy == "J Officer" && before.allSatisfy { $0.announcedAt != nil })

        let report = try Pipeline(workspace: workspace).run()
        #expect(report.newConcerns == 0, "both were announced by the earlier Heard")
        #expect(report.concernsNeedingReview == 1)
        let after = try SafeguardingList(workspace: workspace).concerns()
        #expect(after == before, "every field carried over as it was")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).allSatisfy { $0.hasPrefix("concerns.sqlite") })
    }
}
