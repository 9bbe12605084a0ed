import Foundation
import Testing
@testable import HeardCore
@testable import HeardThemes

/// The plain files in `Sources/HeardThemes/Data/` are what the binary carries, byte for byte, and every line reads.
@Suite("Themes data files")
struct DataFilesTests {
    static let data = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appending(path: "Sources/HeardThemes/Data")

    @Test("each embedded constant is its file on disk", arguments: [
        ("codebooks/lincolnshire-2022.txt", EmbeddedData.codebooksLincolnshire2022),
        ("codebooks/nelc-2019.txt", EmbeddedData.codebooksNelc2019),
        ("codebooks/north-lincolnshire-2022.txt", EmbeddedData.codebooksNorthLincolnshire2022),
        ("codebooks/nottinghamshire-2018.txt", EmbeddedData.codebooksNottinghamshire2018),
        ("models/lincolnshire-2022.tsv", EmbeddedData.modelsLincolnshire2022),
        ("models/nelc-2019.tsv", EmbeddedData.modelsNelc2019), ("models/polarity.tsv", EmbeddedData.modelsPolarity),
        ("feeling-words.txt", EmbeddedData.feelingWords), ("function-words.txt", EmbeddedData.functionWords),
        ("request-starts.txt", EmbeddedData.requestStarts),
    ])
    func embedded(path: String, constant: String) throws {
        #expect(try String(contentsOf: Self.data.appending(path: path), encoding: .utf8) == constant)
    }

    @Test("every line of the word lists reads")
    func wordLists() {
        #expect(DataFile.lines(EmbeddedData.feelingWords).count == FeelingWords.ratings.count)
        #expect(FeelingWords.ratings["lonely"] ?? 0 < 0 && FeelingWords.ratings["amazing"] ?? 0 > 0)
        #expect(FeelingWords.ratings["care"] == nil, "words every comment here uses are left out")
        #expect(RequestStarts.words.contains("give") && !RequestStarts.words.contains("i"))
        #expect(FunctionWords.words.contains("the") && !FunctionWords.words.contains("school"))
    }

    @Test("the built-in codebooks parse, and the shipped models load")
    func parse() {
        #expect(BuiltInCodebooks.frameworks().count == BuiltInCodebooks.texts.count)
        #expect(BuiltInModels.themes(for: "lincolnshire-2022") != nil && BuiltInModels.themes(for: "nelc-2019") != nil)
        #expect(BuiltInModels.polarity != nil)
    }
}
