import HeardCore

/// Store stage: the SQLite database in `.heard/` holding exports seen (path, SHA-256, status), anonymised
/// responses, redacted comments and their tags, and runs. One transaction per export: re-reading an identical
/// file changes nothing, and a changed file supersedes its earlier version's responses.
public final class Store {
    let database: Database

    /// Opens (creating if needed) the store at `path` and brings its schema up to date.
    public init(path: String) throws(StoreError) {
        database = try Database(path: path)
        try database.execute("PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;")
        try migrate()
    }

    private func migrate() throws(StoreError) {
        try database.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
        let applied = try database.prepare("SELECT name FROM migrations")
        var done: Set<String> = []
        while try applied.next() { done.insert(applied.text(0)) }
        for migration in Migrations.all where !done.contains(migration.name) {
            try database.transaction { () throws(StoreError) in
                try database.execute(migration.sql)
                try database.prepare("INSERT INTO migrations (name, applied_at) VALUES (?, datetime('now'))")
                    .run([.text(migration.name)])
            }
        }
    }
}

/// What the store knows of one export file.
public struct ExportRecord: Sendable, Hashable, Codable {
    public enum Status: String, Sendable, Codable {
        /// Read and its responses held.
        case current
        /// Could not be read; the reason says why (no personal data).
        case rejected
        /// No longer in `Surveys/`; its responses are kept.
        case missing
    }

    public var path: String
    public var sha256: String
    public var status: Status
    public var profile: String?
    public var respondents: Int
    public var reason: String?
    /// Fingerprint of everything the stored responses were derived with (codebooks, profiles, settings,
    /// Heard's version): when it changes, the export is read again.
    public var derivation: String = ""
    /// The waves its responses belong to.
    public var waves: [String] = []

    public init(path: String, sha256: String, status: Status, profile: String?, respondents: Int, reason: String?) {
        self.path = path
        self.sha256 = sha256
        self.status = status
        self.profile = profile
        self.respondents = respondents
        self.reason = reason
    }
}
