import Foundation
import Testing
@testable import HeardCore
@testable import HeardThemes

@Suite("Statements coded by two coders (JSON Lines)")
struct CodedStatementsTests {
    let frameworks = BuiltInCodebooks.frameworks()

    @Test("codes map to theme ids; contested codes and a null polarity are kept apart")
    func read() throws {
        let lines = """
        {"id": "a", "text": "we want to see our brothers", "L": ["L3"], "L_contested": ["L1"], "N": ["N4"], "N_contested": [], "polarity": "request"}

        {"text": "nobody tells us anything", "L": [], "L_contested": [], "N": ["support-us"], "N_contested": ["N7"], "polarity": null}
        not json
        """
        let collector = DiagnosticCollector()
        let items = CodedStatements.read(Data(lines.utf8), source: SourceLocation(file: "c.jsonl"), frameworks: frameworks,
                                         diagnostics: collector)
        #expect(collector.diagnostics.map { $0.location?.row } == [4])
        let lincolnshire = try #require(items["lincolnshire-2022"])
        #expect(lincolnshire.map(\.themes) == [["build-not-break-relationships"], []])
        #expect(lincolnshire[0].contested == ["support-to-remain-with-family"])
        let nelc = try #require(items["nelc-2019"])
        #expect(nelc[1].themes == ["support-us"] && nelc[1].contested == ["participation-in-society"])
        #expect(nelc.map(\.polarity) == [.request, nil])
    }

    @Test("a contested theme counts neither for nor against the tagger")
    func contestedCells() {
        let framework = ThemeFramework(id: "t", title: "t", themes: [
            .init(id: "school", title: "School", cues: ["school"]), .init(id: "home", title: "Home", cues: ["home"]),
        ])
        let items = [
            LabelledComment(text: "school and home", themes: ["school"], contested: ["home"]),
            LabelledComment(text: "home", themes: [], contested: ["home"]),
            LabelledComment(text: "my room", themes: ["home"]),
        ]
        let scores = ThemeScores.evaluate(KeywordTagger(framework: framework), on: items)
        #expect(scores.lines[0].truePositives == 1 && scores.lines[0].falsePositives == 0)
        #expect(scores.lines[1].falsePositives == 0 && scores.lines[1].falseNegatives == 1)
    }

    static let realStatements = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appending(path: "shared/eval/themes-real/statements.jsonl")

    @Test("the real coded statements read whole, every code known", .enabled(if: FileManager.default.fileExists(
        atPath: realStatements.path)))
    func realFile() throws {
        let collector = DiagnosticCollector()
        let items = CodedStatements.read(try Data(contentsOf: Self.realStatements), source: SourceLocation(file: "statements.jsonl"),
                                         frameworks: frameworks, diagnostics: collector)
        #expect(collector.diagnostics.isEmpty)
        #expect(items["lincolnshire-2022"]?.count == items["nelc-2019"]?.count)
        #expect((items["nelc-2019"]?.count ?? 0) >= 500)
        #expect(items["nelc-2019"]!.contains { !$0.contested.isEmpty })
    }
}
