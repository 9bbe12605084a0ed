import HeardCore

/// Store stage: the SQLite database in `.heard/` holding exports seen (path, SHA-256, status), anonymised
/// responses, redacted comments and their tags, and runs. One transaction per export: re-reading an identical
/// file changes nothing, and a changed file supersedes its earlier version's responses.
public final class Store {
    let database: Database
    /// The responses this connection stored, by row id, as `responses()` would read them back (`StoredCopy`):
    /// summaries made in the run that stored them take them from here instead of decoding every row's JSON
    /// again. A row deleted since is not read, so it is not used; a row id used again is overwritten when its
    /// row is inserted; a rollback empties it.
    var storedCopies: [Int64: Response] = [:]

    /// Hands over the responses this connection stored and forgets them (the summaries then read every row):
    /// for letting go of them on another thread once a run no longer needs them (`BackgroundRelease`).
    public func takeStoredCopies() -> [Int64: Response] {
        defer { storedCopies = [:] }
        return storedCopies
    }

    /// Opens (creating if needed) the store at `path` and brings its schema up to date.
    public convenience init(path: String) throws(StoreError) {
        try self.init(path: path, migrations: Migrations.all)
    }

    /// Opens the store and applies `migrations` (all of them unless a test asks for the first few, to make a
    /// store as an older Heard left it).
    init(path: String, migrations: [(name: String, sql: String)]) throws(StoreError) {
        database = try Database(path: path)
        // A run is one transaction that may write a million rows: a 64 MB page cache keeps it from spilling.
        // A new store's pages are 16 KB (SQLite's default is 4 KB): a first night's hundred megabytes of rows are fewer
        // pages to fill, write and copy. The size is fixed when the first table is made, so it changes no store that
        // exists.
        try database.execute("""
            PRAGMA page_size = 16384; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536;
            """)
        try migrate(migrations)
        try database.execute("PRAGMA foreign_keys = ON;")
    }

    private func migrate(_ migrations: [(name: String, sql: String)] = Migrations.all) throws(StoreError) {
        try database.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
        let applied = try database.prepare("SELECT name FROM migrations")
        var done: Set<String> = []
        while try applied.next() { done.insert(applied.text(0)) }
        let pending = migrations.filter { !done.contains($0.name) }
        guard !pending.isEmpty else { return }
        try database.execute("PRAGMA foreign_keys = OFF;")
        for migration in pending {
            try database.transaction { () throws(StoreError) in
                try database.execute(migration.sql)
                let check = try database.prepare("PRAGMA foreign_key_check")
                if try check.next() {
                    throw StoreError("migration \(migration.name) would leave a response without its export")
                }
                try database.prepare("INSERT INTO migrations (name, applied_at) VALUES (?, datetime('now'))")
                    .run([.text(migration.name)])
            }
        }
    }

    /// The migrations applied to this store, in the order applied.
    public func appliedMigrations() throws(StoreError) -> [String] {
        let query = try database.prepare("SELECT name FROM migrations ORDER BY rowid")
        var names: [String] = []
        while try query.next() { names.append(query.text(0)) }
        return names
    }
}

/// What the store knows of one export: its content (SHA-256), where it was found, and what became of it.
public struct ExportRecord: Sendable, Hashable, Codable {
    public enum Status: String, Sendable, Codable {
        /// Read, and its responses held and counted.
        case current
        /// Every row of it is in another export found beside it (a cumulative re-download): that one counts.
        case superseded
        /// Could not be read; the reason says why (no personal data).
        case rejected
        /// No longer in `Surveys/`: its responses have left the summaries; the record stays as history.
        case gone
    }

    public var id: Int64
    public var sha256: String
    public var status: Status
    /// Where it was last found (workspace-relative).
    public var path: String
    /// Every path it is found at now (empty when gone; two when the same file sits in two folders).
    public var paths: [String] = []
    public var profile: String?
    /// Responses it gave when last read (kept as history when it is gone or superseded).
    public var respondents: Int
    public var reason: String?
    /// Everything its responses were derived with (`Derivation` in the pipeline), or what a rejected export
    /// depended on: when it changes, the export is read again.
    public var derivation: String = ""
    /// Whether its rows carry a respondent id or a submission time, so that another export holding the same
    /// rows is a re-download of it rather than a coincidence.
    public var identifiable = false
    /// The export that holds all its rows, when superseded.
    public var supersededBy: Int64?
    public var firstSeen: String = ""
    public var lastSeen: String = ""
    /// The waves its responses belong to (filled by `exports(withWaves: true)`).
    public var waves: [String] = []

    public init(id: Int64 = 0, sha256: String, status: Status, path: String, profile: String?, respondents: Int,
                reason: String?) {
        self.id = id
        self.sha256 = sha256
        self.status = status
        self.path = path
        self.profile = profile
        self.respondents = respondents
        self.reason = reason
    }
}
