import Foundation
import Testing
@testable import HeardCore
@testable import HeardStore
import HeardTestSupport

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

/// A store in a new temporary folder, and the folder (its database is `heard.sqlite` there).
func temporaryStore() throws -> (Store, URL) {
    let folder = TemporaryFolder.path("heard-store")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return (try Store(path: folder.appending(path: "heard.sqlite").path), folder)
}

@Suite("The SQLite store")
struct StoreTests {

    @Test("responses round-trip with answers, comments, tags and polarity")
    func roundTrip() throws {
        let (store, _) = try temporaryStore()
        let original = [sampleResponse("k1", comment: "help with bills"), sampleResponse("k2")]
        try store.storeExport(sha256: "aa", path: "Surveys/a.csv", profile: "p", responses: original, at: Date())
        #expect(try store.responses() == original)
        #expect(try store.responseCount() == 2)
    }

    @Test("many batches round-trip in order: JSON made a batch ahead of the inserts, decoded while rows are read")
    func roundTripInBatches() throws {
        let (store, _) = try temporaryStore()
        // Three and a half batches, every second response with a comment of its own, every fifth with none.
        let original = (0..<(Store.batch * 7 / 2)).map { index in
            var response = sampleResponse("k\(index)", comment: index % 5 == 0 ? nil : "comment \(index)")
            response.sourceRow = index + 2
            if index % 2 == 0, !response.comments.isEmpty {
                response.comments.append(Comment(questionID: "comment-what-good", text: "also \(index)", tags: [],
                                                 polarity: .positive))
            }
            return response
        }
        try store.storeExport(sha256: "aa", path: "Surveys/a.csv", profile: "p", responses: original, at: Date())
        #expect(try store.responses() == original)
    }

    @Test("the same content stored again replaces exactly its own responses, and no other export's")
    func restore() throws {
        let (store, _) = try temporaryStore()
        try store.storeExport(sha256: "aa", path: "Surveys/a.csv", profile: "p",
                              responses: [sampleResponse("k1"), sampleResponse("k2"), sampleResponse("k3")], at: Date())
        try store.storeExport(sha256: "bb", path: "Surveys/b.csv", profile: "p", responses: [sampleResponse("k9")], at: Date())
        let replaced = try store.storeExport(sha256: "aa", path: "Surveys/a.csv", profile: "p",
                                             responses: [sampleResponse("k1")], at: Date())
        #expect(replaced == 3)
        #expect(try store.responses().map(\.respondentKey).sorted() == ["k1", "k9"])
        #expect(try store.exports().count == 2)
    }

    @Test("an export is its content: a second path is an attribute, not a second export")
    func byContent() throws {
        let (store, _) = try temporaryStore()
        try store.storeExport(sha256: "aa", path: "Surveys/a.csv", profile: "p", responses: [sampleResponse("k1")], at: Date())
        try store.setPaths(["Surveys/2024/a.csv": 1, "Surveys/copy of a.csv": 1], at: Date())
        let record = try #require(try store.exports().first)
        #expect(record.paths == ["Surveys/2024/a.csv", "Surveys/copy of a.csv"])
        #expect(try store.exports().count == 1 && store.responseCount() == 1)
    }

    @Test("a rejected export holds nothing and leaves every other export's responses alone")
    func rejectKeeps() throws {
        let (store, _) = try temporaryStore()
        try store.storeExport(sha256: "aa", path: "Surveys/a.csv", profile: "p", responses: [sampleResponse("k1")], at: Date())
        try store.rejectExport(sha256: "bad", path: "Surveys/a.csv", reason: "Surveys/a.csv: error: truncated",
                               derivation: "heard=1", at: Date())
        let record = try #require(try store.exports().first { $0.sha256 == "bad" })
        #expect(record.status == .rejected && record.derivation == "heard=1" && record.respondents == 0)
        #expect(try store.responseCount() == 1)
    }

    @Test("retiring an export removes its responses and row fingerprints and keeps its ledger record")
    func retire() throws {
        let (store, _) = try temporaryStore()
        try store.storeExport(sha256: "aa", path: "Surveys/a.csv", profile: "p", responses: [sampleResponse("k1")],
                              fingerprints: [11], identifiable: true, at: Date())
        try store.storeExport(sha256: "bb", path: "Surveys/b.csv", profile: "p",
                              responses: [sampleResponse("k1"), sampleResponse("k2")], fingerprints: [11, 12],
                              identifiable: true, at: Date())
        let ids = Dictionary(uniqueKeysWithValues: try store.exports().map { ($0.sha256, $0.id) })
        #expect(try store.fingerprints(of: [ids["aa"]!, ids["bb"]!]) == [ids["aa"]!: [11], ids["bb"]!: [11, 12]])
        #expect(try store.retire([ids["aa"]!: .superseded], supersededBy: [ids["aa"]!: ids["bb"]!]) == 1)
        let record = try #require(try store.exports().first { $0.sha256 == "aa" })
        #expect(record.status == .superseded && record.supersededBy == ids["bb"] && record.respondents == 1)
        #expect(try store.fingerprints(of: [ids["aa"]!]).isEmpty)
        #expect(try store.retire([ids["bb"]!: .gone]) == 2)
        #expect(try store.responseCount() == 0 && store.exports().count == 2)
    }

    @Test("a run's transaction rolled back leaves the store exactly as it was")
    func rollback() throws {
        let (store, _) = try temporaryStore()
        try store.storeExport(sha256: "aa", path: "Surveys/a.csv", profile: "p", responses: [sampleResponse("k1")], at: Date())
        try store.begin()
        try store.storeExport(sha256: "bb", path: "Surveys/b.csv", profile: "p", responses: [sampleResponse("k2")], at: Date())
        try store.rejectExport(sha256: "cc", path: "Surveys/c.csv", reason: "bad", at: Date())
        try store.retire([1: .gone])
        store.rollback()
        #expect(try store.responses().map(\.respondentKey) == ["k1"])
        #expect(try store.exports().map(\.sha256) == ["aa"])
    }

    @Test("an erased row goes by its fingerprint, and its pseudonym and fingerprint are remembered")
    func erase() throws {
        let (store, _) = try temporaryStore()
        try store.storeExport(sha256: "aa", path: "Surveys/a.csv", profile: "p",
                              responses: [sampleResponse("k1"), sampleResponse("k2")], rowFingerprints: [101, 102],
                              at: Date())
        let id = try #require(try store.exports().first?.id)
        #expect(try store.erase(respondentKeys: ["nobody"], rows: [102], fromExports: [id], at: Date()) == 1)
        #expect(try store.responses().map(\.respondentKey) == ["k1"])
        #expect(try store.erasedRows() == [102] && store.erasedKeys() == ["nobody"])
        #expect(try store.exports().first?.respondents == 1)
    }

    @Test("reopening applies no migration twice and keeps the data")
    func reopen() throws {
        let (store, folder) = try temporaryStore()
        try store.storeExport(sha256: "aa", path: "Surveys/a.csv", profile: "p", responses: [sampleResponse("k1")], at: Date())
        try store.setMeta("key-check", "abc")
        let again = try Store(path: folder.appending(path: "heard.sqlite").path)
        #expect(try again.responseCount() == 1 && again.meta("key-check") == "abc")
        #expect(try again.appliedMigrations() == Migrations.all.map(\.name))
    }
}

@Suite("Store migrations")
struct MigrationTests {
    @Test("a store an older Heard left (keyed by path) upgrades: data kept, copies counted once, missing is gone")
    func upgradeFromPathKeyedStore() throws {
        let folder = TemporaryFolder.path("heard-migrate")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appending(path: "heard.sqlite").path
        let old = try Store(path: path, migrations: Array(Migrations.all.prefix(3)))
        // As Heard 0.2 stored them: by path, so a copy of a.csv in a year folder was a second export.
        try old.database.execute("""
            INSERT INTO exports (id, path, sha256, status, profile, respondents, first_seen, last_seen, derivation)
            VALUES (1, 'Surveys/a.csv', 'aa', 'current', 'p', 2, '2024-01-01', '2024-02-01', 'old'),
                   (2, 'Surveys/2024/a.csv', 'aa', 'current', 'p', 2, '2024-01-05', '2024-02-01', 'old'),
                   (3, 'Surveys/b.csv', 'bb', 'missing', 'p', 1, '2024-01-01', '2024-01-02', 'old'),
                   (4, 'Surveys/c.csv', 'cc', 'rejected', NULL, 0, '2024-01-01', '2024-02-01', 'old');
            INSERT INTO responses (id, export_id, source_row, respondent_key, series, series_title, wave, cohort)
            VALUES (1, 1, 2, 'k1', 's', 'S', '2024-25', 'care-leavers'), (2, 1, 3, 'k2', 's', 'S', '2024-25', 'care-leavers'),
                   (3, 2, 2, 'k1', 's', 'S', '2024-25', 'care-leavers'), (4, 2, 3, 'k2', 's', 'S', '2024-25', 'care-leavers'),
                   (5, 3, 2, 'k5', 's', 'S', '2023-24', 'care-leavers');
            INSERT INTO answers (response_id, question, kind, label)
            VALUES (1, 'feel-lonely', 'option', 'Never'), (1, 'manage-money', 'not-answered', NULL);
            INSERT INTO comments (id, response_id, question, text, polarity) VALUES (1, 1, 'comment-what-better', 'bills', 'request');
            INSERT INTO tags (comment_id, theme, evidence, confidence) VALUES (1, 'money', '["bills"]', 0.5);
            INSERT INTO erasures (respondent_key, erased_at) VALUES ('k9', '2024-03-01');
            INSERT INTO asked_questions (export_id, position, definition) VALUES (1, 0, '{}'), (2, 0, '{}');
            """)
        let store = try Store(path: path)
        #expect(try store.appliedMigrations() == Migrations.all.map(\.name))
        let exports = try store.exports()
        #expect(exports.map(\.sha256) == ["aa", "bb", "cc"])
        let a = try #require(exports.first { $0.sha256 == "aa" })
        #expect(a.paths == ["Surveys/2024/a.csv", "Surveys/a.csv"] && a.status == .current)
        #expect(a.derivation == "", "upgraded exports are read again, to get their row fingerprints")
        #expect(exports.first { $0.sha256 == "bb" }?.status == .gone)
        #expect(exports.first { $0.sha256 == "bb" }?.paths == [])
        #expect(try store.responses().map(\.respondentKey).sorted() == ["k1", "k2", "k5"])
        let first = try #require(try store.responses().first)
        #expect(first.answers == [Answer(questionID: "feel-lonely", value: .option("Never")),
                                  Answer(questionID: "manage-money", value: .notAnswered)])
        #expect(first.comments.first?.tags == [ThemeTag(themeID: "money", evidence: ["bills"], confidence: 0.5)])
        #expect(try store.erasedKeys() == ["k9"])
        let questions = try store.database.prepare("SELECT count(*) FROM asked_questions")
        _ = try questions.next()
        #expect(questions.int(0) == 1, "the copy's questions went with it")
        // Foreign keys hold after the rebuild: retiring an export takes its responses with it.
        #expect(try store.retire([a.id: .gone]) == 2)
    }
}

@Suite("Answers and tags kept inline as compact JSON")
struct CompactJSONTests {
    @Test("evidence round-trips, escapes and all, and Foundation reads what the store writes", arguments: [
        [], ["sw"], ["see my", "brother"], ["quote \" and \\ slash", "line\nbreak", "tab\there", "zoë’s", "bell\u{7}", "🙂"],
    ])
    func evidence(words: [String]) throws {
        let tags = [ThemeTag(themeID: "learning-and-aspirations", evidence: words, confidence: 0.3333333333333333)]
        let text = Store.encode(tags)
        #expect(Store.tags(text) == tags)
        let viaFoundation = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[Any]])
        #expect(viaFoundation.first?[1] as? [String] == words)
    }

    @Test("answers round-trip with every kind of value")
    func answers() {
        let answers = [Answer(questionID: "feel-safe-where-live", value: .option("Most of the time")),
                       Answer(questionID: "manage-money", value: .notAnswered),
                       Answer(questionID: "custom:what \"club\"", value: .unrecognised)]
        #expect(Store.answers(Store.encode(answers)) == answers)
    }

    @Test("answers and tags are written byte for byte as the CompactJSON values they stand for")
    func sameAsValues() {
        let answers = [Answer(questionID: "feel-safe-where-live", value: .option("Most \"of\" the time")),
                       Answer(questionID: "manage-money", value: .notAnswered),
                       Answer(questionID: "custom:what club", value: .unrecognised)]
        #expect(Store.encode(answers) == CompactJSON.array([
            .array([.string("feel-safe-where-live"), .string("option"), .string("Most \"of\" the time")]),
            .array([.string("manage-money"), .string("not-answered"), .null]),
            .array([.string("custom:what club"), .string("unrecognised"), .null]),
        ]).text)
        #expect(Store.encode([Answer]()) == "[]")
        let tags = [ThemeTag(themeID: "safe", evidence: ["tab\there", "zoë"], confidence: 0.25),
                    ThemeTag(themeID: "home", evidence: [], confidence: 1)]
        #expect(Store.encode(tags) == CompactJSON.array([
            .array([.string("safe"), .array([.string("tab\there"), .string("zoë")]), .number(0.25)]),
            .array([.string("home"), .array([]), .number(1)]),
        ]).text)
        #expect(Store.encode(tags) == #"[["safe",["tab\there","zoë"],0.25],["home",[],1]]"#)
    }

    @Test("what SQLite's json_array writes (the migration's shape) reads back; broken text reads as nothing")
    func sqliteShape() {
        #expect(Store.tags(#"[["safe",["no one \u00e9 \ud83d\ude42"],0.5]]"#)
                == [ThemeTag(themeID: "safe", evidence: ["no one é 🙂"], confidence: 0.5)])
        #expect(Store.answers(#"[["q","option",null],["r","not-answered",null]]"#).count == 2)
        #expect(Store.answers("[[\"q\",") == [] && Store.tags("nonsense") == [])
    }
}

@Suite("Responses read back from this connection's copies")
struct StoredCopyTests {
    @Test("a run's own responses read back equal to those decoded by another connection, deleted ones left out")
    func copiesEqualDecoded() throws {
        let (store, folder) = try temporaryStore()
        let path = folder.appending(path: "heard.sqlite").path
        var odd = sampleResponse("k3", comment: "nul \u{0} inside")
        odd.comments[0].points = ["a-point"]
        var awkward = sampleResponse("k4", comment: "tiny confidence")
        awkward.comments[0].tags[0].confidence = 1e-7
        awkward.comments[0].points = ["kept-out"]
        try store.storeExport(sha256: "aa", path: "Surveys/a.csv", profile: "p",
                              responses: [sampleResponse("k1", comment: "bills"), odd, awkward], at: Date())
        try store.storeExport(sha256: "bb", path: "Surveys/b.csv", profile: "p", responses: [sampleResponse("k2")], at: Date())
        try store.retire([2: .gone])
        #expect(store.storedCopies.count == 3, "the response with a NUL in its words is read back from its columns")
        let fromCopies = try store.responses()
        let decoded = try Store(path: path).responses()
        #expect(fromCopies == decoded)
        #expect(fromCopies.map(\.respondentKey) == ["k1", "k3", "k4"])
        #expect(fromCopies[2].comments[0].points.isEmpty && fromCopies[2].comments[0].tags[0].confidence == 1e-7)
        store.rollback()
        #expect(store.storedCopies.isEmpty)
    }

    @Test("values bound in place read back: an age band or none, a row fingerprint or none (NULL)")
    func boundInPlace() throws {
        let (store, folder) = try temporaryStore()
        let path = folder.appending(path: "heard.sqlite").path
        var noBand = sampleResponse("k2", comment: "it's \"quoted\", zoë")
        noBand.ageBand = nil
        noBand.sourceRow = 9
        try store.storeExport(sha256: "aa", path: "Surveys/a.csv", profile: "p",
                              responses: [sampleResponse("k1", comment: "bills"), noBand], rowFingerprints: [nil, -42],
                              at: Date())
        let decoded = try Store(path: path).responses()
        #expect(decoded == [sampleResponse("k1", comment: "bills"), noBand])
        let rows = try store.database.prepare("SELECT row_fingerprint FROM responses ORDER BY id")
        var fingerprints: [Int?] = []
        while try rows.next() { fingerprints.append(rows.isNull(0) ? nil : rows.int(0)) }
        #expect(fingerprints == [nil, -42])
    }
}
