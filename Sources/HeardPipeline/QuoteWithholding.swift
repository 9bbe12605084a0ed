import HeardPrivacy
import Synchronization

/// The final privacy scan asked of each comment before it is offered as a quote (see `SummaryBuilder.mayQuote`),
/// counting, from every core, the comments it kept back. A comment kept back still counts in every figure; the
/// run report says how many there were, never which, and each one is a redaction to improve.
final class QuoteWithholding: Sendable {
    private let withheld = Mutex(0)

    /// Whether `text` may be quoted: nothing in it looks like an identifier to `OutputScanner` as the last cell
    /// of a list's line (the review CSV). Read there, its first word no longer starts the line and a capital
    /// there reads as a name's, so the scan finds there all it finds in the text on a line of its own (a page)
    /// and more; one scan, not two (this runs on every comment that may be quoted).
    func mayQuote(_ text: String) -> Bool {
        let asListCell = "id,\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        guard OutputScanner.scan(asListCell).isEmpty else {
            withheld.withLock { $0 += 1 }
            return false
        }
        return true
    }

    /// Comments kept back so far.
    var count: Int { withheld.withLock { $0 } }
}
