/// Small-count suppression for a group of counts that add up to a published total (answers to one question,
/// age bands of one wave): counts from 1 to the threshold are hidden (primary suppression), and where exactly
/// one count would be hidden, the next smallest is hidden too (secondary suppression), so that no hidden count
/// can be worked out by taking the others from the total.
public enum DisclosureControl {
    public static func protect(_ counts: [Int], threshold: Int, totalPublished: Bool = true) -> [PublishedCount] {
        var published = counts.map { PublishedCount($0, threshold: threshold) }
        guard totalPublished else { return published }
        let hidden = published.indices.filter { published[$0].isSuppressed }
        if hidden.count == 1 {
            // Hide the smallest other non-zero count as well (a zero if there is no other).
            let others = published.indices.filter { !published[$0].isSuppressed }
            let next = others.filter { counts[$0] > 0 }.min { counts[$0] < counts[$1] } ?? others.first
            if let next { published[next] = .hidden(threshold: threshold) }
        }
        return published
    }

    /// Whether a part of a published total may be shown beside it: the part and the rest must both be 0 or
    /// above the threshold ("19 of 22" would show that 3 did not), and among the answers that make up each
    /// side, hidden ones must not stand alone (else they could be worked out).
    public static func partMayBeShown(part: Int, total: Int, threshold: Int, hiddenInPart: Int, hiddenInRest: Int) -> Bool {
        let rest = total - part
        let small = { (value: Int) in (1...max(1, threshold)).contains(value) }
        return !small(part) && !small(rest) && !small(total) && hiddenInPart != 1 && hiddenInRest != 1
    }
}

extension PublishedCount {
    /// A count hidden by secondary suppression (shown as "hidden", `null` in JSON).
    public static func hidden(threshold: Int) -> PublishedCount {
        var count = PublishedCount(1, threshold: threshold)
        count.isSecondary = true
        return count
    }
}
