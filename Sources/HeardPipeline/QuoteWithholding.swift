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
/// formula) and the review page's text node (the text, trimmed). The texts found clean in those forms are
/// `cleared`: the final scan of the files passes over a cell or text node that is exactly one of them, so each
/// comment is scanned once in a run, not twice.
///
/// The Markdown summary prints only quotes the Children in Care Council approved, escaped, as block quotes. Of
/// an approved comment whose Markdown can read differently from its text (`PublishedText.markdownMayDiffer`: a
/// character Markdown escapes, or a line end) the lines it is printed on are asked about too
/// (`mayQuoteApproved`), as the scan reads a Markdown file, line by line: a backslash before an underscore gives
/// back the word boundary that "dn31 2ab_" hid. Any other text is printed between fixed marks and reads the same;
/// every other comment is never printed there. (Asking every comment cost 10 s of CPU a night on 100,000 rows.)
final class QuoteWithholding: Sendable {
    /// What the scan said of each text, and whether `mayQuote` was asked of it (only those count and are
    /// cleared). One table for both, so a text asked ahead is looked up and marked asked with one hash of it.
    private let answers = Mutex<[String: Answer]>([:])

    private struct Answer {
        var allowed: Bool
        var decided: Bool
    }

    /// Whether `text` may be quoted: nothing in any form it is published in looks like an identifier to
    /// `OutputScanner`.
    func mayQuote(_ text: String) -> Bool {
        let known = answers.withLock { answers -> Bool? in
            guard let index = answers.index(forKey: text) else { return nil }
            answers.values[index].decided = true
            return answers.values[index].allowed
        }
        if let known { return known }
        let allowed = Self.scan(text)
        // Another thread may have asked it meanwhile: the scan's answer is the same either way.
        answers.withLock { $0[text] = Answer(allowed: allowed, decided: true) }
        return allowed
    }

    /// Asks the scan of `texts` (each distinct one not asked yet) on the calling thread, while the run's other
    /// core would wait, keeping the answers for `mayQuote`; stops where it has got to once `signal` is given.
    /// A text asked ahead is neither counted nor cleared until `mayQuote` is asked of it, so what the run
    /// reports is the same however much was asked ahead.
    func askAhead(_ texts: some Sequence<String>, until signal: StopSignal = StopSignal()) {
        var found: [String: Answer] = [:]
        let known = answers.withLock { $0 }
        for text in texts where known[text] == nil && found[text] == nil {
            if signal.isStopped { break }
            found[text] = Answer(allowed: Self.scan(text), decided: false)
        }
        answers.withLock { answers in
            // The first table found is taken whole, not rehashed one by one.
            if answers.isEmpty { answers = found } else { answers.merge(found) { first, _ in first } }
        }
    }

    /// Whether nothing in any form `text` is published in looks like an identifier.
    private static func scan(_ text: String) -> Bool {
        let cell = PublishedText.csvCell(text)
        var allowed = OutputScanner.scan(cell: cell) == nil
        if allowed, cell != text { allowed = OutputScanner.scan(cell: text) == nil }
        if allowed, let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
           first.properties.isWhitespace || last.properties.isWhitespace {
            allowed = OutputScanner.scan(cell: text.trimmingCharacters(in: .whitespacesAndNewlines)) == nil
        }
        return allowed
    }

    /// Whether `text`, approved as a quote, may be printed in the Markdown summary: asked (besides `mayQuote`)
    /// of its lines there, only when they can read differently from the text.
    func mayQuoteApproved(_ text: String) -> Bool {
        guard PublishedText.markdownMayDiffer(text) else { return true }
        if let known = markdown.withLock({ $0[text] }) { return known }
        let allowed = Self.markdownLines(text).allSatisfy { OutputScanner.scan(line: $0, number: 0) == nil }
        markdown.withLock { $0[text] = allowed }
        return allowed
    }

    /// Each approved text asked about in its Markdown lines, and whether they may be printed.
    private let markdown = Mutex<[String: Bool]>([:])

    /// Comments (distinct texts) kept back so far, in any form.
    var count: Int {
        let refused = answers.withLock { Set($0.lazy.filter { $0.value.decided && !$0.value.allowed }.map(\.key)) }
        return refused.union(markdown.withLock { $0.lazy.filter { !$0.value }.map(\.key) }).count
    }

    /// The texts found clean so far (each in every form it is published in, so the text itself among them).
    var cleared: Set<String> {
        answers.withLock { answers in
            // Sized once: most texts asked are clean.
            var cleared = Set<String>(minimumCapacity: answers.count)
            for (text, answer) in answers where answer.decided && answer.allowed { cleared.insert(text) }
            return cleared
        }
    }

    /// The distinct lines of the Markdown summary that print `text` as an approved quote, each as the final scan
    /// reads it. The quote under a theme and under a point differ only in the first line's indent.
    static func markdownLines(_ text: String) -> [String] {
        let lines = PublishedText.markdownQuoteLines(text).map(OutputScanParts.lines)
        return lines[0] + lines[1].prefix(1)
    }
}
