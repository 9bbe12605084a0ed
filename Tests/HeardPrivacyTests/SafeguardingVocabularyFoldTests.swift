import Foundation
import Testing
@testable import HeardPrivacy

/// The screen's word list and rules are folded by bytes when they are ASCII (`ScreenVocabulary.foldASCII`);
/// that must fold exactly as the reading by characters (`foldCharacters`) does.
@Suite("Safeguarding vocabulary folded by bytes, as by characters")
struct SafeguardingVocabularyFoldTests {
    private static let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appending(path: "Sources/HeardPrivacy/Data/safeguarding")

    @Test("every line and entry of words.txt and rules.txt folds the same")
    func shippedLists() throws {
        var checked = 0
        for name in ["words.txt", "rules.txt"] {
            let text = String(decoding: try Data(contentsOf: Self.data.appending(path: name)), as: UTF8.self)
            for line in text.split(whereSeparator: \.isNewline) {
                for piece in [String(line)] + line.split(separator: ",").map(String.init) {
                    guard let bytes = ScreenVocabulary.foldASCII(piece) else { continue }
                    #expect(bytes == ScreenVocabulary.foldCharacters(piece), "\(name): \(piece)")
                    checked += 1
                }
            }
        }
        #expect(checked > 1_000)
    }

    @Test("every ASCII character, alone and between letters, folds the same; other text is left to characters")
    func everyASCIICharacter() {
        for value in 0..<128 {
            let character = String(UnicodeScalar(UInt8(value)))
            for text in [character, "Ab" + character + "9z", character + character + "MUM's & Dad" + character] {
                #expect(ScreenVocabulary.foldASCII(text) == ScreenVocabulary.foldCharacters(text), "\(value)")
            }
        }
        #expect(ScreenVocabulary.fold("line\r\nbreak") == "line break")
        #expect(ScreenVocabulary.foldASCII("caf\u{E9}") == nil)
        #expect(ScreenVocabulary.foldASCII("it\u{2019}s") == nil)
        #expect(ScreenVocabulary.fold("It\u{2019}s £5 & MORE") == ScreenVocabulary.fold("its £5 and more"))
    }
}

@Suite("Safeguarding vocabulary trimmed by bytes, as by Foundation")
struct SafeguardingVocabularyTrimTests {
    @Test("every ASCII character at either end, and text outside ASCII, trims as trimmingCharacters(in: .whitespaces)")
    func everyASCIICharacter() {
        var texts: [Substring] = ["", " ", "\t", "  a b  ", "\ta\t", "\u{A0}a\u{A0}", "\u{3000}wide ", " caf\u{E9}\t"]
        for value in 0..<128 {
            let character = String(UnicodeScalar(UInt8(value)))
            texts += [Substring(character), Substring(character + "word" + character), Substring(" " + character + " ")]
        }
        for text in texts {
            #expect(ScreenVocabulary.trimmedSpaces(text) == text.trimmingCharacters(in: .whitespaces), "\(Array(text.utf8))")
        }
    }
}
