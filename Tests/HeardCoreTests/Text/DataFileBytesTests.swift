import Foundation
import Testing
@testable import HeardCore

/// `DataFile.lines` cuts and trims by bytes; it must give exactly the lines the character-by-character reading
/// gave (kept here as the reference), on every data file Heard ships and on texts built to be awkward.
@Suite("Data files cut by bytes, as by characters")
struct DataFileBytesTests {
    /// The reading `DataFile.lines` had before it cut by bytes.
    private static func byCharacters(_ text: String) -> [DataFile.Line] {
        var result: [DataFile.Line] = []
        var number = 0
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            number += 1
            var line = raw
            while let first = line.first, first.isWhitespace || first == "\u{FEFF}" { line.removeFirst() }
            while let last = line.last, last.isWhitespace { line.removeLast() }
            if line.isEmpty || line.first == "#" { continue }
            result.append(DataFile.Line(number: number, text: line))
        }
        return result
    }

    private static func same(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let bytes = DataFile.lines(text), characters = byCharacters(text)
        #expect(bytes.count == characters.count, sourceLocation: sourceLocation)
        for (made, expected) in zip(bytes, characters) {
            #expect(made.number == expected.number, sourceLocation: sourceLocation)
            // Equal text, and the same place in the text (messages and callers may use its indices).
            #expect(made.text == expected.text, sourceLocation: sourceLocation)
            #expect(made.text.startIndex == expected.text.startIndex && made.text.endIndex == expected.text.endIndex,
                    sourceLocation: sourceLocation)
        }
    }

    private static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appending(path: "Sources")

    @Test("every shipped data file is read the same")
    func shippedFiles() throws {
        let files = FileManager.default.enumerator(at: Self.sources, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "txt" && $0.path.contains("/Data/") } ?? []
        #expect(files.count > 20)
        for file in files {
            Self.same(String(decoding: try Data(contentsOf: file), as: UTF8.self))
        }
        Self.same(EmbeddedData.embeddingCheck)
        Self.same(HeardCore.EmbeddedData.textSpeak)
    }

    @Test("every line break, alone and in pairs, with whitespace and comments around it")
    func lineBreaks() {
        let breaks = ["\n", "\r", "\r\n", "\n\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}", "\r\r\n"]
        let pieces = ["", "word", "  word\t", "# note", " #not a note", "\u{FEFF}bom", "caf\u{E9} ", "e\u{301}", "\u{301}mark",
                      "\u{A0}nbsp\u{A0}", "\u{3000}wide", "tab\t", "\t", "#", "x#y"]
        for first in breaks {
            for second in breaks {
                for piece in pieces {
                    Self.same(piece + first + piece + second + "end")
                    Self.same(first + piece + second)
                }
            }
        }
    }

    @Test("every ASCII character at the ends of a line is trimmed or kept as by characters")
    func everyASCIICharacter() {
        for value in 0..<128 {
            let character = String(UnicodeScalar(UInt8(value)))
            Self.same(character + "a" + character + "\nb" + character + character)
            Self.same(character + character + "\n" + character)
        }
    }
}
