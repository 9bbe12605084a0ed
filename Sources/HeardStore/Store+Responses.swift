import Foundation
import HeardCore

extension Store {
    func insert(_ responses: [Response], rowFingerprints: [Int64?], exportID: Int64) throws(StoreError) {
        let insertResponse = try database.prepare("""
            INSERT INTO responses (export_id, source_row, respondent_key, series, series_title, wave, cohort, age_band,
                                   row_fingerprint)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertAnswer = try database.prepare("INSERT INTO answers (response_id, question, kind, label) VALUES (?, ?, ?, ?)")
        let insertComment = try database.prepare(
            "INSERT INTO comments (response_id, question, text, polarity, concern) VALUES (?, ?, ?, ?, ?)")
        let insertTag = try database.prepare("INSERT INTO tags (comment_id, theme, evidence, confidence) VALUES (?, ?, ?, ?)")
        for (index, response) in responses.enumerated() {
            let row: Statement.Value = index < rowFingerprints.count ? rowFingerprints[index].map { .integer($0) } ?? .null : .null
            try insertResponse.run([
                .integer(exportID), .int(response.sourceRow), .text(response.respondentKey), .text(response.series.id),
                .text(response.series.title), .text(response.wave.label), .text(response.cohort.rawValue),
                .optional(response.ageBand?.label), row,
            ])
            let responseID = database.lastInsertedRowID
            for answer in response.answers {
                let kind = switch answer.value {
                case .option: "option"
                case .notAnswered: "not-answered"
                case .unrecognised: "unrecognised"
                }
                try insertAnswer.run([.integer(responseID), .text(answer.questionID), .text(kind), .optional(answer.label)])
            }
            for comment in response.comments {
                try insertComment.run([.integer(responseID), .text(comment.questionID), .text(comment.text),
                                       .text(comment.polarity.rawValue), .int(comment.hasConcern ? 1 : 0)])
                let commentID = database.lastInsertedRowID
                for tag in comment.tags {
                    try insertTag.run([.integer(commentID), .text(tag.themeID), .text(Self.encode(tag.evidence)),
                                       .real(tag.confidence)])
                }
            }
        }
    }

    /// Every response held, with answers, comments and tags.
    public func responses() throws(StoreError) -> [Response] {
        var byID: [Int: Response] = [:]
        var order: [Int] = []
        let query = try database.prepare("""
            SELECT r.id, e.path, r.source_row, r.respondent_key, r.series, r.series_title, r.wave, r.cohort, r.age_band
            FROM responses r JOIN exports e ON e.id = r.export_id ORDER BY r.id
            """)
        while try query.next() {
            let id = query.int(0)
            order.append(id)
            byID[id] = Response(
                respondentKey: query.text(3), exportPath: query.text(1), sourceRow: query.int(2),
                series: SurveySeries(id: query.text(4), title: query.text(5)), wave: Wave(query.text(6)),
                cohort: Cohort(rawValue: query.text(7)) ?? .childrenInCare,
                ageBand: query.optionalText(8).flatMap { AgeBand(label: $0) }, answers: [], comments: [])
        }
        let answers = try database.prepare("SELECT response_id, question, kind, label FROM answers ORDER BY rowid")
        while try answers.next() {
            let value: Answer.Value = switch answers.text(2) {
            case "option": .option(answers.text(3))
            case "not-answered": .notAnswered
            default: .unrecognised
            }
            byID[answers.int(0)]?.answers.append(Answer(questionID: answers.text(1), value: value))
        }
        var tagsByComment: [Int: [ThemeTag]] = [:]
        let tags = try database.prepare("SELECT comment_id, theme, evidence, confidence FROM tags ORDER BY rowid")
        while try tags.next() {
            tagsByComment[tags.int(0), default: []].append(
                ThemeTag(themeID: tags.text(1), evidence: Self.decode(tags.text(2)), confidence: tags.double(3)))
        }
        let comments = try database.prepare(
            "SELECT id, response_id, question, text, polarity, concern FROM comments ORDER BY id")
        while try comments.next() {
            byID[comments.int(1)]?.comments.append(Comment(
                questionID: comments.text(2), text: comments.text(3), tags: tagsByComment[comments.int(0)] ?? [],
                polarity: Polarity(rawValue: comments.text(4)) ?? .neutral, hasConcern: comments.int(5) != 0))
        }
        return order.compactMap { byID[$0] }
    }

    /// How many responses the store holds.
    public func responseCount() throws(StoreError) -> Int {
        let query = try database.prepare("SELECT count(*) FROM responses")
        _ = try query.next()
        return query.int(0)
    }

    /// Records a run with its one-line outcome and summary (no personal data); returns its id. A run records
    /// itself inside its transaction, so the record commits with what the run changed, and `finishRun` adds how
    /// it ended.
    @discardableResult
    public func recordRun(started: Date, finished: Date, outcome: String, summary: String) throws(StoreError) -> Int64 {
        let formatter = ISO8601DateFormatter()
        try database.prepare("INSERT INTO runs (started_at, finished_at, outcome, summary) VALUES (?, ?, ?, ?)")
            .run([.text(formatter.string(from: started)), .text(formatter.string(from: finished)), .text(outcome),
                  .text(summary)])
        return database.lastInsertedRowID
    }

    /// Completes a run's record once its outputs are written.
    public func finishRun(_ id: Int64, finished: Date, outcome: String, summary: String) throws(StoreError) {
        try database.prepare("UPDATE runs SET finished_at = ?, outcome = ?, summary = ? WHERE id = ?")
            .run([.text(ISO8601DateFormatter().string(from: finished)), .text(outcome), .text(summary), .integer(id)])
    }

    /// The last run's finish time and outcome, if any.
    public func lastRun() throws(StoreError) -> (finished: String, outcome: String)? {
        let query = try database.prepare("SELECT finished_at, outcome FROM runs ORDER BY id DESC LIMIT 1")
        guard try query.next() else { return nil }
        return (query.text(0), query.text(1))
    }

    /// Evidence is stored as a JSON array of strings, written and read by hand: the hot path of loading a
    /// large store must not build a JSON coder per tag.
    static func encode(_ words: [String]) -> String {
        var output = "["
        for (index, word) in words.enumerated() {
            if index > 0 { output += "," }
            JSONString.write(word, to: &output)
        }
        return output + "]"
    }

    static func decode(_ text: String) -> [String] {
        if let fast = decodeSimple(text) { return fast }
        return (try? JSONDecoder().decode([String].self, from: Data(text.utf8))) ?? []
    }

    /// Reads `["a","b"]` with the escapes `encode` writes; nil for anything else (then JSONDecoder reads it).
    static func decodeSimple(_ text: String) -> [String]? {
        var scalars = text.unicodeScalars.makeIterator()
        guard scalars.next() == "[" else { return nil }
        var words: [String] = []
        var current = String.UnicodeScalarView()
        var inString = false
        while let scalar = scalars.next() {
            if inString {
                if scalar == "\"" {
                    words.append(String(current))
                    current = String.UnicodeScalarView()
                    inString = false
                } else if scalar == "\\" {
                    switch scalars.next() {
                    case "\""?: current.append("\"")
                    case "\\"?: current.append("\\")
                    case "n"?: current.append("\n")
                    case "r"?: current.append("\r")
                    case "t"?: current.append("\t")
                    default: return nil
                    }
                } else {
                    current.append(scalar)
                }
            } else if scalar == "\"" {
                inString = true
            } else if scalar == "]" {
                return words
            } else if scalar != "," {
                return nil
            }
        }
        return nil
    }
}
