import Foundation
import HeardCore

extension Store {
    func insert(_ responses: [Response], rowFingerprints: [Int64?], exportID: Int64) throws(StoreError) {
        let insertResponse = try database.prepare("""
            INSERT INTO responses (export_id, source_row, respondent_key, series, series_title, wave, cohort, age_band,
                                   row_fingerprint, answers)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertComment = try database.prepare(
            "INSERT INTO comments (response_id, question, text, polarity, concern, tags) VALUES (?, ?, ?, ?, ?, ?)")
        // The JSON (as bytes: `JSONBytes`) and the stored copy are made on every core, a batch at a time (all of it at once held 100 MB
        // more at the peak), the next batch's while this one's rows go in: the inserts are one connection's, so they keep one core.
        typealias Encoded = (answers: [UInt8], tags: [[UInt8]], copy: Response?)
        let batches = stride(from: 0, to: responses.count, by: Self.batch).map { $0..<min(responses.count, $0 + Self.batch) }
        let encode = { @Sendable (range: Range<Int>) -> Pending<[Encoded]> in
            Pending {
                ParallelMap.map(Array(responses[range])) { response in
                    (answers: Self.encodedBytes(response.answers), tags: response.comments.map { Self.encodedBytes($0.tags) },
                     copy: Self.storedCopy(of: response))
                }
            }
        }
        storedCopies.reserveCapacity(storedCopies.count + responses.count)
        var next = batches.first.map(encode)
        for (number, range) in batches.enumerated() {
            guard let encoded = next?.wait() else { break }
            next = batches.indices.contains(number + 1) ? encode(batches[number + 1]) : nil
            for (json, index) in zip(encoded, range) {
                let response = responses[index]
                let row: Int64? = index < rowFingerprints.count ? rowFingerprints[index] : nil
                try insertResponse.run { bind in
                    bind.integer(exportID)
                    bind.int(response.sourceRow)
                    bind.text(response.respondentKey)
                    bind.text(response.series.id)
                    bind.text(response.series.title)
                    bind.text(response.wave.label)
                    bind.text(response.cohort.rawValue)
                    bind.text(response.ageBand?.label)
                    bind.integer(row)
                    bind.text(bytes: json.answers)
                }
                let responseID = database.lastInsertedRowID
                storedCopies[responseID] = json.copy
                for (comment, tags) in zip(response.comments, json.tags) {
                    try insertComment.run { bind in
                        bind.integer(responseID)
                        bind.text(comment.questionID)
                        bind.text(comment.text)
                        bind.text(comment.polarity.rawValue)
                        bind.int(comment.hasConcern ? 1 : 0)
                        bind.text(bytes: tags)
                    }
                }
            }
        }
    }

    /// Every response held, with answers, comments and tags, in the order stored. Rows are read on one
    /// connection; their JSON is decoded on every core, a batch at a time, while the next batch is read.
    public func responses() throws(StoreError) -> [Response] {
        struct Fields: Sendable {
            var key, series, title, wave, cohort, answers: String
            var sourceRow: Int
            var ageBand: String?
        }
        /// A row read from its columns, or one this connection stored (`storedCopies`), whose columns are not read.
        enum Row: Sendable {
            case read(path: String, Fields)
            case copy(path: String, Response)
        }
        var position: [Int: Int] = [:]
        var rows: [Row] = []
        let query = try database.prepare("""
            SELECT r.id, e.path, r.source_row, r.respondent_key, r.series, r.series_title, r.wave, r.cohort, r.age_band,
                   r.answers
            FROM responses r JOIN exports e ON e.id = r.export_id ORDER BY r.id
            """)
        var responses: [Response] = []
        // At most two batches are decoded ahead of the reading, so the rows read are not all held at once.
        var decoding: [Pending<[Response]>] = []
        func decode() {
            let batch = rows
            decoding.append(Pending {
                ParallelMap.map(batch) { row in
                    switch row {
                    case .copy(let path, var response):
                        response.exportPath = path
                        return response
                    case .read(let path, let row):
                        return Response(respondentKey: row.key, exportPath: path, sourceRow: row.sourceRow,
                                        series: SurveySeries(id: row.series, title: row.title), wave: Wave(row.wave),
                                        cohort: Cohort(rawValue: row.cohort) ?? .childrenInCare,
                                        ageBand: row.ageBand.flatMap { AgeBand(label: $0) }, answers: Self.answers(row.answers),
                                        comments: [])
                    }
                }
            })
            rows.removeAll(keepingCapacity: true)
            if decoding.count > 2 { responses += decoding.removeFirst().wait() }
        }
        var read = 0
        while try query.next() {
            let id = query.int(0)
            if let copy = storedCopies[Int64(id)] {
                rows.append(.copy(path: query.text(1), copy))
            } else {
                position[id] = read
                rows.append(.read(path: query.text(1), Fields(
                    key: query.text(3), series: query.text(4), title: query.text(5), wave: query.text(6),
                    cohort: query.text(7), answers: query.text(9), sourceRow: query.int(2), ageBand: query.optionalText(8))))
            }
            read += 1
            if rows.count == Self.batch { decode() }
        }
        decode()
        for batch in decoding { responses += batch.wait() }
        // Comments are read only for the responses read from their columns.
        guard !position.isEmpty else { return responses }
        struct CommentRow: Sendable {
            var response: Int
            var question, text, polarity, tags: String
            var concern: Bool
        }
        var commentRows: [CommentRow] = []
        var attaching: [(rows: [CommentRow], tags: Pending<[[ThemeTag]]>)] = []
        func attach(_ batch: [CommentRow], _ tags: [[ThemeTag]]) {
            for (row, tags) in zip(batch, tags) {
                responses[row.response].comments.append(Comment(
                    questionID: row.question, text: row.text, tags: tags,
                    polarity: Polarity(rawValue: row.polarity) ?? .neutral, hasConcern: row.concern))
            }
        }
        func decodeTags() {
            let batch = commentRows
            attaching.append((batch, Pending { ParallelMap.map(batch) { Self.tags($0.tags) } }))
            commentRows.removeAll(keepingCapacity: true)
            if attaching.count > 2 {
                let (rows, tags) = attaching.removeFirst()
                attach(rows, tags.wait())
            }
        }
        let comments = try database.prepare(
            "SELECT response_id, question, text, polarity, concern, tags FROM comments ORDER BY id")
        while try comments.next() {
            guard let index = position[comments.int(0)] else { continue }
            commentRows.append(CommentRow(response: index, question: comments.text(1), text: comments.text(2),
                                          polarity: comments.text(3), tags: comments.text(5), concern: comments.int(4) != 0))
            if commentRows.count == Self.batch { decodeTags() }
        }
        decodeTags()
        for (rows, tags) in attaching { attach(rows, tags.wait()) }
        return responses
    }

    /// Rows whose JSON is encoded or decoded together, on every core: enough to share, few enough to hold.
    static let batch = 4_096

    /// `[["question", "option"|"not-answered"|"unrecognised", "label"|null], ...]`: `encodedBytes(answers)` as text.
    static func encode(_ answers: [Answer]) -> String { String(decoding: encodedBytes(answers), as: UTF8.self) }

    static func answers(_ text: String) -> [Answer] {
        (CompactJSON.parse(text)?.items ?? []).compactMap { item in
            let fields = item.items
            guard fields.count == 3, let question = fields[0].string, let kind = fields[1].string else { return nil }
            let value: Answer.Value = switch kind {
            case "option": .option(fields[2].string ?? "")
            case "not-answered": .notAnswered
            default: .unrecognised
            }
            return Answer(questionID: question, value: value)
        }
    }

    /// `[["theme", ["evidence", ...], confidence], ...]`: `encodedBytes(tags)` as text.
    static func encode(_ tags: [ThemeTag]) -> String { String(decoding: encodedBytes(tags), as: UTF8.self) }

    static func tags(_ text: String) -> [ThemeTag] {
        (CompactJSON.parse(text)?.items ?? []).compactMap { item in
            let fields = item.items
            guard fields.count == 3, let theme = fields[0].string, let confidence = fields[2].number else { return nil }
            return ThemeTag(themeID: theme, evidence: fields[1].items.compactMap(\.string), confidence: confidence)
        }
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
}
