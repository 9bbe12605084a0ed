import Foundation
import HeardCore

/// Removes identifiers from a comment and puts a child-readable placeholder in their place (`[name]`,
/// `[phone number]`, `[school]`...). Three passes:
///
/// 1. shapes (`PatternRedaction`, `DigitRuns`): links, emails, handles, NI, NHS and pupil numbers, case
///    references, postcodes, exact dates, addresses, phone numbers and any long number;
/// 2. schools, academies and colleges by name (`SchoolRedaction`);
/// 3. people's names (`NameRedaction`): the export's own identity values wherever they recur, the gazetteer,
///    and names no list holds, by context.
public struct Redactor: Sendable {
    private let denyWords: Set<String>
    /// Whole values with digits or "@" (emails, IDs), matched as tokens of the comment.
    private let denyPhrases: Set<String>

    /// `denyList` holds identity cell values; each is split into words, so "Jake Thompson" denies "jake" and
    /// "thompson", and values with digits or "@" (emails, IDs) are denied whole.
    public init(denyList: [String] = []) {
        var words: Set<String> = []
        var phrases: Set<String> = []
        for value in Set(denyList) {
            let folded = value.lowercased()
            if folded.contains("@") || folded.contains(where: \.isNumber) {
                for token in Self.tokens(folded) where token.count >= 4 { phrases.insert(String(token)) }
                continue
            }
            for word in folded.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "-" }) where word.count >= 2 {
                words.insert(String(word))
            }
        }
        denyWords = words
        denyPhrases = phrases
    }

    /// Tokens for whole-value matching: split on spaces and punctuation that cannot be inside an email or ID.
    static func tokens(_ text: String) -> [Substring] {
        guard TextFolding.isASCII(text) else { return text.split { $0.isWhitespace || separators.contains($0) } }
        return text.utf8.split { (9...13).contains($0) || $0 == 32 || separatorBytes.contains($0) }
            .map { text[$0.startIndex..<$0.endIndex] }
    }

    private static let separators: Set<Character> = [",", ";", ":", "!", "?", "(", ")", "[", "]", "{", "}", "\"", "'", "<", ">"]
    private static let separatorBytes: [UInt8] = separators.map { $0.asciiValue! }

    /// The comment with every identifier replaced.
    public func redact(_ text: String) -> String { redactCollecting(text).text }

    /// The redacted comment and the names found in it (lower case), so an export can deny them everywhere.
    public func redactCollecting(_ text: String) -> (text: String, names: [String]) {
        var result = text
        if !denyPhrases.isEmpty {
            for token in Self.tokens(text).reversed() {
                var value = token
                while let last = value.last, ".-".contains(last) { value.removeLast() }
                if denyPhrases.contains(value.lowercased()) {
                    result.replaceSubrange(value.startIndex..<value.endIndex, with: Placeholder.personalDetail.rawValue)
                }
            }
        }
        result = PatternRedaction.redact(result)
        result = DigitRuns.redact(result)
        let words = Words(result)
        var replacements = SchoolRedaction.find(in: words).map { ($0, Placeholder.school) }
        let schoolSpans = replacements.map(\.0)
        let found = NameRedaction(denied: denyWords).find(in: words)
        for range in found.ranges where !schoolSpans.contains(where: { $0.overlaps(range) }) {
            replacements.append((range, .name))
        }
        for (range, placeholder) in replacements.sorted(by: { $0.0.lowerBound > $1.0.lowerBound }) {
            result.replaceSubrange(range, with: placeholder.rawValue)
        }
        return (result, found.names)
    }

    /// A redactor that also denies `names` (found in other comments of the same export).
    public func denying(_ names: some Sequence<String>) -> Redactor {
        var copy = self
        copy.extend(names)
        return copy
    }

    private mutating func extend(_ names: some Sequence<String>) {
        var words = denyWords
        for name in names where name.count >= 2 { words.insert(name) }
        self = Redactor(words: words, phrases: denyPhrases)
    }

    private init(words: Set<String>, phrases: Set<String>) {
        denyWords = words
        denyPhrases = phrases
    }
}
