import Foundation
import Testing
@testable import HeardCore
@testable import HeardStore
import HeardTestSupport

/// How a first night's rows go in: texts bound from their own bytes, indexes built after the inserts when the
/// rows added outnumber those held, 16 KB pages in a new store. What the store holds must not change.
@Suite("The store's bulk inserts")
struct BulkInsertTests {
    /// Every index of the store with the statement that made it, by name.
    private func indexes(_ store: Store) throws -> [String: String] {
        let query = try store.database.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
        var found: [String: String] = [:]
        while try query.next() { found[query.text(0)] = query.text(1) }
        return found
    }

    /// Every row of the tables an export fills, as text, in order.
    private func rows(_ store: Store) throws -> [String] {
        var rows: [String] = []
        for (table, columns) in [("responses", 11), ("comments", 7), ("export_rows", 2)] {
            let query = try store.database.prepare("SELECT * FROM \(table) ORDER BY rowid")
            while try query.next() {
                rows.append(table + ": " + (0..<Int32(columns)).map { query.isNull($0) ? "NULL" : query.text($0) }.joined(separator: "|"))
            }
        }
        return rows
    }

    private func responses(_ count: Int, prefix: String) -> [Response] {
        (0..<count).map { index in
            var response = sampleResponse("\(prefix)\(index * 7919 % count)", comment: index % 3 == 0 ? nil : "comment \(index)")
            response.sourceRow = index + 2
            return response
        }
    }

    @Test("a first night's export with its indexes built after holds the same rows, and the same indexes, as one stored row by row")
    func indexesBuiltAfter() throws {
        let count = Store.indexesBuiltAfterFrom + 10
        let batch = responses(count, prefix: "k")
        let prints = (0..<count).map { Int64($0 * 31) }
        let (after, afterFolder) = try temporaryStore()
        let (byRow, byRowFolder) = try temporaryStore()
        let before = try indexes(after)
        #expect(before.keys.contains("responses_by_key") && before.keys.contains("comments_by_response"))
        try after.storeExport(sha256: "aa", path: "Surveys/a.csv", profile: "p", responses: batch,
                              rowFingerprints: prints, fingerprints: prints, at: Date())
        // A store already holding more responses than the export adds keeps its indexes up row by row.
        try byRow.storeExport(sha256: "zz", path: "Surveys/z.csv", profile: "p", responses: responses(count + 1, prefix: "z"),
                              at: Date())
        try byRow.storeExport(sha256: "aa", path: "Surveys/a.csv", profile: "p", responses: batch,
                              rowFingerprints: prints, fingerprints: prints, at: Date())
        #expect(try indexes(after) == before)
        #expect(try indexes(byRow) == before)
        #expect(try rows(after).count == count + batch.flatMap(\.comments).count + count)
        // Read back by other connections (decoded from the rows, not this connection's copies), both hold the same.
        let decoded = { (folder: URL) in try Store(path: folder.appending(path: "heard.sqlite").path).responses() }
        #expect(try decoded(afterFolder) == batch)
        #expect(try decoded(byRowFolder).filter { $0.exportPath == "Surveys/a.csv" } == batch)
        #expect(try after.fingerprints(of: [1]) == [1: Set(prints)])
        #expect(try byRow.fingerprints(of: [2]) == [2: Set(prints)])
        #expect(try after.responses() == batch)
        // The indexes answer: one young person's responses by key, an export's by export.
        let byKey = try after.database.prepare("SELECT count(*) FROM responses INDEXED BY responses_by_key WHERE respondent_key = 'k7'")
        _ = try byKey.next()
        #expect(byKey.int(0) == 1)
    }

    @Test("indexes dropped for the inserts come back when the inserts fail, or the run is rolled back")
    func indexesBackAfterRollback() throws {
        let (store, _) = try temporaryStore()
        let before = try indexes(store)
        #expect(throws: StoreError.self) {
            try store.database.transaction { () throws(StoreError) in
                try store.withIndexesBuiltAfter(adding: Store.indexesBuiltAfterFrom) { () throws(StoreError) in
                    let during = (try? indexes(store)) ?? [:]
                    #expect(Set(during.keys) == ["asked_questions_by_export"], "the bulk tables' indexes dropped for the inserts")
                    throw StoreError("an insert failed")
                }
            }
        }
        #expect(try indexes(store) == before)
        try store.begin()
        try store.storeExport(sha256: "aa", path: "Surveys/a.csv", profile: "p",
                              responses: responses(Store.indexesBuiltAfterFrom, prefix: "k"), at: Date())
        store.rollback()
        #expect(try indexes(store) == before)
        #expect(try store.responseCount() == 0)
    }

    @Test("a text is bound up to its first NUL, as a C string is read; other texts byte for byte")
    func textsBoundFromTheirBytes() throws {
        let (store, folder) = try temporaryStore()
        let texts = ["", "a", "small", "exactly fifteen", "a longer comment than any small string holds",
                     "zoë 😀 \u{301}e", "cut\u{0}off here", "\u{0}", "ends with nul\u{0}"]
        let batch = texts.enumerated().map { index, text in sampleResponse("k\(index)", comment: text) }
        try store.storeExport(sha256: "aa", path: "Surveys/a.csv", profile: "p", responses: batch, at: Date())
        let read = try Store(path: folder.appending(path: "heard.sqlite").path).responses()
        #expect(read.map { $0.comments[0].text } == texts.map { String($0.prefix { $0 != "\u{0}" }) })
    }

    @Test("a new store's pages are 16 KB")
    func pageSize() throws {
        let (store, _) = try temporaryStore()
        let query = try store.database.prepare("PRAGMA page_size")
        _ = try query.next()
        #expect(query.int(0) == 16_384)
    }
}
