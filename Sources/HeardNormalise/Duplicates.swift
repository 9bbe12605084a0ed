import HeardCore

/// One respondent submitting twice in one wave of a series counts once: the latest submission is kept (by
/// submission date, then by row) and the earlier rows are reported, one line for all of them.
enum Duplicates {
    static func keepLatest(_ read: [(response: NormalisedResponse, submitted: CalendarDate?)],
                           tally: inout RowTally) -> [NormalisedResponse] {
        /// Whose submission in which wave of which series (no string is joined for it).
        struct Key: Hashable {
            var series: String
            var wave: String
            var respondent: String
        }
        var latest: [Key: Int] = [:]
        latest.reserveCapacity(read.count)
        var dropped: Set<Int> = []
        // By position: each row's fields are read in place (a copy of the row retained every string it holds).
        for index in read.indices {
            guard let id = read[index].response.identity.sourceID?.lowercased() else { continue }
            let key = Key(series: read[index].response.series.id, wave: read[index].response.wave.label, respondent: id)
            guard let previous = latest[key] else {
                latest[key] = index
                continue
            }
            let earlier = read[previous].submitted, now = read[index].submitted
            let replace = (earlier ?? now ?? CalendarDate(year: 0, month: 1, day: 1)) <= (now ?? earlier
                ?? CalendarDate(year: 0, month: 1, day: 1))
            let loser = replace ? previous : index
            dropped.insert(loser)
            if replace { latest[key] = index }
            tally.add(.note, "the same respondent answered again in this wave: the earlier submission is replaced by "
                      + "the later one", column: nil, row: read[loser].response.location.row ?? 0)
        }
        guard !dropped.isEmpty else { return read.map(\.response) }
        return read.indices.filter { !dropped.contains($0) }.map { read[$0].response }
    }
}
