import Dispatch
import Foundation
import HeardCore
import HeardIngest
import HeardNormalise
import HeardPrivacy
import HeardThemes

/// Turns one export's bytes into anonymised, tagged responses: ingest, normalise, privacy, themes.
/// No I/O: the pipeline hands it bytes and stores what it returns.
struct ExportProcessor: Sendable {
    var ingester: Ingester
    var normaliser: Normaliser
    var tagger: ThemeTagger
    var pseudonymiser: Pseudonymiser
    var fingerprinter: RowFingerprint
    var screen = SafeguardingScreen()
    /// Pseudonyms of young people who asked to be forgotten: their rows are never stored again.
    var erased: Set<String> = []
    /// Fingerprints of forgotten rows: never stored again, wherever the row turns up.
    var erasedRows: Set<Int64> = []
    /// The workspace's own places (`Surveys/places.txt`), never taken for names.
    var places: PlaceList?
    /// The framework's points (the summaries' matcher): when given, each tagged comment's points are found as it
    /// is tagged, from the same reading of its words (`Result.points`).
    var points: PointMatcher?

    /// The polarity a question invites, used only to break ties ("What could be better?" invites requests).
    static let invitedPolarity: [String: Polarity] = [
        "comment-what-good": .positive, "comment-what-better": .request,
    ]

    struct Result {
        var profile: String
        var responses: [Response]
        /// The closed questions the export asked, with every answer label given.
        var questions: [AskedQuestion]
        /// Disclosures found, verbatim, for the restricted safeguarding list only.
        var concerns: [Concern]
        /// Keyed fingerprints of the rows that are responses (forgotten ones included: they are still the
        /// export's rows), for recognising a cumulative re-download.
        var fingerprints: [Int64]
        /// The fingerprint of each response's row, in the order of `responses`.
        var responseRows: [Int64?]
        /// Whether rows carry a respondent id or submission time (see `ExportRecord.identifiable`).
        var identifiable: Bool
        /// The points each tagged comment makes (`PointsAhead.Ask`: its redacted text and themes), found with
        /// `points` as it was tagged; nil without `points`.
        var points: [PointsAhead.Ask: [String]]?
        /// Seconds spent in each step, for the run report.
        var seconds: [String: Double]
    }

    /// What a comment is tagged from: its redacted text (by the position of its raw text among the export's
    /// distinct texts: the same raw text is redacted the same) and the polarity its question invites.
    private struct TagRequest: Hashable, Sendable {
        var text: Int
        var hint: Polarity?
    }

    /// A response read from a sheet, with the fingerprint of its row.
    private struct Read {
        var response: NormalisedResponse
        var key: String
        var row: Int64?
    }

    func process(_ bytes: [UInt8], source: SourceLocation, foundAt: String,
                 diagnostics: any DiagnosticSink) throws(Diagnostic) -> Result {
        var clock = StepClock(cpu: true)
        let tables = try ingester.read(bytes, source: source, diagnostics: diagnostics)
        clock.lap("read and parse")
        // Row fingerprints need only the tables: they are made on the other core while this one normalises.
        let fingerprinter = fingerprinter
        let tablePrints = Pending { tables.map(fingerprinter.fingerprints(of:)) }
        // So is the screen, on each sheet's comments as soon as its columns are mapped.
        let ahead = ScreenAhead(screen: screen)
        let sheets: [(index: Int, table: Table, result: Normaliser.Result)]
        do { sheets = try responseSheets(tables, source: source, ahead: ahead, diagnostics: diagnostics) } catch {
            _ = tablePrints.wait()
            _ = ahead.finish()
            throw error
        }
        clock.lap("normalise")
        let prints = tablePrints.wait()
        var profiles: [String] = []
        var identifying: [Bool] = []
        var normalised: [NormalisedResponse] = []
        var fingerprints: [Int64] = []
        // The fingerprint of each response's row, in the order of `normalised`.
        var responseRows: [Int64?] = []
        // Answer labels an export wrote itself are published, so they are redacted like comments (a name typed
        // as an answer), except that a label several young people gave is the survey's own option unless it
        // names someone in this export's identity columns. The redactor that denies the identity columns takes
        // a while to build: on another core, while this one matches fingerprints and makes pseudonyms (neither
        // depends on labels).
        let identityValues = sheets.flatMap { $0.result.responses.flatMap(\.identity.values) }, places = places
        let building = Pending { Redactor(denyList: identityValues, places: places) }
        for (index, table, result) in sheets {
            let rows = Dictionary(zip(table.rows.map(\.sourceRow), prints[index]),
                                  uniquingKeysWith: { first, _ in first })
            for response in result.responses {
                let fingerprint = response.location.row.flatMap { rows[$0] }
                responseRows.append(fingerprint)
                if let fingerprint { fingerprints.append(fingerprint) }
            }
        }
        let pseudonymiser = pseudonymiser
        let keys = sheets.map { sheet in
            ParallelMap.map(sheet.result.responses) { response in
                pseudonymiser.pseudonym(series: response.series, sourceID: response.identity.sourceID,
                                        fallback: response.location)
            }
        }
        let firstPass = building.wait()
        let patternsOnly = Redactor()
        var questions: [AskedQuestion] = []
        for (_, _, var result) in sheets {
            result.relabel { label, given in
                let redacted = firstPass.redact(label)
                guard redacted != label, given >= 3 else { return redacted }
                return patternsOnly.redact(label) == label ? redacted : label
            }
            questions += result.questions
            profiles.append(result.profile.id)
            identifying.append(result.profile.columns.contains { $0.role == .respondentID || $0.role == .submitted })
            normalised += result.responses
        }
        clock.lap("fingerprint rows")
        let keyed = zip(zip(normalised, keys.joined()), responseRows).compactMap { pair, row -> Read? in
            let (response, key) = pair
            if erased.contains(key) { return nil }
            if let row, erasedRows.contains(row) { return nil }
            return Read(response: response, key: key, row: row)
        }
        let (responses, concerns, points) = anonymise(keyed, firstPass: firstPass, ahead: ahead, source: source,
                                                       foundAt: foundAt, clock: &clock)
        return Result(profile: Array(Set(profiles)).sorted().joined(separator: ", "), responses: responses,
                      questions: questions, concerns: concerns, fingerprints: fingerprints, responseRows: keyed.map(\.row), identifiable: identifying.allSatisfy { $0 },
                      points: points, seconds: clock.totals)
    }

    /// The sheets that hold survey responses, normalised. In a workbook of several sheets, a sheet with nothing
    /// but free text (instructions, notes for staff) beside sheets with questions, ids or dates is skipped with
    /// a note, and so is a sheet in which no column looks like a question; never silently.
    private func responseSheets(_ tables: [Table], source: SourceLocation, ahead: ScreenAhead,
                                diagnostics: any DiagnosticSink) throws(Diagnostic) -> [(index: Int, table: Table, result: Normaliser.Result)] {
        var read: [(index: Int, table: Table, result: Normaliser.Result)] = []
        var firstError: Diagnostic?
        for (index, table) in tables.enumerated() {
            let prepared = normaliser.prepared(table, diagnostics: diagnostics)
            ahead.add(prepared.rows, columns: prepared.commentColumns)
            do { read.append((index, table, try normaliser.normalise(prepared, diagnostics: diagnostics))) } catch {
                firstError = firstError ?? error
                if tables.count > 1 {
                    diagnostics.emit(.note("this sheet holds no survey responses: skipped", at: table.source))
                }
            }
        }
        guard !read.isEmpty else { throw firstError ?? .error("the workbook has no sheet with survey responses", at: source) }
        guard read.count > 1 else { return read }
        let substantive = { (result: Normaliser.Result) in
            result.profile.columns.contains { [.question, .respondentID, .submitted].contains($0.role) }
        }
        guard read.contains(where: { substantive($0.result) }) else { return read }
        for (_, table, result) in read where !substantive(result) {
            diagnostics.emit(.note("this sheet holds only free text beside sheets of survey answers (instructions or "
                                   + "notes, say): skipped", at: table.source))
        }
        return read.filter { substantive($0.result) }
    }

    /// Screens every comment on the young person's own words, then redacts and tags it. Everything in this
    /// export's identity columns is redacted from all of its comments, and so is any name found in one comment
    /// wherever it recurs in another: a first pass finds names; comments holding one of them are redacted again
    /// with it denied. Comments are independent, so both cores share the work.
    private func anonymise(_ keyed: [Read], firstPass: Redactor, ahead: ScreenAhead, source: SourceLocation,
                           foundAt: String, clock: inout StepClock) -> ([Response], [Concern], [PointsAhead.Ask: [String]]?) {
        let raws = keyed.flatMap(\.response.comments)
        // Each distinct text is redacted and screened once, each distinct (redacted text, invited polarity)
        // tagged once: the results depend on nothing else.
        let texts = Distinct(raws.lazy.map(\.text))
        // The shapes' passes do not depend on the names denied: kept, so a second pass only looks for names again.
        let first = ParallelMap.map(texts.values) { raw in
            let shaped = firstPass.redactShapes(raw)
            return (shaped: shaped, found: firstPass.redactNames(in: shaped))
        }
        let foundNames = Set(first.flatMap(\.found.names))
        let redactor = firstPass.denying(foundNames)
        clock.lap("redact")
        let screenedAhead = ahead.finish()
        let read = ParallelMap.map(Array(texts.values.indices)) { index -> (text: String, screened: SafeguardingScreen.Result) in
            let raw = texts.values[index]
            var text = first[index].found.text
            if !foundNames.isEmpty, Self.mentionsAny(foundNames, in: text) {
                // The schools are the first pass's: they depend on the shaped text alone.
                text = redactor.redactNames(in: first[index].shaped, earlier: first[index].found).text
            }
            return (text, screenedAhead[raw] ?? screen.scan(raw))
        }
        let perComment = texts.spread(read)
        // Tagging depends on nothing but the redacted text and the hint, so the same raw text and hint are
        // tagged once (two raw texts that redact alike are tagged apart, alike); keyed by position, not by text.
        let toTag = Distinct(zip(raws, texts.positions).map { raw, position in
            TagRequest(text: position, hint: Self.invitedPolarity[raw.questionID])
        })
        let tagging = tagged(toTag.values.map { (read[$0.text].text, $0.hint) })
        let tags = toTag.spread(tagging.results)
        let processed = raws.indices.map { index -> (Comment, SafeguardingScreen.Result) in
            let (text, screened) = perComment[index], tagged = tags[index]
            return (Comment(questionID: raws[index].questionID, text: text, tags: tagged.tags, polarity: tagged.polarity,
                            hasConcern: screened.isConcern), screened)
        }
        clock.lap("screen and tag")
        var concerns: [Concern] = []
        var cursor = 0
        let responses = keyed.map { read in
            let response = read.response
            var comments: [Comment] = []
            for raw in response.comments {
                let (comment, screened) = processed[cursor]
                cursor += 1
                comments.append(comment)
                if screened.isConcern {
                    concerns.append(Concern(
                        id: SafeguardingList.id(location: raw.location, text: raw.text), kinds: screened.kinds,
                        evidence: screened.evidence.map { $0.trimmingCharacters(in: .whitespaces) },
                        location: raw.location, respondentID: response.identity.sourceID, text: raw.text,
                        foundAt: foundAt, acknowledgedBy: nil, acknowledgedAt: nil))
                }
            }
            return Response(
                respondentKey: read.key,
                exportPath: source.file, sourceRow: response.location.row ?? 0, series: response.series,
                wave: response.wave, cohort: response.cohort, ageBand: response.ageBand, answers: response.answers,
                comments: comments)
        }
        return (responses, concerns, tagging.points)
    }
}
