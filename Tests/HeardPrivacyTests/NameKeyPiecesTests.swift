import Foundation
import Testing
@testable import HeardPrivacy
import HeardTestSupport

/// `NameKey.key` reads a word outside ASCII by pieces (`NameKeyPieces`) instead of decomposing and composing
/// it whole; these tests hold it to the key the whole-word way gives (`wholeWordKey`, the code as it was).
@Suite("Name keys by pieces: the same key as the whole word decomposed")
struct NameKeyPiecesTests {
    /// `NameKey.key` before pieces, kept here as the reference.
    static func wholeWordKey(_ lower: String) -> String {
        if lower.utf8.allSatisfy({ $0 < 0x80 }) {
            return lower.utf8.contains(39) ? String(decoding: lower.utf8.filter { $0 != 39 }, as: UTF8.self) : lower
        }
        let plain: [Unicode.Scalar: String] = [
            "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "þ": "th", "Þ": "th",
            "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ß": "ss", "ı": "i", "ħ": "h", "Ħ": "h", "ŀ": "l", "ĸ": "k",
            "ŋ": "ng", "ĳ": "ij", "Ĳ": "ij", "ə": "e", "Ə": "e",
        ]
        var result = String.UnicodeScalarView()
        for scalar in lower.decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if scalar == "'" || scalar == "\u{2019}" { continue }
            if let letters = plain[scalar] {
                result.append(contentsOf: letters.unicodeScalars)
            } else {
                result.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(result).precomposedStringWithCanonicalMapping
    }

    static let lists = [
        EmbeddedData.givenNames, EmbeddedData.surnames, EmbeddedData.englishWords, EmbeddedData.places,
        EmbeddedData.notNames, EmbeddedData.everydayNames, EmbeddedData.commonSurnames, EmbeddedData.seldomWordNames,
    ]

    @Test("every entry of every gazetteer list, in lower case and as written in capitals")
    func gazetteerEntries() {
        var differ: [String] = []
        for list in Self.lists {
            for line in list.split(separator: "\n") where !line.hasPrefix("#") && !line.utf8.allSatisfy({ $0 < 0x80 }) {
                for word in [String(line), line.uppercased(), line.capitalized] where NameKey.key(word) != Self.wholeWordKey(word) {
                    differ.append(word)
                }
            }
        }
        #expect(differ.isEmpty, "\(differ.prefix(20))")
    }

    @Test("every character with a piece, alone, beside a letter, and before marks in both orders")
    func everyCharacter() {
        let ranges: [Range<UInt32>] = [0x80..<0x1100, 0x1E00..<0x2020, 0x3040..<0x3100]
        var differ: [String] = []
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let alone = String(Character(scalar))
                for word in [alone, "a" + alone, alone + "B", alone + "\u{301}\u{327}", alone + "\u{327}\u{301}", "o'" + alone + "\u{2019}s"]
                where NameKey.key(word) != Self.wholeWordKey(word) {
                    differ.append(word)
                }
            }
        }
        #expect(differ.isEmpty, "\(differ.prefix(20).map { $0.unicodeScalars.map { String($0.value, radix: 16) } })")
    }

    @Test("characters said to be their own piece have no decomposition, no case and no combining class")
    func unchangedCharacters() {
        var wrong: [UInt32] = []
        for range in NameKeyPieces.unchanged {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                if NameKeyPieces.pieceOf(value) != Array(String(Character(scalar)).utf8) { wrong.append(value) }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(20).map { String($0, radix: 16) })")
    }

    @Test("no character of the inert blocks is the second of a canonical composition; each decomposed one composes to itself")
    func inertBlocks() {
        var wrong: [UInt32] = []
        let isInert = { (value: UInt32) in NameKeyPieces.inertBlocks.contains { $0.contains(value) } }
        for value in UInt32(0x80)..<0x30000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let alone = String(Character(scalar))
            // A character that composes with the one before it stands after the first in some decomposition.
            wrong += alone.decomposedStringWithCanonicalMapping.unicodeScalars.dropFirst().map(\.value).filter(isInert)
            // A piece is decomposed: a character that decomposes to itself must compose to itself.
            if isInert(value), Array(alone.decomposedStringWithCanonicalMapping.unicodeScalars) == [scalar],
               Array(alone.precomposedStringWithCanonicalMapping.unicodeScalars) != [scalar] { wrong.append(value) }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(20).map { String($0, radix: 16) })")
    }

    @Test("Cyrillic, Greek, Arabic and Chinese words keep the key composing gives")
    func inertWords() {
        for word in ["олександр", "ΓΙΏΡΓΟΣ", "йосип", "ёлка", "مُحَمَّد", "أحمد", "李小龍", "ąžuolas", "ŧest", "ỳ", "😀x"] {
            #expect(Array(NameKey.key(word).unicodeScalars) == Array(Self.wholeWordKey(word).unicodeScalars), "\(word)")
        }
    }

    @Test("generated words mixing alphabets, marks written apart, capitals and apostrophes")
    func generatedWords() {
        var generator = SplitMix(seed: 17)
        let pools: [[UInt32]] = [
            Array(0x41...0x5A) + Array(0x61...0x7A) + [39, 0x2019, 45],
            Array(0xC0...0x24F), Array(0x300...0x36F), Array(0x370...0x3FF), Array(0x400...0x4FF),
            Array(0x590...0x5FF), Array(0x600...0x6FF), Array(0x900...0x97F), Array(0xB80...0xBFF), Array(0xE00...0xE7F),
            Array(0x1000...0x109F), Array(0x1E00...0x1EFF), Array(0x3040...0x30FF), Array(0x4E00...0x4E80),
            Array(0xAC00...0xAC40), Array(0x1100...0x1112), [0x1F600, 0x1F44D, 0x1F3FB, 0x200D, 0xFE0F],
        ]
        var differ: [String] = []
        for _ in 0..<40_000 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<(1 + Int(generator.next() % 8)) {
                let pool = pools[Int(generator.next() % UInt64(pools.count))]
                if let scalar = Unicode.Scalar(pool[Int(generator.next() % UInt64(pool.count))]) { scalars.append(scalar) }
            }
            let word = String(scalars)
            // Scalar by scalar: Swift's `==` would call a key equal to the same key left uncomposed.
            if Array(NameKey.key(word).unicodeScalars) != Array(Self.wholeWordKey(word).unicodeScalars) { differ.append(word) }
        }
        #expect(differ.isEmpty, "\(differ.prefix(20).map { $0.unicodeScalars.map { String($0.value, radix: 16) } })")
    }

    @Test("the gazetteer reads each list's lines as the Character reading did")
    func listLines() {
        for list in Self.lists + ["a\nb\n\n#c\nd\u{301}\n\u{301}e\n", "x\r\ny\r\n#z\r\n", "\n\n", ""] {
            var reference = Set<String>()
            for line in list.split(separator: "\n") where !line.hasPrefix("#") && !line.isEmpty {
                reference.insert(Self.wholeWordKey(String(line)))
            }
            #expect(Gazetteer.keys(list) == reference)
        }
    }
}
