/// The store's schema as named migrations, applied in order, each once, recorded in `migrations`. Each runs in
/// its own transaction with foreign keys off (so a table can be rebuilt, as SQLite's ALTER TABLE cannot change
/// a constraint) and is checked with `PRAGMA foreign_key_check` before it commits. Never edit a migration that
/// has shipped: add the next one.
enum Migrations {
    static let all: [(name: String, sql: String)] = [
        ("001-initial", """
        CREATE TABLE exports (
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL UNIQUE,
            sha256 TEXT NOT NULL,
            status TEXT NOT NULL,
            profile TEXT,
            respondents INTEGER NOT NULL DEFAULT 0,
            reason TEXT,
            first_seen TEXT NOT NULL,
            last_seen TEXT NOT NULL
        );
        CREATE TABLE responses (
            id INTEGER PRIMARY KEY,
            export_id INTEGER NOT NULL REFERENCES exports(id) ON DELETE CASCADE,
            source_row INTEGER NOT NULL,
            respondent_key TEXT NOT NULL,
            series TEXT NOT NULL,
            series_title TEXT NOT NULL,
            wave TEXT NOT NULL,
            cohort TEXT NOT NULL,
            age_band TEXT
        );
        CREATE INDEX responses_by_export ON responses(export_id);
        CREATE TABLE answers (
            response_id INTEGER NOT NULL REFERENCES responses(id) ON DELETE CASCADE,
            question TEXT NOT NULL,
            kind TEXT NOT NULL,
            label TEXT
        );
        CREATE INDEX answers_by_response ON answers(response_id);
        CREATE TABLE comments (
            id INTEGER PRIMARY KEY,
            response_id INTEGER NOT NULL REFERENCES responses(id) ON DELETE CASCADE,
            question TEXT NOT NULL,
            text TEXT NOT NULL,
            polarity TEXT NOT NULL,
            concern INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX comments_by_response ON comments(response_id);
        CREATE TABLE tags (
            comment_id INTEGER NOT NULL REFERENCES comments(id) ON DELETE CASCADE,
            theme TEXT NOT NULL,
            evidence TEXT NOT NULL,
            confidence REAL NOT NULL
        );
        CREATE INDEX tags_by_comment ON tags(comment_id);
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY,
            started_at TEXT NOT NULL,
            finished_at TEXT NOT NULL,
            outcome TEXT NOT NULL,
            summary TEXT NOT NULL
        );
        """),
        ("002-derivation-and-erasure", """
        ALTER TABLE exports ADD COLUMN derivation TEXT NOT NULL DEFAULT '';
        CREATE TABLE erasures (
            respondent_key TEXT PRIMARY KEY,
            erased_at TEXT NOT NULL
        );
        CREATE INDEX responses_by_key ON responses(respondent_key);
        """),
            // The closed questions each export asked, with every answer label (JSON, one row per question), so a
        // summary lists every label, banked or not, in the export's own words.
        ("003-asked-questions", """
        CREATE TABLE asked_questions (
            export_id INTEGER NOT NULL REFERENCES exports(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            definition TEXT NOT NULL
        );
        CREATE INDEX asked_questions_by_export ON asked_questions(export_id);
        """),
        ("004-exports-by-content", """
        -- An export is its content (SHA-256); the paths it was found at are attributes. Two paths holding the
        -- same bytes were counted twice before: the first keeps the export, the copy's responses go.
        CREATE TABLE exports_by_content (
            id INTEGER PRIMARY KEY,
            sha256 TEXT NOT NULL UNIQUE,
            status TEXT NOT NULL,
            path TEXT NOT NULL,
            profile TEXT,
            respondents INTEGER NOT NULL DEFAULT 0,
            reason TEXT,
            derivation TEXT NOT NULL DEFAULT '',
            identifiable INTEGER NOT NULL DEFAULT 0,
            superseded_by INTEGER REFERENCES exports_by_content(id) ON DELETE SET NULL,
            first_seen TEXT NOT NULL,
            last_seen TEXT NOT NULL
        );
        INSERT INTO exports_by_content (id, sha256, status, path, profile, respondents, reason, derivation,
                                        first_seen, last_seen)
            SELECT id, sha256, CASE status WHEN 'missing' THEN 'gone' ELSE status END, path, profile, respondents,
                   reason, '', first_seen, last_seen
            FROM exports e WHERE e.id = (SELECT min(x.id) FROM exports x WHERE x.sha256 = e.sha256);
        CREATE TABLE export_paths (
            path TEXT PRIMARY KEY,
            export_id INTEGER NOT NULL REFERENCES exports_by_content(id) ON DELETE CASCADE,
            seen_at TEXT NOT NULL
        );
        INSERT INTO export_paths (path, export_id, seen_at)
            SELECT e.path, c.id, e.last_seen FROM exports e JOIN exports_by_content c ON c.sha256 = e.sha256
            WHERE e.status != 'missing';
        DELETE FROM responses WHERE export_id NOT IN (SELECT id FROM exports_by_content);
        DELETE FROM asked_questions WHERE export_id NOT IN (SELECT id FROM exports_by_content);
        DROP TABLE exports;
        ALTER TABLE exports_by_content RENAME TO exports;
        -- Keyed fingerprints (HMAC under the workspace key) of each export's rows: a cumulative re-download is
        -- recognised by holding every row of an earlier download, and a forgotten row by its fingerprint.
        CREATE TABLE export_rows (
            export_id INTEGER NOT NULL REFERENCES exports(id) ON DELETE CASCADE,
            fingerprint INTEGER NOT NULL
        );
        CREATE INDEX export_rows_by_export ON export_rows(export_id);
        CREATE TABLE erased_rows (
            fingerprint INTEGER PRIMARY KEY,
            erased_at TEXT NOT NULL
        );
        -- The fingerprint of the row each response came from, so one young person's row can be erased however
        -- the export was moved or re-downloaded since.
        ALTER TABLE responses ADD COLUMN row_fingerprint INTEGER;
        -- Facts about the store itself, such as the check value of the key its pseudonyms were made with.
        CREATE TABLE meta (
            name TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """),
        ("005-answers-and-tags-inline", """
        -- A response's answers and a comment's tags move into their own rows as compact JSON
        -- ([["question", "kind", "label"|null], ...] and [["theme", ["evidence", ...], confidence], ...]): a night
        -- stores and loads one row per response instead of a dozen.
        ALTER TABLE responses ADD COLUMN answers TEXT NOT NULL DEFAULT '[]';
        UPDATE responses SET answers = coalesce((SELECT json_group_array(json_array(a.question, a.kind, a.label))
                                                 FROM answers a WHERE a.response_id = responses.id), '[]');
        DROP TABLE answers;
        ALTER TABLE comments ADD COLUMN tags TEXT NOT NULL DEFAULT '[]';
        UPDATE comments SET tags = coalesce((SELECT json_group_array(json_array(t.theme, json(t.evidence), t.confidence))
                                             FROM tags t WHERE t.comment_id = comments.id), '[]');
        DROP TABLE tags;
        """),
    ]
}
