import Foundation

/// One match a pattern reader is asked about: its text, the comment's text before and after it (as the comment
/// stands when it is asked, with later matches already replaced), and its capture groups. Every pattern reader
/// (`CodedReferences`, `LooseNINumbers`, `NumericDates`, `DateRedaction`, `Patterns`) shares the loop in
/// `splice` and keeps only its own decision.
struct PatternHit {
    /// The comment as it stands when this match is read.
    let text: String
    /// The part that is replaced when the match is accepted.
    let range: Range<String.Index>
    private let found: NSTextCheckingResult?

    var value: Substring { text[range] }
    var before: Substring { text[..<range.lowerBound] }
    var after: Substring { text[range.upperBound...] }

    /// A capture group's text, or nil when it took no part in the match (or the match came from no pattern).
    func group(_ index: Int) -> Substring? {
        guard let found, index < found.numberOfRanges, let range = Range(found.range(at: index), in: text) else { return nil }
        return text[range]
    }

    /// Replaces each match the reader accepts by the placeholder, last first, so the ranges of the matches
    /// before it still hold: `ranges` are UTF-16 ranges of `text`, in order, apart.
    static func splice(_ text: String, _ ranges: [(range: NSRange, found: NSTextCheckingResult?)], with placeholder: Placeholder,
                       when accept: (PatternHit) -> Bool) -> String {
        guard !ranges.isEmpty else { return text }
        var result = text
        for (range, found) in ranges.reversed() {
            guard range.location != NSNotFound, let swiftRange = Range(range, in: result),
                  accept(PatternHit(text: result, range: swiftRange, found: found)) else { continue }
            result.replaceSubrange(swiftRange, with: placeholder.rawValue)
        }
        return result
    }
}
