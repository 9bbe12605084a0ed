import Foundation
import HeardCore

extension Store {
    /// Every export the store knows, by path.
    public func exports() throws(StoreError) -> [ExportRecord] {
        let query = try database.prepare("""
            SELECT e.path, e.sha256, e.status, e.profile, e.respondents, e.reason, e.derivation,
                   (SELECT group_concat(DISTINCT r.wave) FROM responses r WHERE r.export_id = e.id)
            FROM exports e ORDER BY e.path
            """)
        var records: [ExportRecord] = []
        while try query.next() {
            var record = ExportRecord(
                path: query.text(0), sha256: query.text(1),
                status: ExportRecord.Status(rawValue: query.text(2)) ?? .rejected,
                profile: query.optionalText(3), respondents: query.int(4), reason: query.optionalText(5))
            record.derivation = query.text(6)
            record.waves = (query.optionalText(7) ?? "").split(separator: ",").map(String.init).sorted()
            records.append(record)
        }
        return records
    }

    /// Stores one export's responses and the closed questions it asked in one transaction, replacing whatever an
    /// earlier version of the same path contributed. Returns how many earlier responses were superseded.
    @discardableResult
    public func replaceExport(path: String, sha256: String, profile: String, responses: [Response],
                              questions: [AskedQuestion] = [], derivation: String = "",
                              at time: Date) throws(StoreError) -> Int {
        try database.transaction { () throws(StoreError) -> Int in
            let exportID = try upsertExport(path: path, sha256: sha256, status: .current, profile: profile,
                                            respondents: responses.count, reason: nil, at: time)
            try database.prepare("UPDATE exports SET derivation = ? WHERE id = ?").run([.text(derivation), .integer(exportID)])
            try database.prepare("DELETE FROM responses WHERE export_id = ?").run([.integer(exportID)])
            let superseded = database.changes
            try insert(responses, exportID: exportID)
            try database.prepare("DELETE FROM asked_questions WHERE export_id = ?").run([.integer(exportID)])
            let insertQuestion = try database.prepare(
                "INSERT INTO asked_questions (export_id, position, definition) VALUES (?, ?, ?)")
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            for (position, question) in questions.enumerated() {
                guard let data = try? encoder.encode(question) else { throw StoreError("a question could not be encoded") }
                try insertQuestion.run([.integer(exportID), .int(position), .text(String(decoding: data, as: UTF8.self))])
            }
            return superseded
        }
    }

    /// The closed questions each export asked, by export path, in the export's order.
    public func askedQuestions() throws(StoreError) -> [String: [AskedQuestion]] {
        let query = try database.prepare("""
            SELECT e.path, q.definition FROM asked_questions q JOIN exports e ON e.id = q.export_id
            ORDER BY e.path, q.position
            """)
        let decoder = JSONDecoder()
        var questions: [String: [AskedQuestion]] = [:]
        while try query.next() {
            guard let question = try? decoder.decode(AskedQuestion.self, from: Data(query.text(1).utf8)) else { continue }
            questions[query.text(0), default: []].append(question)
        }
        return questions
    }

    /// Records that an export could not be read. Responses from an earlier good version are kept.
    public func rejectExport(path: String, sha256: String, reason: String, at time: Date) throws(StoreError) {
        try database.transaction { () throws(StoreError) in
            let previous = try exports().first { $0.path == path }
            _ = try upsertExport(path: path, sha256: sha256, status: .rejected, profile: previous?.profile,
                                 respondents: previous?.respondents ?? 0, reason: reason, at: time)
        }
    }

    /// Marks exports that are no longer present as missing; their responses are kept.
    public func markMissing(except presentPaths: Set<String>) throws(StoreError) -> [String] {
        let missing = try exports().filter { !presentPaths.contains($0.path) && $0.status != .missing }.map(\.path)
        let update = try database.prepare("UPDATE exports SET status = 'missing' WHERE path = ?")
        for path in missing { try update.run([.text(path)]) }
        return missing
    }

    private func upsertExport(path: String, sha256: String, status: ExportRecord.Status, profile: String?,
                              respondents: Int, reason: String?, at time: Date) throws(StoreError) -> Int64 {
        let stamp = ISO8601DateFormatter().string(from: time)
        try database.prepare("""
            INSERT INTO exports (path, sha256, status, profile, respondents, reason, first_seen, last_seen)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)
            ON CONFLICT(path) DO UPDATE SET sha256 = ?2, status = ?3, profile = ?4, respondents = ?5,
                reason = ?6, last_seen = ?7
            """).run([.text(path), .text(sha256), .text(status.rawValue), .optional(profile), .int(respondents),
                      .optional(reason), .text(stamp)])
        let query = try database.prepare("SELECT id FROM exports WHERE path = ?")
        query.bind([.text(path)])
        guard try query.next() else { throw StoreError("export row vanished") }
        return Int64(query.int(0))
    }
}
