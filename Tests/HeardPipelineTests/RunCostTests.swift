import Foundation
import Testing
@testable import HeardCore
@testable import HeardPipeline

/// The ways the nightly job saves work keep its results: repeated texts worked on once, concern records written
/// in one batch, the safeguarding list read once.
@Suite("What a run saves: repeats, batches, one reading of the list")
struct RunCostTests {
    @Test("repeated values are folded together and spread back in their order")
    func distinct() {
        let folded = Distinct(["no", "see my brother", "no", "", "see my brother", "no"])
        #expect(folded.values == ["no", "see my brother", ""])
        #expect(folded.spread(folded.values.map { $0.count }) == [2, 14, 2, 0, 14, 2])
        #expect(Distinct([String]()).spread([Int]()).isEmpty)
    }

    func concern(_ id: String, text: String) -> Concern {
        Concern(id: id, kinds: [], evidence: [], location: SourceLocation(file: "Surveys/a.csv", row: 2),
                respondentID: nil, text: text, foundAt: "2026-11-28T00:00:00Z", acknowledgedBy: nil,
                acknowledgedAt: nil)
    }

    @Test("concerns recorded in one batch are all on file (0600, no temporary files), each id once, none twice")
    func batch() throws {
        let workspace = try exampleWorkspace()
        let list = SafeguardingList(workspace: workspace)
        #expect(try list.record([concern("aaa", text: "first"), concern("bbb", text: "second"),
                                 concern("aaa", text: "again")]) == 2)
        #expect(try list.record([concern("bbb", text: "later"), concern("ccc", text: "third")]) == 1)
        let held = try list.concerns()
        #expect(held.map(\.id).sorted() == ["aaa", "bbb", "ccc"])
        #expect(held.first { $0.id == "aaa" }?.text == "first" && held.first { $0.id == "bbb" }?.text == "second")
        let folder = workspace.state.appending(path: "safeguarding")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(names.sorted() == ["aaa.json", "bbb.json", "ccc.json"])
        for name in names {
            let mode = try FileManager.default.attributesOfItem(atPath: folder.appending(path: name).path)[.posixPermissions]
            #expect(mode as? Int == 0o600)
        }
    }

    @Test("records rewritten with one flush: a file changed meanwhile is turned down and left as it is, no temporary stays")
    func turnedDown() throws {
        let workspace = try exampleWorkspace()
        let folder = workspace.state.appending(path: "safeguarding")
        try FileSystem.makeDirectory(folder, mode: 0o700)
        try FileSystem.writeDurably([(Array("old".utf8), "a.json")], in: folder)
        let turnedDown = try FileSystem.writeDurably([(Array("new a".utf8), "a.json"), (Array("new b".utf8), "b.json")],
                                                     in: folder) { $0 != "a.json" }
        #expect(turnedDown == ["a.json"])
        #expect(try FileSystem.read(folder.appending(path: "a.json")) == Array("old".utf8))
        #expect(try FileSystem.read(folder.appending(path: "b.json")) == Array("new b".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["a.json", "b.json"])
    }

    @Test("one reading of the list counts what awaits review and what is unannounced; marking keeps an acknowledgement")
    func tally() throws {
        let workspace = try exampleWorkspace()
        let list = SafeguardingList(workspace: workspace)
        _ = try list.record([concern("aaa", text: "first"), concern("bbb", text: "second")])
        try list.acknowledge("aaa", by: "J Officer")
        let tally = try list.tally()
        #expect(tally.needingReview == 1 && tally.unannounced.sorted() == ["aaa", "bbb"])
        try list.markAnnounced(tally.unannounced, at: Date(timeIntervalSince1970: 0))
        let after = try list.tally()
        #expect(after.needingReview == 1 && after.unannounced.isEmpty)
        #expect(try list.concerns().first { $0.id == "aaa" }?.acknowledgedBy == "J Officer")
    }

    @Test("a record marked announced as text is byte for byte the record decoded, marked and encoded again",
          arguments: ["plain words", "quotes \" and \\ and / and \u{1} and é 中文", "announcedAt in the words"])
    func markedAsText(text: String) throws {
        var record = concern("abc", text: text)
        record.kinds = [.neglect, .selfHarm]
        record.evidence = ["a \"phrase\""]
        record.respondentID = "R/1"
        let bytes = try SafeguardingList.encode(record)
        let time = "2026-11-29T02:30:00Z"
        var marked = record
        marked.announcedAt = time
        let expected = try SafeguardingList.encode(marked)
        if text.contains("announcedAt") {
            #expect(ConcernRecordText.markedAnnounced(bytes, at: time) == nil, "left to the decoder")
        } else {
            #expect(ConcernRecordText.markedAnnounced(bytes, at: time) == expected)
        }
        #expect(ConcernRecordText.markedAnnounced(expected, at: time) == nil, "already announced")
        var acknowledged = record
        acknowledged.acknowledgedBy = "J Officer"
        #expect(ConcernRecordText.markedAnnounced(try SafeguardingList.encode(acknowledged), at: time) == nil)
    }

    @Test("marking announced writes what decoding, marking and encoding writes, acknowledged records too")
    func markedOnDisk() throws {
        let workspace = try exampleWorkspace()
        let list = SafeguardingList(workspace: workspace)
        _ = try list.record([concern("aaa", text: "first"), concern("bbb", text: "second")])
        try list.acknowledge("aaa", by: "J Officer", at: Date(timeIntervalSince1970: 0))
        let time = Date(timeIntervalSince1970: 86_400)
        try list.markAnnounced(["aaa", "bbb"], at: time)
        for held in try list.concerns() {
            #expect(held.announcedAt == "1970-01-02T00:00:00Z")
            let bytes = try FileSystem.read(workspace.state.appending(path: "safeguarding/\(held.id).json"))
            #expect(bytes == (try SafeguardingList.encode(held)))
        }
    }
}
