import Foundation
import Testing
@testable import HeardCore

/// The EmbedData plugin, end to end: this test target embeds `Tests/HeardCoreTests/Data/embedding-check.txt`,
/// a file of quotes, backslashes, interpolation, trailing and leading whitespace, a Windows line ending, line
/// separators, control characters and other alphabets, and the constant must equal the file byte for byte.
@Suite("Plain data files embedded at build time")
struct DataEmbeddingTests {
    private static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()

    @Test("an awkward file comes through the generated literal unchanged")
    func awkwardFile() throws {
        let data = try Data(contentsOf: Self.tests.appending(path: "Data/embedding-check.txt"))
        #expect(Array(EmbeddedData.embeddingCheck.utf8) == Array(data))
    }

    @Test("each module has its own EmbeddedData: HeardCore's is reached through its module name")
    func ownConstantsPerModule() {
        #expect(HeardCore.EmbeddedData.textSpeak.contains("sw = social worker"))
    }

    @Test("DataFile.lines keeps the awkward lines it should and numbers them from 1")
    func awkwardLines() {
        let lines = DataFile.lines(EmbeddedData.embeddingCheck)
        #expect(lines.first?.number == 2)
        #expect(lines.contains { $0.text == "trailing spaces" })
        #expect(lines.contains { $0.text == "leading tab, then a Windows line ending" })
        #expect(lines.last?.text == "last line without a newline")
    }
}
