import HeardCore

extension Store {
    /// `response` as `responses()` reads it back once stored, or nil when the two could differ, so it must be
    /// read back: points are not stored (they are assigned when summaries are made); a text column ends at
    /// its first NUL character (SQLite is given C strings); a confidence that is not a finite positive number (or nought) or an age
    /// band whose label does not read back as itself are not kept as they were. Everything else (answers and
    /// tags as JSON, numbers in their shortest exact form, cohort and polarity by name) reads back unchanged.
    static func storedCopy(of response: Response) -> Response? {
        guard !holdsNUL(response.respondentKey), !holdsNUL(response.series.id), !holdsNUL(response.series.title),
              !holdsNUL(response.wave.label), !response.comments.contains(where: { holdsNUL($0.questionID) || holdsNUL($0.text) }),
              response.comments.allSatisfy({ $0.tags.allSatisfy { $0.confidence.isFinite && $0.confidence.sign == .plus } }),
              response.ageBand.map({ AgeBand(label: $0.label) == $0 }) ?? true else { return nil }
        var copy = response
        for index in copy.comments.indices where !copy.comments[index].points.isEmpty {
            copy.comments[index].points = []
        }
        return copy
    }

    /// Whether a text holds a NUL character (where SQLite, given it as a C string, would end it).
    private static func holdsNUL(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { $0.contains(0) } ?? text.utf8.contains(0)
    }
}
