import Foundation
import HeardCore

extension Store {
    /// Erases one young person's responses (by pseudonym) from one export, and remembers the pseudonym so the
    /// response is never stored again, even when the export is read anew. Returns how many responses went.
    /// The source id itself is never stored: only its keyed pseudonym.
    public func erase(respondentKeys: Set<String>, exportPath: String, at time: Date) throws(StoreError) -> Int {
        try database.transaction { () throws(StoreError) -> Int in
            var removed = 0
            let delete = try database.prepare("""
                DELETE FROM responses WHERE respondent_key = ?
                AND export_id = (SELECT id FROM exports WHERE path = ?)
                """)
            let remember = try database.prepare("INSERT OR IGNORE INTO erasures (respondent_key, erased_at) VALUES (?, ?)")
            let stamp = ISO8601DateFormatter().string(from: time)
            for key in respondentKeys {
                try delete.run([.text(key), .text(exportPath)])
                removed += database.changes
                try remember.run([.text(key), .text(stamp)])
            }
            try database.prepare("""
                UPDATE exports SET respondents = (SELECT count(*) FROM responses r WHERE r.export_id = exports.id)
                WHERE path = ?
                """).run([.text(exportPath)])
            return removed
        }
    }

    /// Pseudonyms of respondents who asked to be forgotten.
    public func erasedKeys() throws(StoreError) -> Set<String> {
        let query = try database.prepare("SELECT respondent_key FROM erasures")
        var keys: Set<String> = []
        while try query.next() { keys.insert(query.text(0)) }
        return keys
    }

    /// The survey series an export's responses belong to.
    public func series(ofExport path: String) throws(StoreError) -> [SurveySeries] {
        let query = try database.prepare("""
            SELECT DISTINCT r.series, r.series_title FROM responses r JOIN exports e ON e.id = r.export_id WHERE e.path = ?
            """)
        query.bind([.text(path)])
        var series: [SurveySeries] = []
        while try query.next() { series.append(SurveySeries(id: query.text(0), title: query.text(1))) }
        return series
    }
}

extension Store {
    /// A cheap fingerprint of what the store holds (counts and highest ids): equal means no response was added,
    /// replaced or erased since.
    public func stateFingerprint() throws(StoreError) -> String {
        let query = try database.prepare("""
            SELECT (SELECT count(*) FROM responses), (SELECT coalesce(max(id), 0) FROM responses),
                   (SELECT count(*) FROM erasures), (SELECT coalesce(max(id), 0) FROM comments)
            """)
        _ = try query.next()
        return "\(query.int(0))/\(query.int(1))/\(query.int(2))/\(query.int(3))"
    }
}
