import Foundation
import HeardCore

extension Store {
    /// Erases one young person's responses (by pseudonym) from the exports given, and remembers the pseudonyms
    /// and the fingerprints of their rows so that the response is never stored again: not when the export is
    /// read anew, not when it turns up moved or inside a cumulative re-download. The source id itself is never
    /// stored: only keyed values. Returns how many responses went.
    public func erase(respondentKeys: Set<String>, rows: Set<Int64>, fromExports exports: Set<Int64>,
                      at time: Date) throws(StoreError) -> Int {
        try database.transaction { () throws(StoreError) -> Int in
            var removed = 0
            let delete = try database.prepare("DELETE FROM responses WHERE respondent_key = ? AND export_id = ?")
            let remember = try database.prepare("INSERT OR IGNORE INTO erasures (respondent_key, erased_at) VALUES (?, ?)")
            let rememberRow = try database.prepare("INSERT OR IGNORE INTO erased_rows (fingerprint, erased_at) VALUES (?, ?)")
            let stamp = ISO8601DateFormatter().string(from: time)
            for key in respondentKeys.sorted() {
                for export in exports.sorted() {
                    try delete.run([.text(key), .integer(export)])
                    removed += database.changes
                }
                try remember.run([.text(key), .text(stamp)])
            }
            let deleteRow = try database.prepare("DELETE FROM responses WHERE row_fingerprint = ? AND export_id = ?")
            for row in rows.sorted() {
                for export in exports.sorted() {
                    try deleteRow.run([.integer(row), .integer(export)])
                    removed += database.changes
                }
                try rememberRow.run([.integer(row), .text(stamp)])
            }
            let recount = try database.prepare("""
                UPDATE exports SET respondents = (SELECT count(*) FROM responses r WHERE r.export_id = exports.id)
                WHERE id = ?
                """)
            for export in exports { try recount.run([.integer(export)]) }
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

    /// Fingerprints of the rows of respondents who asked to be forgotten.
    public func erasedRows() throws(StoreError) -> Set<Int64> {
        let query = try database.prepare("SELECT fingerprint FROM erased_rows")
        var rows: Set<Int64> = []
        while try query.next() { rows.insert(Int64(query.int(0))) }
        return rows
    }

    /// The survey series an export's responses belong to.
    public func series(ofExport id: Int64) throws(StoreError) -> [SurveySeries] {
        let query = try database.prepare("SELECT DISTINCT series, series_title FROM responses WHERE export_id = ?")
        query.bind([.integer(id)])
        var series: [SurveySeries] = []
        while try query.next() { series.append(SurveySeries(id: query.text(0), title: query.text(1))) }
        return series
    }
}

extension Store {
    /// A cheap fingerprint of what the summaries are made from (counts and highest ids of responses, comments
    /// and erasures): equal means no response was added, replaced, retired or erased since.
    public func stateFingerprint() throws(StoreError) -> String {
        let query = try database.prepare("""
            SELECT (SELECT count(*) FROM responses), (SELECT coalesce(max(id), 0) FROM responses),
                   (SELECT count(*) FROM erasures), (SELECT coalesce(max(id), 0) FROM comments),
                   (SELECT count(*) FROM erased_rows), (SELECT group_concat(id) FROM exports WHERE status = 'current')
            """)
        _ = try query.next()
        return "\(query.int(0))/\(query.int(1))/\(query.int(2))/\(query.int(3))/\(query.int(4))/\(query.text(5))"
    }
}
