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
    var tagger: KeywordTagger
    var pseudonymiser: Pseudonymiser
    var screen = SafeguardingScreen()

    /// The polarity a question invites, used only to break ties ("What could be better?" invites requests).
    static let invitedPolarity: [String: Polarity] = [
        "comment-what-good": .positive, "comment-what-better": .request,
    ]

    struct Result {
        var profile: String
        var responses: [Response]
        /// Disclosures found, verbatim, for the restricted safeguarding list only.
        var concerns: [Concern]
    }

    func process(_ bytes: [UInt8], source: SourceLocation, foundAt: String,
                 diagnostics: any DiagnosticSink) throws(Diagnostic) -> Result {
        let tables = try ingester.read(bytes, source: source, diagnostics: diagnostics)
        guard let table = tables.first else { throw .error("the workbook has no sheets", at: source) }
        let normalised = try normaliser.normalise(table, diagnostics: diagnostics)
        // Everything in this export's identity columns is redacted from all of its comments, and so is any name
        // found in one comment wherever it recurs in another: a first pass finds names, a second denies them.
        let firstPass = Redactor(denyList: normalised.responses.flatMap(\.identity.values))
        var foundNames: Set<String> = []
        for response in normalised.responses {
            for comment in response.comments { foundNames.formUnion(firstPass.redactCollecting(comment.text).names) }
        }
        let redactor = firstPass.denying(foundNames)
        var concerns: [Concern] = []
        let responses = normalised.responses.map { response in
            Response(
                respondentKey: pseudonymiser.pseudonym(series: response.series, sourceID: response.identity.sourceID,
                                                       fallback: response.location),
                exportPath: source.file, sourceRow: response.location.row ?? 0, series: response.series,
                wave: response.wave, cohort: response.cohort, ageBand: response.ageBand, answers: response.answers,
                comments: response.comments.map { raw in
                    // Safeguarding first, on the young person's own words.
                    let screened = screen.scan(raw.text)
                    if screened.isConcern {
                        concerns.append(Concern(
                            id: SafeguardingList.id(location: raw.location, text: raw.text), kinds: screened.kinds,
                            evidence: screened.evidence.map { $0.trimmingCharacters(in: .whitespaces) },
                            location: raw.location, respondentID: response.identity.sourceID, text: raw.text,
                            foundAt: foundAt, acknowledgedBy: nil, acknowledgedAt: nil))
                    }
                    let text = redactor.redact(raw.text)
                    let tagged = tagger.tag(text, hint: Self.invitedPolarity[raw.questionID])
                    return Comment(questionID: raw.questionID, text: text, tags: tagged.tags, polarity: tagged.polarity,
                                   hasConcern: screened.isConcern)
                })
        }
        return Result(profile: normalised.profile.id, responses: responses, concerns: concerns)
    }
}
