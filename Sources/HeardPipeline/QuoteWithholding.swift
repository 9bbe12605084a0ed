import Foundation
import HeardPrivacy
import HeardSummary
import Synchronization

/// The final privacy scan asked of each comment before it is offered as a quote (see `SummaryBuilder.mayQuote`),
/// from every core. A comment can be asked about more than once (under a point and again under its theme, or
/// under two themes): each text is scanned once and counted once. A comment kept back still counts in every
/// figure; the run report says how many there were, never which, and each one is a redaction to improve.
///
/// The scan reads a CSV cell by cell and a page text node by text node (`OutputScanner`), so a comment is read
/// in the review list and on the pages as the text it is, whatever stands beside it. It is asked of each form a
/// candidate takes there: the review list's cell (the text, with an apostrophe before it when it starts like a
/// formula) and the review page's text node (the text, trimmed). The forms found clean are `cleared`: the final
/// scan of the files passes over a cell or text node that is exactly one of them, so each comment is scanned
/// once in a run, not twice.
final class QuoteWithholding: Sendable {
    private struct State {
        /// Each text asked about, and whether it may be quoted.
        var decided: [String: Bool] = [:]
        /// Forms scanned and found clean.
        var cleared: Set<String> = []
    }

    private let state = Mutex(State())

    /// Whether `text` may be quoted: nothing in any form it is published in looks like an identifier to
    /// `OutputScanner`.
    func mayQuote(_ text: String) -> Bool {
        if let known = state.withLock({ $0.decided[text] }) { return known }
        var forms = [PublishedText.csvCell(text)]
        if forms[0] != text { forms.append(text) }
        if let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
           first.properties.isWhitespace || last.properties.isWhitespace {
            forms.append(text.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        let allowed = forms.allSatisfy { OutputScanner.scan(cell: $0) == nil }
        state.withLock {
            $0.decided[text] = allowed
            if allowed { $0.cleared.formUnion(forms) }
        }
        return allowed
    }

    /// Comments (distinct texts) kept back so far.
    var count: Int { state.withLock { $0.decided.values.count { !$0 } } }

    /// Every form of every comment found clean so far.
    var cleared: Set<String> { state.withLock { $0.cleared } }
}
