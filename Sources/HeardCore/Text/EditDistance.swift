/// Damerau-Levenshtein distance in its optimal string alignment form: insertions, deletions, changes and swaps
/// of two neighbours, each costing one. Answer labels compare `Character`s ("Allways" for "Always"), redaction
/// compares the bytes of a lower-cased ASCII word ("feburary" for "february").
public enum EditDistance {
    /// Whether `lhs` and `rhs` are at most `limit` edits apart.
    public static func within(_ limit: Int, _ lhs: String, _ rhs: String) -> Bool {
        distance(Array(lhs), Array(rhs)) <= limit
    }

    /// The number of edits that turn `a` into `b`.
    public static func distance<Element: Equatable>(_ a: [Element], _ b: [Element]) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }

    /// Whether `a` and `b` are at most one edit apart (a letter missed, added or changed, or two neighbours
    /// swapped): `distance(a, b) <= 1`, compared element by element without building anything.
    @inlinable
    public static func isOneSlip<Element: Equatable>(_ a: [Element], _ b: [Element]) -> Bool {
        if a.count == b.count {
            var first = -1, second = -1, differences = 0
            for index in a.indices where a[index] != b[index] {
                differences += 1
                if differences == 1 { first = index } else if differences == 2 { second = index } else { return false }
            }
            if differences <= 1 { return true }
            return second == first + 1 && a[first] == b[second] && a[second] == b[first]
        }
        let (short, long) = a.count < b.count ? (a, b) : (b, a)
        guard long.count == short.count + 1 else { return false }
        var i = 0, j = 0, skipped = false
        while i < short.count {
            if short[i] == long[j] {
                i += 1
                j += 1
            } else {
                guard !skipped else { return false }
                skipped = true
                j += 1
            }
        }
        return true
    }
}
