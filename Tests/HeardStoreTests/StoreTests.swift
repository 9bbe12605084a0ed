import Foundation
import Testing
@testable import HeardCore
@testable import HeardStore

func sampleResponse(_ key: String, wave: String = "2024-25", comment: String? = nil) -> Response {
    Response(respondentKey: key, exportPath: "Surveys/a.csv", sourceRow: 2,
             series: SurveySeries(id: "annual", title: "Annual survey"), wave: Wave(wave), cohort: .careLeavers,
             ageBand: AgeBand(18, 21),
             answers: [Answer(questionID: "manage-money", value: .option("Sometimes")),
                       Answer(questionID: "feel-lonely", value: .notAnswered)],
             comments: comment.map {
                 [Comment(questionID: "comment-what-better", text: $0,
                          tags: [ThemeTag(themeID: "safe-and-suitable-accommodation", evidence: ["bills"], confidence: 0.5)],
                          polarity: .request)]
             } ?? [])
}

@Suite("The SQLite store")
struct StoreTests {
    func temporaryStore() throws -> (Store, URL) {
        let folder = FileManager.default.temporaryDirectory.appending(path: "heard-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return (try Store(path: folder.appending(path: "heard.sqlite").path), folder)
    }

    @Test("responses round-trip with answers, comments, tags and polarity")
    func roundTrip() throws {
        let (store, _) = try temporaryStore()
        let original = [sampleResponse("k1", comment: "help with bills"), sampleResponse("k2")]
        try store.replaceExport(path: "Surveys/a.csv", sha256: "aa", profile: "p", responses: original, at: Date())
        #expect(try store.responses() == original)
        #expect(try store.responseCount() == 2)
    }

    @Test("a changed export supersedes exactly its earlier responses")
    func supersede() throws {
        let (store, _) = try temporaryStore()
        try store.replaceExport(path: "Surveys/a.csv", sha256: "aa", profile: "p",
                                responses: [sampleResponse("k1"), sampleResponse("k2"), sampleResponse("k3")], at: Date())
        try store.replaceExport(path: "Surveys/b.csv", sha256: "bb", profile: "p", responses: [sampleResponse("k9")], at: Date())
        let superseded = try store.replaceExport(path: "Surveys/a.csv", sha256: "cc", profile: "p",
                                                 responses: [sampleResponse("k1")], at: Date())
        #expect(superseded == 3)
        #expect(try store.responses().map(\.respondentKey).sorted() == ["k1", "k9"])
        #expect(try store.exports().first { $0.path == "Surveys/a.csv" }?.sha256 == "cc")
    }

    @Test("a rejected new version keeps the earlier good responses")
    func rejectKeeps() throws {
        let (store, _) = try temporaryStore()
        try store.replaceExport(path: "Surveys/a.csv", sha256: "aa", profile: "p", responses: [sampleResponse("k1")], at: Date())
        try store.rejectExport(path: "Surveys/a.csv", sha256: "bad", reason: "Surveys/a.csv: error: truncated", at: Date())
        let record = try #require(try store.exports().first)
        #expect(record.status == .rejected && record.sha256 == "bad")
        #expect(try store.responseCount() == 1)
    }

    @Test("a vanished export is marked missing and its responses kept")
    func missing() throws {
        let (store, _) = try temporaryStore()
        try store.replaceExport(path: "Surveys/a.csv", sha256: "aa", profile: "p", responses: [sampleResponse("k1")], at: Date())
        #expect(try store.markMissing(except: []) == ["Surveys/a.csv"])
        #expect(try store.exports().first?.status == .missing)
        #expect(try store.responseCount() == 1)
    }

    @Test("reopening applies no migration twice and keeps the data")
    func reopen() throws {
        let (store, folder) = try temporaryStore()
        try store.replaceExport(path: "Surveys/a.csv", sha256: "aa", profile: "p", responses: [sampleResponse("k1")], at: Date())
        let again = try Store(path: folder.appending(path: "heard.sqlite").path)
        #expect(try again.responseCount() == 1)
    }
}

@Suite("Evidence encoding")
struct EvidenceEncodingTests {
    @Test("evidence round-trips through the hand-written JSON, escapes and all", arguments: [
        [], ["sw"], ["see my", "brother"], ["quote \" and \\ slash", "line\nbreak", "tab\there", "zoë’s"],
    ])
    func roundTrip(words: [String]) throws {
        let encoded = Store.encode(words)
        #expect(Store.decode(encoded) == words)
        let viaFoundation = try JSONDecoder().decode([String].self, from: Data(encoded.utf8))
        #expect(viaFoundation == words)
    }
}
