import Foundation
import Testing
@testable import HeardCLI
@testable import HeardCore
@testable import HeardThemes
import HeardTestSupport

@Suite("heard frameworks show and heard themes eval")
struct ThemesCommandTests {
    @Test("frameworks show prints the codebook file, which parses back to the built-in framework",
          arguments: ["lincolnshire-2022", "nelc-2019", "north-lincolnshire-2022", "nottinghamshire-2018"])
    func show(id: String) throws {
        let result = heard(["frameworks", "show", id])
        #expect(result.code == 0)
        #expect(result.out == BuiltInCodebooks.texts[id])
        let parsed = try Codebook.parse(result.out, source: SourceLocation(file: "copy.txt"))
        #expect(parsed == BuiltInCodebooks.frameworks().first { $0.id == id })
        #expect(try Codebook.parse(Codebook.text(of: parsed), source: SourceLocation(file: "again.txt")) == parsed)
    }

    @Test("frameworks show: an unknown id is a configuration error naming the known ones")
    func showUnknown() {
        let result = heard(["frameworks", "show", "no-such-framework"])
        #expect(result.code == 78)
        #expect(result.err.contains("nelc-2019"))
    }

    @Test("themes eval reads coded JSON Lines and scores agreed cells only, theme by theme")
    func evalJSONL() throws {
        let file = TemporaryFolder.path("heard-coded", suffix: ".jsonl")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data("""
        {"text": "i want to see my brother more", "L": ["L3"], "L_contested": [], "N": ["N4"], "N_contested": [], "polarity": "request"}
        {"text": "my school is great", "L": ["L4"], "L_contested": ["L3"], "N": ["N2"], "N_contested": [], "polarity": null}
        """.utf8).write(to: file)
        let result = heard(["themes", "eval", file.path, "--framework", "lincolnshire-2022"])
        #expect(result.code == 0, "\(result.err)")
        #expect(result.out.contains("lincolnshire-2022: 2 comments"))
        #expect(!result.out.contains("nelc-2019"))
        #expect(result.out.contains("build-not-break-relationships"))
        #expect(result.out.contains("precision") && result.out.contains("recall"))
        #expect(result.out.contains("polarity accuracy: 1.00 (1 labelled)"))
    }
}
