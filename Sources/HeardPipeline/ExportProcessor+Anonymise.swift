import Foundation
import HeardCore
import HeardNormalise
import HeardPrivacy
import HeardThemes

/// An export's comments screened, redacted and tagged, and its responses and concerns made from them.
extension ExportProcessor {
    /// What a comment is tagged from: its redacted text (by the position of its raw text among the export's
    /// distinct texts: the same raw text is redacted the same) and the polarity its question invites.
    private struct TagRequest: Hashable, Sendable {
        var text: Int
        var hint: Polarity?
    }

    /// Screens every comment on the young person's own words, then redacts and tags it. Everything in this
    /// export's identity columns is redacted from all of its comments, and so is any name found in one comment
    /// wherever it recurs in another: a first pass finds names; comments holding one of them are redacted again
    /// with it denied. Comments are independent, so both cores share the work.
    func anonymise(_ keyed: [Read], firstPass: Redactor, ahead: ScreenAhead, source: SourceLocation,
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
        let readings = ParallelMap.map(Array(texts.values.indices)) { index -> (text: String, screened: SafeguardingScreen.Result) in
            let raw = texts.values[index]
            var text = first[index].found.text
            if !foundNames.isEmpty, Self.mentionsAny(foundNames, in: text) {
                // The schools are the first pass's: they depend on the shaped text alone.
                text = redactor.redactNames(in: first[index].shaped, earlier: first[index].found).text
            }
            return (text, screenedAhead[raw] ?? screen.scan(raw))
        }
        // Tagging depends on nothing but the redacted text and the hint, so the same raw text and hint are
        // tagged once (two raw texts that redact alike are tagged apart, alike); keyed by position, not by text.
        let toTag = Distinct(zip(raws, texts.positions).map { raw, position in
            TagRequest(text: position, hint: Self.invitedPolarity[raw.questionID])
        })
        let tagging = tagged(toTag.values.map { (readings[$0.text].text, $0.hint) })
        clock.lap("screen and tag")
        // Each comment takes its distinct text's reading and its request's tags by position: nothing is spread
        // into a copy per comment first.
        var concerns: [Concern] = []
        var cursor = 0
        let responses = keyed.map { read in
            let response = read.response
            var comments: [Comment] = []
            comments.reserveCapacity(response.comments.count)
            for raw in response.comments {
                let (text, screened) = readings[texts.positions[cursor]]
                let tagged = tagging.results[toTag.positions[cursor]]
                cursor += 1
                comments.append(Comment(questionID: raw.questionID, text: text, tags: tagged.tags,
                                        polarity: tagged.polarity, hasConcern: screened.isConcern))
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
        // The export's working copies are let go of on another core, while the commit goes on (see `Pipeline.run`).
        BackgroundRelease.release((raws, texts, first, readings, toTag, tagging.results, screenedAhead))
        return (responses, concerns, tagging.points)
    }
}
