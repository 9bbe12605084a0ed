import Foundation
import HeardCore

/// Removes identifiers from a comment and puts a child-readable placeholder in their place (`[email]`,
/// `[phone number]`, `[name]`).
///
/// Two sources of identifiers: patterns (emails, phone numbers) and a deny list of the export's own identity
/// values (the names, emails and ids in its identity columns), matched as whole words.
public struct Redactor: Sendable {
    private let denyWords: Set<String>
    private let denyPhrases: [String]

    /// `denyList` holds identity cell values; each is split into words, so "Jake Thompson" denies "jake" and
    /// "thompson". Words that are also everyday English ("will", "hope") are only redacted when capitalised.
    public init(denyList: [String] = []) {
        var words: Set<String> = []
        var phrases: [String] = []
        for value in denyList {
            let folded = value.lowercased()
            if folded.contains("@") || folded.contains(where: \.isNumber) { phrases.append(folded) }
            for word in folded.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "-" })
            where word.count >= 2 {
                words.insert(String(word))
            }
        }
        denyWords = words
        denyPhrases = phrases.filter { $0.count >= 4 }
    }

    /// The comment with every identifier replaced.
    public func redact(_ text: String) -> String {
        var result = text
        for phrase in denyPhrases where result.lowercased().contains(phrase) {
            result = result.replacingOccurrences(of: phrase, with: "[personal detail]", options: .caseInsensitive)
        }
        result = result.replacing(Patterns.email, with: "[email]")
        result = result.replacing(Patterns.phone, with: { _ in "[phone number]" })
        return denyWords.isEmpty ? result : redactDeniedWords(result)
    }

    /// Replaces denied words, and a capitalised word straight after a redacted name ("Jake Robinson"), which
    /// is taken to be the rest of that name.
    private func redactDeniedWords(_ text: String) -> String {
        var output = ""
        var word = ""
        var afterName = false
        func flush() {
            guard !word.isEmpty else { return }
            let folded = word.lowercased()
            let capitalised = word.first?.isUppercase == true
            let denied = denyWords.contains(folded) && (!EverydayWords.contains(folded) || capitalised)
            let surname = afterName && capitalised && !EverydayWords.contains(folded)
            if denied || surname {
                output += "[name]"
                afterName = true
            } else {
                output += word
                afterName = false
            }
            word = ""
        }
        for character in text {
            if character.isLetter || character == "'" || character == "-" {
                word.append(character)
            } else {
                flush()
                if character != " " { afterName = false }
                output.append(character)
            }
        }
        flush()
        return output
    }
}

/// The regular expressions for structured identifiers.
enum Patterns {
    nonisolated(unsafe) static let email = #/[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+/#
    /// UK numbers (07700 900123, 0115 496 0000, +44 7700 900123) and long international ones.
    nonisolated(unsafe) static let phone = #/(?:(?:\+|00)\d{1,3}[\s\-.]?|\b0)(?:\(?\d\)?[\s\-.]?){8,11}\d\b/#
}
