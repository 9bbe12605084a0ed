import HeardPrivacy
import Synchronization

/// The final privacy scan asked of each comment before it is offered as a quote (see `SummaryBuilder.mayQuote`),
/// counting, from every core, the comments it kept back. A comment kept back still counts in every figure; the
/// run report says how many there were, never which, and each one is a redaction to improve.
final class QuoteWithholding: Sendable {
    private let withheld = Mutex(0)

    /// Whether `text` may be quoted: nothing in it looks like an identifier to `OutputScanner`, neither on a
    /// line of its own (a page) nor as the last cell of a list's line (the review CSV), where its first word no
    /// longer starts the line and a capital there reads as a name's.
    func mayQuote(_ text: String) -> Bool {
        let asListCell = "id,\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        guard OutputScanner.scan(text).isEmpty, OutputScanner.scan(asListCell).isEmpty else {
            withheld.withLock { $0 += 1 }
            return false
        }
        return true
    }

    /// Comments kept back so far.
    var count: Int { withheld.withLock { $0 } }
}
