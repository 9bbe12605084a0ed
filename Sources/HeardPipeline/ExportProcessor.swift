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

    /// A response read from a sheet, with the fingerprint of its row.
    struct Read {
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
        var fingerprints: [Int64] = []
        // The fingerprint of each response's row, sheet by sheet in row order.
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
        // The responses to store (forgotten ones left out), each read once from its relabelled sheet.
        var keyed: [Read] = []
        keyed.reserveCapacity(responseRows.count)
        var offset = 0
        for (sheet, (_, _, var result)) in sheets.enumerated() {
            result.relabel { label, given in
                let redacted = firstPass.redact(label)
                guard redacted != label, given >= 3 else { return redacted }
                return patternsOnly.redact(label) == label ? redacted : label
            }
            questions += result.questions
            profiles.append(result.profile.id)
            identifying.append(result.profile.columns.contains { $0.role == .respondentID || $0.role == .submitted })
            for (index, response) in result.responses.enumerated() {
                let key = keys[sheet][index], row = responseRows[offset + index]
                if erased.contains(key) { continue }
                if let row, erasedRows.contains(row) { continue }
                keyed.append(Read(response: response, key: key, row: row))
            }
            offset += result.responses.count
        }
        clock.lap("fingerprint rows")
        let (responses, concerns, points) = anonymise(keyed, firstPass: firstPass, ahead: ahead, source: source,
                                                       foundAt: foundAt, clock: &clock)
        let result = Result(profile: Array(Set(profiles)).sorted().joined(separator: ", "), responses: responses,
                            questions: questions, concerns: concerns, fingerprints: fingerprints,
                            responseRows: keyed.map(\.row), identifiable: identifying.allSatisfy { $0 },
                            points: points, seconds: clock.totals)
        // What the export was read into is let go of on another core, while the commit goes on (see `Pipeline.run`).
        BackgroundRelease.release((tables, sheets, prints, keyed, firstPass))
        return result
    }
}
