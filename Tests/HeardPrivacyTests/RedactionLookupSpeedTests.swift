import Foundation
import HeardCore
import Testing
@testable import HeardPrivacy

/// The lookups redaction answers once per token or by bytes, for speed, must answer what the word lists and the
/// string searches they stand for answer.
@Suite("Redaction lookups read once")
struct RedactionLookupSpeedTests {
    /// Words to ask about: every word of the lists, the street and house lists, the corpus's words, and
    /// near misses made from them (cut short, run on, in capitals, with marks).
    static func words() throws -> [String] {
        var words = Set<String>()
        for list in [AddressWords.units, AddressWords.pitches, AddressWords.numberMarkers, AddressWords.floors,
                     AddressWords.floorNouns, AddressWords.buildings] {
            words.formUnion(list.words)
        }
        words.formUnion(StreetTypes.unmistakable)
        words.formUnion(StreetTypes.ambiguous)
        words.formUnion(AddressHouseWords.shipped.hintWords)
        for (_, set) in AddressWordList.sets { words.formUnion(set) }
        for text in try corpus("dev.csv").map(\.text) {
            for word in text.split(whereSeparator: { $0.isWhitespace || $0.isPunctuation }) { words.insert(String(word).lowercased()) }
        }
        var variants: [String] = []
        for word in words {
            variants += [String(word.dropLast()), word + "s", word.uppercased(), word + "é", "x" + word]
        }
        return Array(words) + variants + ["", "#", "1st", "2nd", "flat's", "straße", "hauptstraße", "Hauptstrasse"]
    }

    @Test("one lookup per token answers each address list, the street types and the dwellings")
    func memberships() throws {
        let lists: [(AddressWordList, AddressWordList.Membership)] = [
            (AddressWords.units, .units), (AddressWords.pitches, .pitches), (AddressWords.numberMarkers, .numberMarkers),
            (AddressWords.floors, .floors), (AddressWords.floorNouns, .floorNouns), (AddressWords.buildings, .buildings),
        ]
        for word in try Self.words() {
            let membership = AddressWordList.membership(of: word)
            for (list, bit) in lists {
                #expect(membership.contains(bit) == list.words.contains(word), "\(word)")
            }
            #expect(membership.contains(.streetType) == StreetTypes.isStreetType(word), "\(word)")
            #expect(membership.contains(.dwelling) == AddressHouseWords.shipped.isDwelling(word), "\(word)")
            for (bit, set) in AddressWordList.sets {
                #expect(membership.contains(bit) == set.contains(word), "\(word)")
            }
        }
        // Each list and set has a bit of its own.
        let bits = lists.map(\.1.rawValue) + AddressWordList.sets.map(\.0.rawValue)
            + [AddressWordList.Membership.streetType.rawValue, AddressWordList.Membership.dwelling.rawValue]
        #expect(bits.allSatisfy { $0.nonzeroBitCount == 1 })
        #expect(Set(bits).count == bits.count)
    }

    @Test("every token, a number's too, carries the sets that hold it; only words carry the lists' memberships")
    func tokensCarrySets() {
        let finder = AddressFinder("moving 2 Heol y Felin, 12 Atatürk Caddesi near via Roma 3")
        #expect(!finder.tokens.isEmpty)
        for (index, token) in finder.tokens.enumerated() {
            #expect(finder.listed[index] == AddressWordList.membership(of: token.lower), "\(token.lower)")
            #expect(finder.memberships[index] == (token.kind == .word ? finder.listed[index] : []), "\(token.lower)")
            #expect(finder.has(index, .streetCue) == AddressFinder.streetCues.contains(token.lower), "\(token.lower)")
            #expect(finder.has(index, .welshOpener) == AddressWords.welshOpeners.contains(token.lower), "\(token.lower)")
        }
        let two = finder.tokens.firstIndex { $0.lower == "2" }
        #expect(two.map { finder.tokens[$0].kind != .word && finder.has($0, .streetCue) } == true)
    }

    @Test("a foreign street's ending read by bytes is the ending read by characters")
    func foreignEndings() throws {
        var words = try Self.words()
        for suffix in AddressWords.suffixes {
            words += ["ab" + suffix, "abc" + suffix, "kungs" + suffix, "linden" + suffix, suffix, "é" + suffix, "ab" + suffix + "s"]
        }
        for word in words {
            let longWay = word.utf8.count >= 6
                && AddressWords.suffixes.contains(where: { word.hasSuffix($0) && word.count > $0.count + 2 })
                && word.count >= 6 && !Gazetteer.isEverydayWord(NameKey.key(word))
            #expect(AddressWords.hasForeignSuffix(word) == longWay, "\(word)")
        }
    }

    @Test("several needles looked for in one pass are found where each is found alone")
    func needles() throws {
        let lists: [[String]] = [Array(SchoolRedaction.types), ["ve at", "c/o", "where i live", "at"], ["", "x"], []]
        var texts = try corpus("dev.csv").map(\.text) + corpus("held-out.csv").map(\.text)
        texts += ["", "a", "Havelock ACADEMY", "uni", "universit", "j&i", "sixth form college", "né à l'école"]
        for needles in lists {
            let search = ASCIISearch.Needles(needles)
            for text in texts {
                let bytes = ASCIISearch.lowered(text)
                let alone = needles.contains { ASCIISearch.contains(bytes, $0) }
                #expect(search.containsAny(bytes) == alone, "\(needles.prefix(3)) in \(text)")
                // The string form reads the same bytes.
                for needle in needles.prefix(5) {
                    #expect(ASCIISearch.contains(String(decoding: bytes, as: UTF8.self), needle) == ASCIISearch.contains(bytes, needle))
                }
            }
        }
    }

    @Test("the final scan's school test lowers an ASCII line by its bytes as lowercased() does")
    func schoolTypesInLines() throws {
        let lines = try corpus("held-out.csv").map(\.text) + ["I go to HAVELOCK ACADEMY", "St Mary's Primary", "Thornwick College",
                                                              "mental health service", "İstanbul Koleji", "KELVIN \u{212A}OLLEGE"]
        for line in lines where TextFolding.isASCII(line) {
            #expect(ASCIISearch.lowered(line) == Array(line.lowercased().utf8), "\(line)")
        }
        #expect(SchoolRedaction.namesSchool("I go to Havelock Academy"))
        #expect(!SchoolRedaction.namesSchool("my mental health is better"))
    }
}

@Suite("Two-word app names found without hashing most words")
struct AppPhraseFilterTests {
    @Test("every two-word name of the list is found by its words, in any alphabet; other pairs are not")
    func phrases() {
        let places = HandlePlaces.shipped
        var pairs = 0
        for line in EmbeddedData.platformNames.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let words = line.split(separator: " ").map { NameKey.key($0.lowercased()) }
            guard words.count == 2 else { continue }
            pairs += 1
            #expect(places.isPhrase(words[0], words[1]), "\(line)")
            #expect(!places.isPhrase(words[0] + "x", words[1]), "\(line)")
        }
        #expect(pairs > 0)
        #expect(!places.isPhrase("the", "book") && !places.isPhrase("", "") && !places.isPhrase("facebookfacebook", "book"))
    }

    @Test("a word's packed bytes are its bytes, and only words of eight bytes or fewer are packed")
    func packing() {
        #expect(HandlePlaces.packed("ab") == 0x6162)
        #expect(HandlePlaces.packed("") == 0)
        #expect(HandlePlaces.packed("abcdefgh") != nil && HandlePlaces.packed("abcdefghi") == nil)
        #expect(HandlePlaces.packed("тик") == HandlePlaces.packed("тик") && HandlePlaces.packed("тик") != HandlePlaces.packed("тиk"))
    }
}

@Suite("Short app names found without hashing most short words")
struct ShortAppNameFilterTests {
    @Test("every app name or two-word name's first word under four bytes may be a name; everyday short words are not")
    func shortNames() {
        let places = HandlePlaces.shipped
        var short = 0
        for line in EmbeddedData.platformNames.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let words = line.split(separator: " ").map { NameKey.key($0.lowercased()) }
            guard let first = words.first, words.count <= 2, first.utf8.count < 4 else { continue }
            short += 1
            #expect(places.mayBeName(first), "\(line)")
        }
        #expect(short > 0)
        for word in ["a", "i", "my", "the", "and", "is", "it"] { #expect(!places.mayBeName(word), "\(word)") }
    }
}
