import HeardCore

extension Store {
    /// `response` as `responses()` reads it back once stored, or nil when the two could differ, so it must be
    /// read back: points are not stored (they are assigned when summaries are made); a text column ends at
    /// its first NUL character (SQLite is given C strings); a confidence that is not a finite positive number (or nought) or an age
    /// band whose label does not read back as itself are not kept as they were. Everything else (answers and
    /// tags as JSON, numbers in their shortest exact form, cohort and polarity by name) reads back unchanged.
    static func storedCopy(of response: Response) -> Response? {
        let columns = [response.respondentKey, response.series.id, response.series.title, response.wave.label]
            + response.comments.flatMap { [$0.questionID, $0.text] }
        guard !columns.contains(where: { $0.utf8.contains(0) }),
              response.comments.allSatisfy({ $0.tags.allSatisfy { $0.confidence.isFinite && $0.confidence.sign == .plus } }),
              response.ageBand.map({ AgeBand(label: $0.label) == $0 }) ?? true else { return nil }
        var copy = response
        for index in copy.comments.indices where !copy.comments[index].points.isEmpty {
            copy.comments[index].points = []
        }
        return copy
    }
}
