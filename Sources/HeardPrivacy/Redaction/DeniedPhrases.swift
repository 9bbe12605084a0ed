import Foundation
import HeardCore

/// Whole identity values with digits or "@" (emails, case references), found again as tokens of a comment.
/// An ASCII comment is read from its bytes: a token is looked up only when it is long enough and its first
/// two letters (lower-cased) begin some denied value, so most words cost no lookup and no new string.
struct DeniedPhrases: Sendable {
    /// The values' tokens in lower case, four characters or more.
    let phrases: Set<String>
    /// For the first two bytes of a lower-cased token, `first << 8 | second`: whether a phrase starts so.
    private let openings: [Bool]

    init(_ phrases: Set<String>) {
        self.phrases = phrases
        // No values (`Redactor()`): no table, and `redact` returns at once.
        var openings = [Bool](repeating: false, count: phrases.isEmpty ? 0 : 1 << 16)
        func note(_ form: String) {
            var bytes = form.utf8.makeIterator()
            if let first = bytes.next(), let second = bytes.next() { openings[Int(first) << 8 | Int(second)] = true }
        }
        for phrase in phrases {
            note(phrase)
            // A value outside ASCII is also noted in its composed form, which is how a string equal to it reads.
            if !phrase.utf8.allSatisfy({ $0 < 128 }) { note(phrase.precomposedStringWithCanonicalMapping) }
        }
        self.openings = openings
    }

    var isEmpty: Bool { phrases.isEmpty }

    /// The text with every token that is a denied value (trailing "." and "-" aside) replaced by `placeholder`.
    func redact(_ text: String, with placeholder: Placeholder) -> String {
        guard !phrases.isEmpty else { return text }
        guard TextFolding.isASCII(text) else { return redactAnyText(text, with: placeholder) }
        let utf8 = text.utf8
        var found: [Range<Int>] = []
        var start: Int?
        var offset = 0
        for byte in utf8 {
            if Redactor.separates(byte) {
                if let from = start { check(utf8, from, offset, into: &found) }
                start = nil
            } else if start == nil {
                start = offset
            }
            offset += 1
        }
        if let from = start { check(utf8, from, offset, into: &found) }
        guard !found.isEmpty else { return text }
        var result = text
        for range in found.reversed() {
            let lower = result.utf8.index(result.startIndex, offsetBy: range.lowerBound)
            let upper = result.utf8.index(result.startIndex, offsetBy: range.upperBound)
            result.replaceSubrange(lower..<upper, with: placeholder.rawValue)
        }
        return result
    }

    /// Adds the token at `from..<to` (its trailing "." and "-" dropped) when it is a denied value.
    private func check(_ utf8: String.UTF8View, _ from: Int, _ to: Int, into found: inout [Range<Int>]) {
        let first = utf8.index(utf8.startIndex, offsetBy: from)
        var end = to
        while end > from, utf8[utf8.index(first, offsetBy: end - from - 1)] == 46 || utf8[utf8.index(first, offsetBy: end - from - 1)] == 45 {
            end -= 1
        }
        guard end - from >= 4 else { return }
        let second = utf8.index(after: first)
        guard openings[Int(Self.lowered(utf8[first])) << 8 | Int(Self.lowered(utf8[second]))] else { return }
        let token = String(decoding: utf8[first..<utf8.index(first, offsetBy: end - from)].map(Self.lowered), as: UTF8.self)
        if phrases.contains(token) { found.append(from..<end) }
    }

    /// Any comment, character by character (the reading the byte path matches).
    private func redactAnyText(_ text: String, with placeholder: Placeholder) -> String {
        var result = text
        for token in Redactor.tokens(text).reversed() {
            var value = token
            while let last = value.last, ".-".contains(last) { value.removeLast() }
            guard mayBeDenied(value) else { continue }
            if phrases.contains(value.lowercased()) {
                result.replaceSubrange(value.startIndex..<value.endIndex, with: placeholder.rawValue)
            }
        }
        return result
    }

    /// False only when `value` surely is no denied value, without lower-casing it or hashing it: its first three
    /// bytes are ASCII (so its first two characters are two ASCII scalars with no mark joined to them, and lower
    /// case and canonical composition leave them as they are) and no value begins with them lower-cased.
    private func mayBeDenied(_ value: Substring) -> Bool {
        let utf8 = value.utf8
        var index = utf8.startIndex
        var bytes: (UInt8, UInt8, UInt8) = (0, 0, 0)
        for slot in 0..<3 {
            guard index < utf8.endIndex else { return true }
            let byte = utf8[index]
            guard byte < 0x80 else { return true }
            switch slot {
            case 0: bytes.0 = byte
            case 1: bytes.1 = byte
            default: bytes.2 = byte
            }
            index = utf8.index(after: index)
        }
        return openings[Int(Self.lowered(bytes.0)) << 8 | Int(Self.lowered(bytes.1))]
    }

    private static func lowered(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }
}
