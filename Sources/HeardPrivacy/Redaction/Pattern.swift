import Foundation

/// A compiled regular expression with the two operations redaction needs.
struct Pattern: @unchecked Sendable {
    let expression: NSRegularExpression

    init(_ pattern: String, caseInsensitive: Bool = true) {
        // The patterns are Heard's own constants: a bad one is a bug the tests catch at once.
        // swiftlint:disable:next force_try
        expression = try! NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
    }

    func firstMatch(in text: String) -> NSTextCheckingResult? {
        expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))
    }

    func matches(in text: String) -> [NSTextCheckingResult] {
        expression.matches(in: text, range: NSRange(text.startIndex..., in: text))
    }

    /// Replaces every match (or, with `group`, that capture group of every match) by the placeholder.
    func replace(in text: String, with placeholder: Placeholder, group: Int = 0,
                 when accept: (String) -> Bool = { _ in true }) -> String {
        redact(in: text, with: placeholder, group: group) { accept(String($0.value)) }
    }

    /// Replaces every match (or that capture group of it) the reader accepts, asking about each with the text
    /// around it (`PatternHit`).
    func redact(in text: String, with placeholder: Placeholder, group: Int = 0, when accept: (PatternHit) -> Bool) -> String {
        let found = matches(in: text)
        guard !found.isEmpty else { return text }
        return PatternHit.splice(text, found.map { ($0.range(at: group), $0) }, with: placeholder, when: accept)
    }
}
