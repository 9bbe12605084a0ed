import Foundation
import Testing
@testable import HeardCore
@testable import HeardIngest
@testable import HeardNormalise
@testable import HeardPipeline
import HeardTestSupport

/// Exports in the shapes SurveyMonkey, Microsoft Forms and Google Forms write, with question wordings and answer
/// labels outside the bank (`Tests/Fixtures/exports/closed-questions`, made by `make_closed_question_exports.py`
/// and `make_tool_shape_exports.py`), run in a workspace whose `heard.json` sets its own age bands. Each export's
/// `.truth.json` holds every column's role and every closed question's counts, tallied by the generator as it
/// wrote the rows: the counts here are never computed by the code under test.
@Suite("Every closed question published with its true counts")
struct ClosedQuestionFidelityTests {
    static let folder = repositoryRoot.appending(path: "Tests/Fixtures/exports/closed-questions")

    struct Truth: Decodable {
        struct Question: Decodable {
            var text: String
            var format: String
            var counts: [String: Int]
        }

        var file: String
        var columns: [String: String]
        var questions: [Question]
    }

    static func truths() throws -> [Truth] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".truth.json") }.sorted()
            .map { try JSONDecoder().decode(Truth.self, from: Data(contentsOf: folder.appending(path: $0))) }
    }

    /// One run over a workspace holding every fixture export, shared by the tests that read its outputs.
    static let shared = Result { try run() }

    static func run() throws -> (workspace: Workspace, report: RunReport) {
        let root = TemporaryFolder.path("heard-closed")
        let surveys = root.appending(path: "Surveys")
        try FileManager.default.createDirectory(at: surveys, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: folder.appending(path: "heard.json"), to: root.appending(path: "heard.json"))
        for truth in try truths() {
            try FileManager.default.copyItem(at: folder.appending(path: truth.file), to: surveys.appending(path: truth.file))
        }
        let workspace = Workspace(root: root)
        return (workspace, try Pipeline(workspace: workspace).run())
    }

    /// Whether a published count is right: exact, or hidden where the rules hide it (1 to 5; and, in a table
    /// whose rows add up to a published base, the smallest other count when exactly one is hidden).
    static func isRight(_ published: Int?, truth: Int, all: [Int], multiple: Bool) -> Bool {
        if let published { return published == truth }
        if (1...5).contains(truth) { return true }
        let small = all.filter { (1...5).contains($0) }
        return !multiple && small.count == 1 && truth == all.filter { $0 > 5 }.min()
    }

    @Test("summary.json has every closed question, every answer row and its true count")
    func summaryCounts() throws {
        let (workspace, report) = try Self.shared.get()
        #expect(report.rejected.isEmpty)
        #expect(report.blockedOutputs.isEmpty, "\(report.blockedOutputs)")
        let data = try Data(contentsOf: workspace.output.appending(path: "summary.json"))
        let summary = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let waves = summary["waves"] as? [[String: Any]] ?? []
        var checked = 0
        for truth in try Self.truths() {
            // Each export is a series of its own, named after its file.
            let series = SeriesNaming.series(forFile: truth.file).id
            let indicators = waves.filter { $0["series"] as? String == series }
                .flatMap { $0["indicators"] as? [[String: Any]] ?? [] }
            #expect(!indicators.isEmpty, "\(truth.file): no series \(series)")
            for question in truth.questions {
                let found = indicators.filter { $0["text"] as? String == question.text }
                #expect(found.count == 1, "\(truth.file): \(question.text) published \(found.count) times")
                guard let indicator = found.first, let answers = indicator["answers"] as? [[String: Any]] else { continue }
                var rows: [String: [String: Any]] = [:]
                for answer in answers {
                    rows[answer["label"] as! String] = answer
                    for spelling in answer["written"] as? [String] ?? [] { rows[spelling] = answer }
                }
                for (label, count) in question.counts {
                    let row = rows[label]
                    #expect(row != nil, "\(question.text): no row for \(label)")
                    #expect(Self.isRight(row?["count"] as? Int, truth: count, all: Array(question.counts.values),
                                         multiple: question.format == "multiple"),
                            "\(question.text): \(label) published \(String(describing: row?["count"])), true \(count)")
                }
                // No answer row that young people did not give, and none merged into another.
                let given = Set(question.counts.keys)
                for answer in answers where (answer["count"] as? Int ?? 1) > 0 {
                    let spellings = [answer["label"] as! String] + (answer["written"] as? [String] ?? [])
                    #expect(!given.isDisjoint(with: spellings), "\(question.text): unexpected row \(spellings)")
                }
                checked += 1
            }
        }
        #expect(checked == (try Self.truths()).map(\.questions.count).reduce(0, +))
        let markdown = try String(contentsOf: workspace.output.appending(path: "run-report.md"), encoding: .utf8)
        let warnings = markdown.components(separatedBy: "## Warnings")[1].components(separatedBy: "\n## ")[0]
        #expect(warnings.split(separator: "\n").filter { $0.hasPrefix("- ") }.count <= 25)
    }

    @Test("heard check gives every column its role", arguments: try truths().map(\.file))
    func roles(file: String) throws {
        let truth = try #require(try Self.truths().first { $0.file == file })
        let root = TemporaryFolder.path("heard-check")
        let pipeline = Pipeline(workspace: Workspace(root: root))
        let result = try #require(try pipeline.check(file: Self.folder.appending(path: file), diagnostics: DiagnosticCollector()))
        let roles = Dictionary(result.columns.map { ($0.header, $0.role) }, uniquingKeysWith: { a, _ in a })
        for (header, role) in truth.columns { #expect(roles[header] == role, "\(file): \(header)") }
    }

    /// Words young people typed in "Other" boxes by `make_other_wording_exports.py` (in the choice's own cell for
    /// Google Forms and Microsoft Forms, in a box column for SurveyMonkey).
    static let typedWords = ["with my nan", "caravan w my dad", "boxing at the gym", "a savings acc my nan set up",
                             "no one really", "youth worker at the hub", "zero hours at a warehouse", "my teacher mrs k"]

    @Test("words typed in an \"Other\" box never reach a published table or page; age tables say they are in bands")
    func typedOthersAndAgeBands() throws {
        let (workspace, _) = try Self.shared.get()
        // The review page lists comments for the Children in Care Council; everything else is published.
        let published = files(under: workspace.output).filter { !$0.path.contains("/review/") }
        for file in published {
            let text = try String(contentsOf: file, encoding: .utf8)
            for words in Self.typedWords { #expect(!text.contains(words), "\(file.lastPathComponent): \(words)") }
        }
        let data = try Data(contentsOf: workspace.output.appending(path: "summary.json"))
        let summary = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let indicators = (summary["waves"] as? [[String: Any]] ?? []).flatMap { $0["indicators"] as? [[String: Any]] ?? [] }
        let ages = indicators.filter { ["What is your age?", "Age (years)", "What age are you?", "Age"].contains($0["text"] as? String) }
        #expect(ages.count >= 4)
        for age in ages { #expect((age["note"] as? String)?.contains("bands") == true, "\(age["text"] ?? "")") }
    }

    @Test("labels carrying formulas and markup are neutralised in CSV tables and escaped in every page")
    func untrustedLabels() throws {
        let (workspace, _) = try Self.shared.get()
        let tables = files(under: workspace.output.appending(path: "tables"))
        let url = try #require(tables.first { $0.lastPathComponent.hasPrefix("surveymonkey-untrusted") &&
            $0.lastPathComponent.hasSuffix("questions.csv") })
        let table = try #require(try CSVReader().read(Array(try Data(contentsOf: url)), source: SourceLocation(file: "t.csv"),
                                                      diagnostics: DiagnosticCollector()).first)
        let cells = table.header + table.rows.flatMap(\.cells)
        for cell in cells { #expect(!(cell.first.map { "=+-@\t\r".contains($0) } ?? false), "formula-like cell: \(cell)") }
        for label in ["'=1+1 Always", "'@Never", "'=SUM(A1:A9)", "'=cmd|' /C calc'!A0"] { #expect(cells.contains(label)) }
        for page in files(under: workspace.output) where page.pathExtension == "html" {
            let html = try String(contentsOf: page, encoding: .utf8)
            #expect(!html.contains("<script>alert") && !html.contains("<b>How</b>") && !html.contains("<u>staff</u>"))
        }
        let markdown = files(under: workspace.output).filter { $0.lastPathComponent.hasPrefix("surveymonkey-untrusted") &&
            $0.pathExtension == "md" }
        for file in markdown { #expect(!(try String(contentsOf: file, encoding: .utf8)).contains("<script>")) }
    }

    @Test("survey options with an '@' inside (\"Tell me @ school\", \"Drop in @thehub\") are published and stop no output",
          arguments: ["Tell me @ school", "Drop in @thehub"])
    func optionWithAt(label: String) throws {
        let (workspace, report) = try Self.shared.get()
        #expect(report.blockedOutputs.isEmpty, "\(report.blockedOutputs)")
        let truth = try #require(try Self.truths().first { $0.questions.contains { $0.counts[label] != nil } })
        let question = try #require(truth.questions.first { $0.counts[label] != nil })
        let series = SeriesNaming.series(forFile: truth.file).id
        let data = try Data(contentsOf: workspace.output.appending(path: "summary.json"))
        let summary = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let indicator = try #require((summary["waves"] as? [[String: Any]] ?? []).filter { $0["series"] as? String == series }
            .flatMap { $0["indicators"] as? [[String: Any]] ?? [] }.first { $0["text"] as? String == question.text })
        let row = (indicator["answers"] as? [[String: Any]] ?? []).first { $0["label"] as? String == label }
        #expect(row?["count"] as? Int == question.counts[label])
        // Every page and table of that survey is written, and shows it.
        let written = files(under: workspace.output).filter { $0.lastPathComponent.hasPrefix(series) }
        for ending in [".md", ".html", "-questions.csv"] {
            let file = try #require(written.first { $0.lastPathComponent.hasSuffix(ending) && !$0.path.contains("/easy-read/")
                && !$0.path.contains("/review/") }, "no \(ending) for \(series)")
            #expect(try String(contentsOf: file, encoding: .utf8).contains(label), "\(file.lastPathComponent)")
        }
        #expect(written.contains { $0.path.contains("/easy-read/") } && written.contains { $0.path.contains("/review/") })
    }
}

/// Words typed in a Google Forms "Other" option land in the choice's own cell: they are a young person's words,
/// so the safeguarding screen must read them, and they must never be published as an answer label.
@Suite("Words typed in an \"Other\" option reach the safeguarding screen")
struct TypedOtherSafeguardingTests {
    static let disclosure = "with my uncle now he hits me when hes drunk"

    @Test("a disclosure typed as \"Other\" goes to the restricted list, is counted as \"Other\" and is never published")
    func disclosureInOther() throws {
        let workspace = try exampleWorkspace()
        var csv = "Timestamp,Who do you live with at the moment?,Do you like your bedroom?\n"
        let living = Array(repeating: "Foster carers", count: 8) + Array(repeating: "A children's home", count: 5)
            + Array(repeating: "My family", count: 4) + [Self.disclosure, "at my mates for now"]
        for (index, live) in living.enumerated() {
            csv += "12/11/2025 18:\(10 + index):00,\(live),\(index % 4 == 0 ? "No" : "Yes")\n"
        }
        try Data(csv.utf8).write(to: workspace.surveys.appending(path: "Bedrooms and homes (Responses) - Form Responses 1.csv"))
        let report = try Pipeline(workspace: workspace).run()
        #expect(report.rejected.isEmpty)
        #expect(try SafeguardingList(workspace: workspace).concerns().contains { $0.text == Self.disclosure })
        for url in files(under: workspace.output) {
            #expect(!(try String(contentsOf: url, encoding: .utf8)).contains("hits me"), "\(url.lastPathComponent)")
        }
        let data = try Data(contentsOf: workspace.output.appending(path: "summary.json"))
        let summary = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let indicator = try #require((summary["waves"] as? [[String: Any]] ?? [])
            .flatMap { $0["indicators"] as? [[String: Any]] ?? [] }
            .first { $0["text"] as? String == "Who do you live with at the moment?" })
        let labels = (indicator["answers"] as? [[String: Any]] ?? []).compactMap { $0["label"] as? String }
        #expect(Set(labels) == ["Foster carers", "A children's home", "My family", "Other"])
    }
}
