import Foundation
import Testing
@testable import HeardCore
@testable import HeardPipeline
import HeardSummary
import HeardThemes

@Suite("Points in heard run")
struct PointsPipelineTests {
    /// The checks a reader of summary.json would make, on every wave of every framework Heard ships.
    @Test("on the examples, every theme with 10 or more comments has a point; labels have two words; no point outnumbers its theme",
          arguments: ["lincolnshire-2022", "nelc-2019", "north-lincolnshire-2022", "nottinghamshire-2018"])
    func examples(framework: String) throws {
        let workspace = try exampleWorkspace()
        _ = try Pipeline(workspace: workspace, options: RunOptions(framework: framework)).run()
        let data = try Data(contentsOf: workspace.output.appending(path: "summary.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var checked = 0
        for wave in try #require(object["waves"] as? [[String: Any]]) {
            for theme in try #require(wave["themes"] as? [[String: Any]]) {
                let points = try #require(theme["points"] as? [[String: Any]])
                if let comments = theme["comments"] as? Int, comments >= 10 {
                    #expect(!points.isEmpty, "\(framework) \(wave["series"] ?? "") \(theme["id"] ?? "") has no point")
                    checked += 1
                }
                for point in points {
                    let label = try #require(point["label"] as? String)
                    #expect(label.split(separator: " ").count >= 2)
                    for key in ["id", "respondents", "praise", "problems", "requests"] { #expect(point.keys.contains(key)) }
                    if let count = point["respondents"] as? Int {
                        let themeCount = try #require(theme["respondents"] as? Int, "a shown point count under a hidden theme count")
                        #expect(count <= themeCount && count > 5)
                    }
                }
            }
        }
        #expect(checked > 0)
        // The officer's list is in the run report, and nowhere in what is published.
        let published = try FileManager.default.contentsOfDirectory(atPath: workspace.output.path(percentEncoded: false))
            .filter { $0.hasSuffix(".html") || $0.hasSuffix(".md") && $0 != "run-report.md" }
        for name in published {
            let text = try String(contentsOf: workspace.output.appending(path: name), encoding: .utf8)
            #expect(!text.contains("Words to grow the codebook"))
            #expect(!text.contains("What came up most"))
        }
    }

    @Test("a council's points file beside its codebook adds points; a broken one is a warning and the shipped points are used")
    func councilPoints() throws {
        let workspace = try exampleWorkspace()
        try FileManager.default.createDirectory(at: workspace.frameworks, withIntermediateDirectories: true)
        let file = workspace.frameworks.appending(path: "lincolnshire-2022.points.txt")
        try """
        framework: lincolnshire-2022
        theme: learning-and-aspirations
        point: trips-abroad
        label: School trips abroad
        plain: want to go on school trips abroad
        cues: abroad, france, spain
        """.write(to: file, atomically: true, encoding: .utf8)
        let pipeline = Pipeline(workspace: workspace)
        let framework = try pipeline.loadFramework(id: "lincolnshire-2022")
        let diagnostics = DiagnosticCollector()
        let book = pipeline.loadPoints(framework: framework, diagnostics: diagnostics)
        #expect(diagnostics.diagnostics.isEmpty)
        #expect(book.points.last?.id == "trips-abroad")
        #expect(book.points.count == BuiltInPoints.book(for: "lincolnshire-2022").points.count + 1)
        // The points file is not mistaken for a codebook.
        #expect(try pipeline.workspaceFrameworks().isEmpty)
        let report = try pipeline.run()
        #expect(report.rejected.isEmpty)

        try "framework: lincolnshire-2022\ntheme: learning-and-aspirations\npoint: trips\nlabel: Trips\ncues: abroad\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let warned = DiagnosticCollector()
        let shipped = pipeline.loadPoints(framework: framework, diagnostics: warned)
        #expect(shipped == BuiltInPoints.book(for: "lincolnshire-2022"))
        let warning = try #require(warned.diagnostics.first)
        #expect(warning.location?.file == "Surveys/frameworks/lincolnshire-2022.points.txt" && warning.location?.row == 4)
        #expect(warning.message.contains("two words"))
    }

    @Test("editing the points file rebuilds the summaries on the next run")
    func pointsChangeRebuilds() throws {
        let workspace = try exampleWorkspace()
        let first = try Pipeline(workspace: workspace).run()
        #expect(!first.outputsWritten.isEmpty)
        let quiet = try Pipeline(workspace: workspace).run()
        #expect(quiet.outputsWritten.isEmpty)
        try FileManager.default.createDirectory(at: workspace.frameworks, withIntermediateDirectories: true)
        // The council renames a shipped point (same id, its own words).
        try """
        framework: lincolnshire-2022
        theme: learning-and-aspirations
        point: college-and-university
        label: College and uni courses
        cues: college, uni, university, course
        """.write(to: workspace.frameworks.appending(path: "lincolnshire-2022.points.txt"), atomically: true, encoding: .utf8)
        let after = try Pipeline(workspace: workspace).run()
        #expect(!after.outputsWritten.isEmpty)
        let summary = try String(contentsOf: workspace.output.appending(path: "summary.json"), encoding: .utf8)
        #expect(summary.contains("College and uni courses"))
    }

    @Test("the officer's word list never lists a word the redactor would take out")
    func wordListGuard() {
        let responses = (0..<4).map { index in
            Response(respondentKey: "k\(index)", exportPath: "a.csv", sourceRow: index + 2,
                     series: SurveySeries(id: "s", title: "S"), wave: Wave("2024-25"), cohort: .childrenInCare,
                     ageBand: nil, answers: [],
                     comments: [Comment(questionID: "c", text: "we miss jessica and the sleepovers \(index)")])
        }
        let summary = Pipeline.unmatchedWords(responses, book: BuiltInPoints.book(for: "lincolnshire-2022"))
        let words = summary.noTheme.map(\.text)
        #expect(words.contains("sleepovers"))
        #expect(!words.contains { $0.contains("jessica") })
    }
}
