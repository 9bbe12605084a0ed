import Foundation
import Testing
@testable import HeardCore

@Suite("Text-speak table and plain data files")
struct TextSpeakTests {
    /// The package root, found from this file, so tests can read the plain files beside the sources.
    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test("the shipped table reads without a problem line")
    func shippedTable() {
        let table = TextSpeak.standard
        #expect(table.problems.isEmpty, "lines \(table.problems)")
        #expect(table.entries.count > 200)
        #expect(table.expansion(of: "sw") == ["social", "worker"])
        #expect(table.expansion(of: "school") == nil)
    }

    @Test("no shorthand stands for itself, and every expansion is already folded")
    func foldedEntries() {
        for (shorthand, expansion) in TextSpeak.standard.entries {
            #expect(expansion != [shorthand], "\(shorthand)")
            for word in expansion {
                #expect(TextReading(word).tokens.map(\.folded) == [word], "\(shorthand) = \(expansion)")
            }
        }
    }

    @Test("the embedded table is the plain file, byte for byte")
    func embeddedMatchesFile() throws {
        let data = try Data(contentsOf: Self.root.appending(path: "Sources/HeardCore/Data/text-speak.txt"))
        #expect(HeardCore.EmbeddedData.textSpeak == String(decoding: data, as: UTF8.self))
    }

    @Test("a table reports the lines it cannot read and the repeated ones")
    func problems() {
        let table = TextSpeak(parsing: "# note\nu = you\n\nbroken line\ntwo words = x\nu = yours\nok=fine  # a note\n")
        #expect(table.problems == [4, 5, 6])
        #expect(table.entries == ["u": ["you"], "ok": ["fine"]])
    }

    @Test("data file lines: trimmed, comments and blanks skipped, Windows line endings read")
    func dataFileLines() {
        let lines = DataFile.lines("\u{FEFF}alpha\r\n  # comment\r\n\r\n  beta  \r\ngamma")
        #expect(lines.map(\.text) == ["alpha", "beta", "gamma"])
        #expect(lines.map(\.number) == [1, 4, 5])
    }
}
