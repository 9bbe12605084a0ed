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
    var screen = SafeguardingScreen()
    /// Pseudonyms of young people who asked to be forgotten: their rows are never stored again.
    var erased: Set<String> = []
    /// The workspace's own places (`Surveys/places.txt`), never taken for names.
    var places: PlaceList?

    /// The polarity a question invites, used only to break ties ("What could be better?" invites requests).
    static let invitedPolarity: [String: Polarity] = [
        "comment-what-good": .positive, "comment-what-better": .request,
    ]

    /// Whether a redacted comment still holds one of the names found elsewhere in its export.
    static func mentionsAny(_ names: Set<String>, in text: String) -> Bool {
        let lower = text.lowercased()
        guard TextFolding.isASCII(lower) else {
            return lower.split { !$0.isLetter && $0 != "'" && $0 != "-" }.contains { names.contains(String($0)) }
        }
        return lower.utf8.split { !((97...122).contains($0) || $0 == 39 || $0 == 45) }
            .contains { names.contains(String(decoding: $0, as: UTF8.self)) }
    }

    struct Result {
        var profile: String
        var responses: [Response]
        /// The closed questions the export asked, with every answer label given.
        var questions: [AskedQuestion]
        /// Disclosures found, verbatim, for the restricted safeguarding list only.
        var concerns: [Concern]
    }

    func process(_ bytes: [UInt8], source: SourceLocation, foundAt: String,
                 diagnostics: any DiagnosticSink) throws(Diagnostic) -> Result {
        let tables = try ingester.read(bytes, source: source, diagnostics: diagnostics)
        guard let table = tables.first else { throw .error("the workbook has no sheets", at: source) }
        var normalised = try normaliser.normalise(table, diagnostics: diagnostics)
        let firstPass = Redactor(denyList: normalised.responses.flatMap(\.identity.values), places: places)
        // Answer labels an export wrote itself are published, so they are redacted like comments (a name typed
        // as an answer), except that a label several young people gave is the survey's own option unless it
        // names someone in this export's identity columns.
        let patternsOnly = Redactor()
        normalised.relabel { label, given in
            let redacted = firstPass.redact(label)
            guard redacted != label, given >= 3 else { return redacted }
            return patternsOnly.redact(label) == label ? redacted : label
        }
        let keyed = normalised.responses.map { response in
            (response, pseudonymiser.pseudonym(series: response.series, sourceID: response.identity.sourceID,
                                               fallback: response.location))
        }.filter { !erased.contains($0.1) }
        let kept = keyed.map(\.0)
        // Everything in this export's identity columns is redacted from all of its comments, and so is any name
        // found in one comment wherever it recurs in another: a first pass finds names; comments holding one
        // of them are redacted again with it denied. Comments are independent, so both cores share the work.
        let raws = kept.flatMap(\.comments)
        let first = ParallelMap.map(raws) { firstPass.redactCollecting($0.text) }
        let foundNames = Set(first.flatMap(\.names))
        let redactor = firstPass.denying(foundNames)
        let processed = ParallelMap.map(Array(raws.indices)) { index -> (Comment, SafeguardingScreen.Result) in
            let raw = raws[index]
            // Safeguarding first, on the young person's own words.
            let screened = screen.scan(raw.text)
            var text = first[index].text
            if !foundNames.isEmpty, Self.mentionsAny(foundNames, in: text) { text = redactor.redact(raw.text) }
            let tagged = tagger.tag(text, hint: Self.invitedPolarity[raw.questionID])
            return (Comment(questionID: raw.questionID, text: text, tags: tagged.tags, polarity: tagged.polarity,
                            hasConcern: screened.isConcern), screened)
        }
        var concerns: [Concern] = []
        var cursor = 0
        let responses = keyed.map { response, key in
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
                respondentKey: key,
                exportPath: source.file, sourceRow: response.location.row ?? 0, series: response.series,
                wave: response.wave, cohort: response.cohort, ageBand: response.ageBand, answers: response.answers,
                comments: comments)
        }
        return Result(profile: normalised.profile.id, responses: responses, questions: normalised.questions,
                      concerns: concerns)
    }
}
