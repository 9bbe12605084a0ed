import Foundation
import Testing
@testable import HeardPrivacy

/// The byte scanners that stand in for regular expressions and character-by-character reading on ASCII
/// comments must find exactly what those found. Each is checked on hand-written edge cases and on comments
/// made of random pieces (a seeded walk, so a failing one can be rebuilt), against the pattern it replaces.
@Suite("Redaction byte scanners")
struct DigitScannerTests {
    /// Knuth's MMIX linear congruential generator, as in `RedactorFuzzTests`.
    struct Walk {
        var state: UInt64
        mutating func pick(_ count: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(count))
        }
    }

    /// Random comments of pieces that sit near NI numbers, phone numbers and years.
    static func comments(seed: UInt64, count: Int, pieces: [String]) -> [String] {
        var walk = Walk(state: seed)
        return (0..<count).map { _ in (0..<(1 + walk.pick(9))).map { _ in pieces[walk.pick(pieces.count)] }.joined() }
    }

    static let pieces = ["a", "B", "k", "T", "zq", "ni ", " ", "  ", "-", ".", "/", "_", "1", "23", "456", "7890", "0",
                         "12 ", "34-", "56.", " 9", "x", "D", "\r\n", "\n", "+44", "(0)", "on ", "is ", "my ", ",", "@"]

    static func regexMatches(_ text: String) -> [Range<Int>] {
        Patterns.anyNINumber.matches(in: text).map { $0.range.location..<($0.range.location + $0.range.length) }
    }

    @Test("The NI scanner finds what the NI pattern finds, in the groupings people type")
    func niExamples() {
        let examples = [
            "my ni is QT 12 34 56 B thanks", "qt123456b", "K T 54 32 11 D", "kt 543 211 d", "mw-55-59-64-d",
            "AB/12/34/56/C and then", "YZ 1 2 3 4 5 6 A", "is 123456", "of 1234567 people", "ab 12 34 567",
            "xx12 34 56yz", "_ab123456", "ab12345678", "ab 123 456 c9", "ab 12.34.56 .c", "ab  12  34  56  c",
            "AB 12 34 56 C D", "gh 12 34 56 -7", "ab12 34 56c.", "pq 1 2 3 4 5 6 7", "a b 12 34 56", "ab 123  456",
        ]
        for text in examples {
            #expect(NINumberScanner(ascii: Array(text.utf8)).matches() == Self.regexMatches(text), "\(text)")
        }
        #expect(NINumberScanner(ascii: Array("K T 54 32 11 D".utf8)).matches() == [0..<14])
        #expect(NINumberScanner(ascii: Array("ab 12 34 567".utf8)).matches().isEmpty)
    }

    @Test("The NI scanner agrees with the NI pattern on 20,000 random comments")
    func niRandom() {
        var matched = 0
        for text in Self.comments(seed: 17, count: 20_000, pieces: Self.pieces) {
            let found = NINumberScanner(ascii: Array(text.utf8)).matches()
            #expect(found == Self.regexMatches(text), "\(text.debugDescription)")
            if !found.isEmpty { matched += 1 }
        }
        #expect(matched >= 50, "only \(matched) random comments held a match: the walk tests too little")
    }

    @Test("NI numbers are redacted alike through the scanner and the pattern")
    func niRedaction() {
        // A letter outside ASCII far from the number sends the same comment down the pattern's path.
        for text in ["ni On 478908", "is 123456 ok", "ke 364 446 a", "on 12/03/09 i moved", "K T 54 32 11 D here"] {
            let ascii = Patterns.redactNINumbers(text)
            let unicode = Patterns.redactNINumbers(text + " é")
            #expect(ascii + " é" == unicode, "\(text)")
        }
        #expect(Patterns.redactNINumbers("my nino is ke 364 446 a") == "my nino is [NI number]")
        #expect(Patterns.redactNINumbers("there were 30 of 123456 kids") == "there were 30 of 123456 kids")
    }

    @Test("Digit runs read from bytes are the runs read from characters")
    func digitRuns() {
        let examples = [
            "call 07700 900123 or +44 (0)7700-900123", "943 476 5919", "490  753  6828", "599 - 518 - 8232",
            "573/631/4665 but 2019/20", "2019-2021", "100 - 200", "ref 12345678x", "a1234567", "\r\n07700900123\r\n",
            "4 social workers in 2024", "0044 7700 900 123.", "(01472) 000000", "+4", "123456", "12 34 56 78 90",
        ]
        let random = Self.comments(seed: 2017, count: 20_000, pieces: Self.pieces)
        for text in examples + random {
            let bytes = DigitRuns.scan(Array(text.utf8)).map { String(decoding: $0, as: UTF8.self) } ?? text
            let characters = DigitRuns.scan(Array(text)).map { String($0) } ?? text
            #expect(bytes == characters, "\(text.debugDescription)")
        }
        #expect(DigitRuns.redact("call 07700 900123 now") == "call [phone number] now")
        #expect(DigitRuns.redact("call 07700 900123 now é") == "call [phone number] now é")
        #expect(DigitRuns.redact("born in 2009, 3 brothers") == "born in 2009, 3 brothers")
    }

    @Test("A comment with no space before four digits holds no date in another language")
    func yearGate() {
        for text in Self.comments(seed: 7, count: 5_000, pieces: Self.pieces + ["mars ", "mai ", "de ", "14 ", "2008"])
        where !DigitShapes.mayHoldYearAfterSpace(text) {
            #expect(Patterns.otherLanguageDate.matches(in: text).isEmpty, "\(text.debugDescription)")
        }
        #expect(DigitShapes.mayHoldYearAfterSpace("14 mars 2005"))
        #expect(!DigitShapes.mayHoldYearAfterSpace("14 mars 20051"))
        #expect(!DigitShapes.mayHoldYearAfterSpace("call 07700 900123"))
        #expect(DigitShapes.mayHoldYearAfterSpace("3 maja ２００８"))  // other digits: the pattern decides
    }
}
