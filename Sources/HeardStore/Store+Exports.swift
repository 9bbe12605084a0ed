import Foundation
import HeardCore

extension Store {
    /// Every export the store has ever known (the ledger), with the paths each is found at now.
    public func exports(withWaves: Bool = false) throws(StoreError) -> [ExportRecord] {
        let query = try database.prepare("""
            SELECT id, sha256, status, path, profile, respondents, reason, derivation, identifiable, superseded_by,
                   first_seen, last_seen
            FROM exports ORDER BY path, id
            """)
        var records: [ExportRecord] = []
        var index: [Int64: Int] = [:]
        while try query.next() {
            var record = ExportRecord(
                id: Int64(query.int(0)), sha256: query.text(1),
                status: ExportRecord.Status(rawValue: query.text(2)) ?? .rejected, path: query.text(3),
                profile: query.optionalText(4), respondents: query.int(5), reason: query.optionalText(6))
            record.derivation = query.text(7)
            record.identifiable = query.int(8) != 0
            record.supersededBy = query.isNull(9) ? nil : Int64(query.int(9))
            record.firstSeen = query.text(10)
            record.lastSeen = query.text(11)
            index[record.id] = records.count
            records.append(record)
        }
        let paths = try database.prepare("SELECT path, export_id FROM export_paths ORDER BY path")
        while try paths.next() {
            if let position = index[Int64(paths.int(1))] { records[position].paths.append(paths.text(0)) }
        }
        if withWaves {
            let waves = try database.prepare("SELECT DISTINCT export_id, wave FROM responses ORDER BY wave")
            while try waves.next() {
                if let position = index[Int64(waves.int(0))] { records[position].waves.append(waves.text(1)) }
            }
        }
        return records
    }

    /// Stores one export's responses and row fingerprints, as current, replacing whatever the same content gave
    /// before (when it is read again because a codebook, profile or setting changed). Returns how many earlier
    /// responses of the same content were replaced.
    @discardableResult
    public func storeExport(sha256: String, path: String, profile: String, responses: [Response],
                            questions: [AskedQuestion] = [], rowFingerprints: [Int64?] = [], fingerprints: [Int64] = [], identifiable: Bool = false, derivation: String = "",
                            at time: Date) throws(StoreError) -> Int {
        do {
            return try storeExportRows(sha256: sha256, path: path, profile: profile, responses: responses,
                                       questions: questions, rowFingerprints: rowFingerprints, fingerprints: fingerprints,
                                       identifiable: identifiable, derivation: derivation, at: time)
        } catch {
            storedCopies = [:] // what the part rolled back may have been copied
            throw error
        }
    }

    private func storeExportRows(sha256: String, path: String, profile: String, responses: [Response],
                                 questions: [AskedQuestion], rowFingerprints: [Int64?], fingerprints: [Int64],
                                 identifiable: Bool, derivation: String, at time: Date) throws(StoreError) -> Int {
        try database.transaction { () throws(StoreError) -> Int in
            let exportID = try upsertExport(sha256: sha256, path: path, status: .current, profile: profile,
                                            respondents: responses.count, reason: nil, derivation: derivation, at: time)
            try database.prepare("UPDATE exports SET identifiable = ?, superseded_by = NULL WHERE id = ?")
                .run([.int(identifiable ? 1 : 0), .integer(exportID)])
            try database.prepare("DELETE FROM export_rows WHERE export_id = ?").run([.integer(exportID)])
            try database.prepare("DELETE FROM responses WHERE export_id = ?").run([.integer(exportID)])
            let replaced = database.changes
            try withIndexesBuiltAfter(adding: responses.count) { () throws(StoreError) in
                let insertRow = try database.prepare("INSERT INTO export_rows (export_id, fingerprint) VALUES (?, ?)")
                for fingerprint in fingerprints {
                    try insertRow.run { bind in
                        bind.integer(exportID)
                        bind.integer(fingerprint)
                    }
                }
                try insert(responses, rowFingerprints: rowFingerprints, exportID: exportID)
            }
            try database.prepare("DELETE FROM asked_questions WHERE export_id = ?").run([.integer(exportID)])
            let insertQuestion = try database.prepare(
                "INSERT INTO asked_questions (export_id, position, definition) VALUES (?, ?, ?)")
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            for (position, question) in questions.enumerated() {
                guard let data = try? encoder.encode(question) else { throw StoreError("a question could not be encoded") }
                try insertQuestion.run([.integer(exportID), .int(position), .text(String(decoding: data, as: UTF8.self))])
            }
            return replaced
        }
    }

    /// Records that an export's content could not be read, with what it depended on (so it is retried when
    /// that changes). It holds no responses.
    public func rejectExport(sha256: String, path: String, reason: String, derivation: String = "",
                             at time: Date) throws(StoreError) {
        try database.transaction { () throws(StoreError) in
            let exportID = try upsertExport(sha256: sha256, path: path, status: .rejected, profile: nil, respondents: 0,
                                            reason: reason, derivation: derivation, at: time)
            try database.prepare("DELETE FROM export_rows WHERE export_id = ?").run([.integer(exportID)])
            try database.prepare("DELETE FROM responses WHERE export_id = ?").run([.integer(exportID)])
            try database.prepare("DELETE FROM asked_questions WHERE export_id = ?").run([.integer(exportID)])
        }
    }

    /// The closed questions each held export asked, by export path, in the export's order.
    public func askedQuestions() throws(StoreError) -> [String: [AskedQuestion]] {
        let query = try database.prepare("""
            SELECT e.path, q.definition FROM asked_questions q JOIN exports e ON e.id = q.export_id
            WHERE e.status = 'current' ORDER BY e.path, q.position
            """)
        let decoder = JSONDecoder()
        var questions: [String: [AskedQuestion]] = [:]
        while try query.next() {
            guard let question = try? decoder.decode(AskedQuestion.self, from: Data(query.text(1).utf8)) else { continue }
            questions[query.text(0), default: []].append(question)
        }
        return questions
    }

    /// Makes `export_paths` exactly `paths` (workspace-relative path -> export id): where each export is found
    /// now. Exports found get `path` and `last_seen` updated.
    public func setPaths(_ paths: [String: Int64], at time: Date) throws(StoreError) {
        let stamp = ISO8601DateFormatter().string(from: time)
        try database.execute("DELETE FROM export_paths")
        let insert = try database.prepare("INSERT INTO export_paths (path, export_id, seen_at) VALUES (?, ?, ?)")
        let update = try database.prepare("UPDATE exports SET path = ?, last_seen = ? WHERE id = ?")
        for (path, id) in paths.sorted(by: { $0.key < $1.key }) {
            try insert.run([.text(path), .integer(id), .text(stamp)])
            try update.run([.text(path), .text(stamp), .integer(id)])
        }
    }

    /// Marks exports as gone (no longer in `Surveys/`) or superseded (by the export given), removing their
    /// responses and row fingerprints; their ledger rows stay. Returns how many responses left.
    @discardableResult
    public func retire(_ exports: [Int64: ExportRecord.Status], supersededBy: [Int64: Int64] = [:]) throws(StoreError) -> Int {
        var removed = 0
        let mark = try database.prepare("UPDATE exports SET status = ?, superseded_by = ? WHERE id = ?")
        let deleteResponses = try database.prepare("DELETE FROM responses WHERE export_id = ?")
        let deleteRows = try database.prepare("DELETE FROM export_rows WHERE export_id = ?")
        let deleteQuestions = try database.prepare("DELETE FROM asked_questions WHERE export_id = ?")
        for (id, status) in exports.sorted(by: { $0.key < $1.key }) {
            let by: Statement.Value = supersededBy[id].map { .integer($0) } ?? .null
            try mark.run([.text(status.rawValue), by, .integer(id)])
            try deleteResponses.run([.integer(id)])
            removed += database.changes
            try deleteRows.run([.integer(id)])
            try deleteQuestions.run([.integer(id)])
        }
        return removed
    }

    /// The row fingerprints of the given exports.
    public func fingerprints(of exports: Set<Int64>) throws(StoreError) -> [Int64: Set<Int64>] {
        let query = try database.prepare("SELECT export_id, fingerprint FROM export_rows")
        var result: [Int64: Set<Int64>] = [:]
        while try query.next() {
            let id = Int64(query.int(0))
            if exports.contains(id) { result[id, default: []].insert(Int64(query.int(1))) }
        }
        return result
    }

    private func upsertExport(sha256: String, path: String, status: ExportRecord.Status, profile: String?,
                              respondents: Int, reason: String?, derivation: String,
                              at time: Date) throws(StoreError) -> Int64 {
        let stamp = ISO8601DateFormatter().string(from: time)
        try database.prepare("""
            INSERT INTO exports (sha256, status, path, profile, respondents, reason, derivation, first_seen, last_seen)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)
            ON CONFLICT(sha256) DO UPDATE SET status = ?2, path = ?3, profile = ?4, respondents = ?5, reason = ?6,
                derivation = ?7, last_seen = ?8
            """).run([.text(sha256), .text(status.rawValue), .text(path), .optional(profile), .int(respondents),
                      .optional(reason), .text(derivation), .text(stamp)])
        let query = try database.prepare("SELECT id FROM exports WHERE sha256 = ?")
        query.bind([.text(sha256)])
        guard try query.next() else { throw StoreError("export row vanished") }
        return Int64(query.int(0))
    }
}

extension Store {
    /// Starts the run's one transaction: everything the run changes in the store commits together or not at all.
    public func begin() throws(StoreError) { try database.execute("BEGIN IMMEDIATE") }

    /// Commits the run's transaction.
    public func commit() throws(StoreError) { try database.execute("COMMIT") }

    /// Commits the run's transaction without copying its pages from the write-ahead log into the database file
    /// at once (SQLite's automatic checkpoint, which a first night's hundred megabytes make take a while), so
    /// that `Store.checkpoint(path:)` can do it on another thread. The commit is as durable either way: a
    /// committed transaction in the log is read, and copied by the next checkpoint, even after a crash.
    public func commitLeavingLog() throws(StoreError) {
        try database.execute("PRAGMA wal_autocheckpoint = 0")
        defer { try? database.execute("PRAGMA wal_autocheckpoint = 1000") }
        try database.execute("COMMIT")
    }

    /// Copies committed pages from the write-ahead log into the database file on a connection of its own
    /// (readers on other connections carry on meanwhile). Returns whether it could; if not, the next
    /// checkpoint does it.
    @discardableResult
    public static func checkpoint(path: String) -> Bool {
        guard let database = try? Database(path: path) else { return false }
        return (try? database.execute("PRAGMA wal_checkpoint(PASSIVE)")) != nil
    }

    /// Abandons the run's transaction (a dry run, or a run that failed part way).
    public func rollback() {
        try? database.execute("ROLLBACK")
        storedCopies = [:]
    }

    /// A fact about the store (`meta`), such as the key's check value.
    public func meta(_ name: String) throws(StoreError) -> String? {
        let query = try database.prepare("SELECT value FROM meta WHERE name = ?")
        query.bind([.text(name)])
        return try query.next() ? query.text(0) : nil
    }

    public func setMeta(_ name: String, _ value: String) throws(StoreError) {
        try database.prepare("INSERT INTO meta (name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = ?2")
            .run([.text(name), .text(value)])
    }

    /// Whether the store holds anything made with the workspace key: responses or erasures.
    public func holdsKeyedData() throws(StoreError) -> Bool {
        let query = try database.prepare("""
            SELECT EXISTS (SELECT 1 FROM responses) OR EXISTS (SELECT 1 FROM erasures)
                OR EXISTS (SELECT 1 FROM erased_rows) OR EXISTS (SELECT 1 FROM export_rows)
            """)
        _ = try query.next()
        return query.int(0) != 0
    }
}
