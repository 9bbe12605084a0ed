/// Which exports are cumulative re-downloads of others. Microsoft Forms, Google Forms and SurveyMonkey give every
/// response so far in each download, so an officer who downloads in November and again in March has two files
/// whose second holds every row of the first. Counting both would count the November responses twice: the
/// export whose rows are all in another is superseded by it. Rows are compared by keyed fingerprint
/// (`RowFingerprint`: every non-empty cell under its header, so a question added to the form later, blank for
/// the old rows, does not hide the match).
enum Supersession {
    /// One export's rows.
    struct Rows {
        var id: Int64
        var sha256: String
        var fingerprints: Set<Int64>
    }

    /// Two exports that share rows without either holding all of the other's.
    struct Overlap: Equatable {
        var first: Int64
        var second: Int64
        var shared: Int
    }

    /// For each superseded export, the export that supersedes it: the largest export holding all its rows
    /// (equal sets: the one whose SHA-256 sorts first keeps counting, so the answer never depends on history).
    /// Exports without rows neither supersede nor are superseded. Also returns partial overlaps, for a warning.
    static func resolve(_ exports: [Rows]) -> (supersededBy: [Int64: Int64], overlaps: [Overlap]) {
        var holders: [Int64: [Int]] = [:]
        for (position, export) in exports.enumerated() {
            for fingerprint in export.fingerprints { holders[fingerprint, default: []].append(position) }
        }
        func outranks(_ a: Rows, _ b: Rows) -> Bool {
            a.fingerprints.count != b.fingerprints.count ? a.fingerprints.count > b.fingerprints.count : a.sha256 < b.sha256
        }
        var supersededBy: [Int64: Int64] = [:]
        var overlaps: [Overlap] = []
        for (position, export) in exports.enumerated() where !export.fingerprints.isEmpty {
            var shared: [Int: Int] = [:]
            for fingerprint in export.fingerprints {
                for other in holders[fingerprint] ?? [] where other != position { shared[other, default: 0] += 1 }
            }
            var best: Rows?
            for (other, count) in shared {
                let candidate = exports[other]
                if count == export.fingerprints.count, outranks(candidate, export) {
                    if best.map({ outranks(candidate, $0) }) ?? true { best = candidate }
                } else if count < export.fingerprints.count, count < candidate.fingerprints.count, export.id < candidate.id {
                    overlaps.append(Overlap(first: export.id, second: candidate.id, shared: count))
                }
            }
            if let best { supersededBy[export.id] = best.id }
        }
        return (supersededBy, overlaps.sorted { ($0.first, $0.second) < ($1.first, $1.second) })
    }
}
