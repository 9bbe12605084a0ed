import HeardCore
@testable import HeardStore
import Testing

/// The store's JSON written as bytes (`JSONBytes`) is the text `CompactJSON` (over `JSONString`'s escapes) writes
/// for the same values, byte for byte: the rows a night stores are unchanged by writing them without strings.
@Suite("Answers and tags written as bytes")
struct JSONBytesTests {
    /// Texts with every escape, characters outside ASCII, a NUL and a carriage return before a line feed.
    private static let pieces = ["", "a", "Most of the time", "\"", "\\", "\n", "\r\n", "\t", "\u{0}", "\u{7}",
                                 "\u{1F}", "\u{7F}", "zoë", "’", "🙂", "e\u{301}", "Ω≈ç", " ", "[1,2]", "null"]

    private static func text(_ generator: inout SystemRandomNumberGenerator) -> String {
        (0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }

    @Test("20,000 random answer lists and tag lists: the same bytes as CompactJSON's text")
    func sameAsCompactJSON() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let answers = (0..<Int.random(in: 0...5, using: &generator)).map { _ in
                Answer(questionID: Self.text(&generator), value: [.option(Self.text(&generator)), .notAnswered,
                                                                   .unrecognised].randomElement(using: &generator)!)
            }
            let expected = CompactJSON.array(answers.map { answer in
                let kind = switch answer.value {
                case .option: "option"
                case .notAnswered: "not-answered"
                case .unrecognised: "unrecognised"
                }
                return .array([.string(answer.questionID), .string(kind), answer.label.map(CompactJSON.string) ?? .null])
            }).text
            #expect(Store.encodedBytes(answers) == Array(expected.utf8))
            let confidences: [Double] = [0, 1, 0.25, 1.0 / 3, 2.5e-7, 123_456, 1e15, 1e16, .pi]
            let tags = (0..<Int.random(in: 0...3, using: &generator)).map { _ in
                ThemeTag(themeID: Self.text(&generator),
                         evidence: (0..<Int.random(in: 0...3, using: &generator)).map { _ in Self.text(&generator) },
                         confidence: confidences.randomElement(using: &generator)!)
            }
            let expectedTags = CompactJSON.array(tags.map { tag in
                .array([.string(tag.themeID), .array(tag.evidence.map(CompactJSON.string)), .number(tag.confidence)])
            }).text
            #expect(Store.encodedBytes(tags) == Array(expectedTags.utf8))
        }
    }

    @Test("every control character is escaped as JSONString escapes it")
    func controlCharacters() {
        for value in UInt8(0)..<0x20 {
            let text = String(UnicodeScalar(value))
            var expected = ""
            JSONString.write(text, to: &expected)
            var json = JSONBytes()
            json.string(text)
            #expect(json.bytes == Array(expected.utf8))
        }
    }
}
