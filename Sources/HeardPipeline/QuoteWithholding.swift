import HeardPrivacy
import Synchronization

/// The final privacy scan asked of each comment before it is offered as a quote (see `SummaryBuilder.mayQuote`),
/// from every core. A comment can be asked about more than once (under a point and again under its theme, or
/// under two themes): each text is scanned once and counted once. A comment kept back still counts in every
/// figure; the run report says how many there were, never which, and each one is a redaction to improve.
final class QuoteWithholding: Sendable {
    /// Each text asked about, and whether it may be quoted.
    private let decided = Mutex<[String: Bool]>([:])

    /// Whether `text` may be quoted: nothing in it looks like an identifier to `OutputScanner` as the last cell
    /// of a list's line (the review CSV). Read there, its first word no longer starts the line and a capital
    /// there reads as a name's, so the scan finds there all it finds in the text on a line of its own (a page)
    /// and more; one scan, not two (this runs on every comment that may be quoted).
    func mayQuote(_ text: String) -> Bool {
        if let known = decided.withLock({ $0[text] }) { return known }
        let asListCell = "id,\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        let allowed = OutputScanner.scan(asListCell).isEmpty
        decided.withLock { $0[text] = allowed }
        return allowed
    }

    /// Comments (distinct texts) kept back so far.
    var count: Int { decided.withLock { $0.values.count { !$0 } } }
}
