import Foundation

/// The restricted list of safeguarding concerns: one SQLite database of its own (`concerns.sqlite` in
/// `.heard/safeguarding/`, file 0600 in a 0700 folder), apart from the store so that the store, its backups and
/// its readers never hold a young person's disclosure. Each concern is one row: its record (the caller's JSON,
/// written once) and, beside it, who acknowledged it and when a run announced it, each set by updating one row,
/// never by rewriting the record.
///
/// Durable by batch: `insert` is one transaction, committed with SQLite's full flush (`synchronous = FULL` on a
/// write-ahead log: one `fsync` per commit), so that when it returns every concern of the batch survives a crash
/// or a power cut, and a concern already held is never held twice (its id is the key). Deleted rows are
/// overwritten (`secure_delete`), and the log is emptied after a removal, so an erased concern leaves no copy.
public final class ConcernStore {
    let database: Database

    /// One concern as held.
    public struct Row: Sendable, Hashable {
        public var id: String
        public var foundAt: String
        /// The concern as the caller encoded it, without acknowledgement or announcement.
        public var record: String
        public var acknowledgedBy: String?
        public var acknowledgedAt: String?
        public var announcedAt: String?

        public init(id: String, foundAt: String, record: String, acknowledgedBy: String? = nil,
                    acknowledgedAt: String? = nil, announcedAt: String? = nil) {
            self.id = id
            self.foundAt = foundAt
            self.record = record
            self.acknowledgedBy = acknowledgedBy
            self.acknowledgedAt = acknowledgedAt
            self.announcedAt = announcedAt
        }
    }

    /// Opens the list at `path`. With `create`, the file is made (0600) when missing; without, a missing file
    /// is an error (a reader must not make an empty list where a folder was mistyped).
    public init(path: String, create: Bool) throws(StoreError) {
        if create {
            let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
            guard descriptor >= 0 else { throw StoreError("cannot create the list of concerns") }
            close(descriptor)
        }
        // Whoever made it, it is the owner's alone (SQLite gives its log files the same mode).
        chmod(path, 0o600)
        database = try Database(path: path, create: false)
        try database.execute("""
            PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA secure_delete = ON;
            CREATE TABLE IF NOT EXISTS concerns (
                id TEXT PRIMARY KEY, found_at TEXT NOT NULL, record TEXT NOT NULL,
                acknowledged_by TEXT, acknowledged_at TEXT, announced_at TEXT);
            """)
    }

    /// Adds the concerns not held yet (by id; the first of a repeated id wins), all in one durable commit.
    /// Returns how many were new.
    public func insert(_ rows: [Row]) throws(StoreError) -> Int {
        guard !rows.isEmpty else { return 0 }
        return try database.transaction { () throws(StoreError) in
            let insert = try database.prepare("""
                INSERT OR IGNORE INTO concerns (id, found_at, record, acknowledged_by, acknowledged_at, announced_at)
                VALUES (?, ?, ?, ?, ?, ?)
                """)
            var added = 0
            for row in rows {
                try insert.run([.text(row.id), .text(row.foundAt), .text(row.record), .optional(row.acknowledgedBy),
                                .optional(row.acknowledgedAt), .optional(row.announcedAt)])
                added += database.changes
            }
            return added
        }
    }

    /// Carries rows over from an older layout in one durable commit: a row not held is added; a row held keeps
    /// its record and gains the acknowledgement and announcement it lacks, so carrying over twice (after a crash
    /// part way) changes nothing and never loses an acknowledgement.
    public func carryOver(_ rows: [Row]) throws(StoreError) {
        guard !rows.isEmpty else { return }
        try database.transaction { () throws(StoreError) in
            let upsert = try database.prepare("""
                INSERT INTO concerns (id, found_at, record, acknowledged_by, acknowledged_at, announced_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET
                    acknowledged_at = CASE WHEN acknowledged_by IS NULL THEN excluded.acknowledged_at ELSE acknowledged_at END,
                    acknowledged_by = coalesce(acknowledged_by, excluded.acknowledged_by),
                    announced_at = coalesce(announced_at, excluded.announced_at)
                """)
            for row in rows {
                try upsert.run([.text(row.id), .text(row.foundAt), .text(row.record), .optional(row.acknowledgedBy),
                                .optional(row.acknowledgedAt), .optional(row.announcedAt)])
            }
        }
    }

    /// Which of `ids` are held.
    public func holding(_ ids: Set<String>) throws(StoreError) -> Set<String> {
        let query = try database.prepare("SELECT 1 FROM concerns WHERE id = ?")
        var held: Set<String> = []
        for id in ids {
            query.bind([.text(id)])
            if try query.next() { held.insert(id) }
        }
        return held
    }

    /// Every concern held, oldest first.
    public func rows() throws(StoreError) -> [Row] {
        let query = try database.prepare("""
            SELECT id, found_at, record, acknowledged_by, acknowledged_at, announced_at FROM concerns ORDER BY found_at, id
            """)
        var rows: [Row] = []
        while try query.next() {
            rows.append(Row(id: query.text(0), foundAt: query.text(1), record: query.text(2),
                            acknowledgedBy: query.optionalText(3), acknowledgedAt: query.optionalText(4),
                            announcedAt: query.optionalText(5)))
        }
        return rows
    }

    /// How many concerns no officer has acknowledged, and the ids no run has announced (oldest first): read
    /// without reading any record.
    public func tally() throws(StoreError) -> (needingReview: Int, unannounced: [String]) {
        let count = try database.prepare("SELECT count(*) FROM concerns WHERE acknowledged_by IS NULL")
        _ = try count.next()
        let query = try database.prepare("SELECT id FROM concerns WHERE announced_at IS NULL ORDER BY found_at, id")
        var unannounced: [String] = []
        while try query.next() { unannounced.append(query.text(0)) }
        return (count.int(0), unannounced)
    }

    /// Marks these concerns announced at `time` (those not announced already), in one commit.
    public func markAnnounced(_ ids: [String], at time: String) throws(StoreError) {
        guard !ids.isEmpty else { return }
        try database.transaction { () throws(StoreError) in
            let update = try database.prepare("UPDATE concerns SET announced_at = ? WHERE id = ? AND announced_at IS NULL")
            for id in ids { try update.run([.text(time), .text(id)]) }
        }
    }

    /// Records that `name` reviewed concern `id` at `time`; false when no such concern is held.
    public func acknowledge(_ id: String, by name: String, at time: String) throws(StoreError) -> Bool {
        try database.prepare("UPDATE concerns SET acknowledged_by = ?, acknowledged_at = ? WHERE id = ?")
            .run([.text(name), .text(time), .text(id)])
        return database.changes > 0
    }

    /// Removes these concerns (an erasure), overwriting them in the file and emptying the log. Returns how many
    /// were held.
    public func remove(_ ids: Set<String>) throws(StoreError) -> Int {
        guard !ids.isEmpty else { return 0 }
        let removed = try database.transaction { () throws(StoreError) in
            let delete = try database.prepare("DELETE FROM concerns WHERE id = ?")
            var removed = 0
            for id in ids {
                try delete.run([.text(id)])
                removed += database.changes
            }
            return removed
        }
        try database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return removed
    }
}
