import Foundation
import Testing
@testable import HeardPrivacy

/// The regular expressions the hints replaced: a hint must fire wherever its expression finds something.
private enum Expressions {
    static let domain = Pattern(#"\.(com|co\.uk|org|net|uk|io|ly|me|tv|gg)\b"#)
    static let platform = Pattern(#"\b(?:snap|snapchat|sc|insta|instagram|ig|tiktok|tik tok|tt|twitter|facebook|fb|discord|psn|gamertag|xbox)\b"#)
    static let month = Pattern(#"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"#)
    static let street = Pattern(#"\b(?:street|road|avenue|lane|close|drive|crescent|grove|terrace|gardens|mews|way|court|estate)\b"#)
}

@Suite("Redaction hints")
struct ShapeHintsTests {
    /// The redaction corpora, each comment also cut at random places and run together with a neighbour.
    static func texts() throws -> [String] {
        let texts = try (corpus("held-out.csv") + corpus("dev.csv")).map(\.text)
        var all = texts
        for (index, text) in texts.enumerated() {
            let other = texts[(index * 13 + 5) % texts.count]
            all.append(String(text.prefix(index % 40 + 3)) + String(other.suffix(index % 30 + 2)))
            all.append(text.uppercased())
        }
        return all + ["WWW.example", "bob.CO.UK!", "xhttp", "jay(at)hotmail", "jayat gmail", "on Sept 3rd", "Mews,", "tik tok"]
    }

    @Test("every hint fires wherever the expression it replaced finds a match")
    func superset() throws {
        for text in try Self.texts() {
            let hints = ShapeHints(text)
            let lower = text.lowercased()
            let link = lower.contains("http") || lower.contains("www") || Expressions.domain.firstMatch(in: lower) != nil
            if link { #expect(hints.link) }
            if Expressions.platform.firstMatch(in: lower) != nil { #expect(hints.platform) }
            if Expressions.month.firstMatch(in: lower) != nil { #expect(hints.month) }
            if Expressions.street.firstMatch(in: lower) != nil { #expect(hints.street) }
            // `PatternRedaction` runs the loose email pattern on an "@", a spoken email or a link ending.
            if Patterns.looseEmail.firstMatch(in: text) != nil { #expect(hints.hasAtSign || hints.spokenEmail || hints.link) }
            #expect(hints.hasDigit == text.contains(where: \.isASCIIDigit))
            #expect(hints.hasAtSign == text.contains("@"))
        }
    }

    @Test("ordinary words raise no hint")
    func quiet() {
        let hints = ShapeHints("I want to see my brother more and go to the park after school.")
        #expect(!hints.link && !hints.platform && !hints.month && !hints.street && !hints.spokenEmail && !hints.hasDigit)
    }
}
