/// The store's schema as named migrations, applied in order, each once, recorded in `migrations`.
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
    ]
}
