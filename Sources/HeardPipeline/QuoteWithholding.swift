import HeardPrivacy
import Synchronization

/// The final privacy scan asked of each comment before it is offered as a quote (see `SummaryBuilder.mayQuote`),
/// counting, from every core, the comments it kept back. A comment kept back still counts in every figure; the
/// run report says how many there were, never which, and each one is a redaction to improve.
final class QuoteWithholding: Sendable {
    private let withheld = Mutex(0)

    /// Whether `text` may be quoted: nothing in it looks like an identifier to `OutputScanner`.
    func mayQuote(_ text: String) -> Bool {
        guard OutputScanner.scan(text).isEmpty else {
            withheld.withLock { $0 += 1 }
            return false
        }
        return true
    }

    /// Comments kept back so far.
    var count: Int { withheld.withLock { $0 } }
}
