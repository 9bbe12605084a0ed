import HeardCore
import HeardThemes

extension ExportProcessor {
    /// Each (redacted text, invited polarity) tagged, on every core; with `points`, each tagged text's points
    /// found too, under the themes it was given, from the reading the tagger made (the point matcher would read
    /// the same text the same way again when the summaries are made). A text given no theme makes no point.
    func tagged(_ requests: [(text: String, hint: Polarity?)]) -> (results: [TaggingResult], points: [PointsAhead.Ask: [String]]?) {
        let tagger = tagger
        guard let matcher = points else {
            return (ParallelMap.map(requests) { tagger.tag($0.text, hint: $0.hint) }, nil)
        }
        let done = ParallelMap.map(requests) { request -> (result: TaggingResult, points: [String]?) in
            let reading = TextReading(request.text)
            let result = tagger.tag(reading, hint: request.hint)
            guard !result.tags.isEmpty else { return (result, nil) }
            return (result, matcher.points(in: reading, themes: result.tags.map(\.themeID)))
        }
        var found: [PointsAhead.Ask: [String]] = [:]
        found.reserveCapacity(requests.count)
        for (request, made) in zip(requests, done) {
            guard let points = made.points else { continue }
            found[PointsAhead.Ask(text: request.text, themes: made.result.tags.map(\.themeID))] = points
        }
        return (done.map(\.result), found)
    }
}
