import Foundation
import Testing
@testable import HeardCore
@testable import HeardIngest
@testable import HeardPipeline
import HeardSummary
import HeardTestSupport

let repositoryRoot = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// A fresh workspace holding a copy of the bundled examples and actions register.
func exampleWorkspace() throws -> Workspace {
    let root = TemporaryFolder.path("heard-ws")
    let surveys = root.appending(path: "Surveys")
    try FileManager.default.createDirectory(at: surveys, withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: repositoryRoot.appending(path: "Surveys/examples"),
                                     to: surveys.appending(path: "examples"))
    try FileManager.default.copyItem(at: repositoryRoot.appending(path: "Surveys/actions.csv"),
                                     to: surveys.appending(path: "actions.csv"))
    return Workspace(root: root)
}

/// Every value in the examples' identity columns (names, emails, ids, dates of birth).
func exampleIdentityValues() throws -> Set<String> {
    let identityHeaders: Set<String> = ["Child ID", "Forename", "Surname", "Date of birth", "Email", "Name",
                                        "Email address", "Your name (optional)"]
    var values: Set<String> = []
    let folder = repositoryRoot.appending(path: "Surveys/examples")
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".csv") {
        let bytes = Array(try Data(contentsOf: folder.appending(path: name)))
        let table = try #require(try CSVReader().read(bytes, source: SourceLocation(file: name),
                                                      diagnostics: DiagnosticCollector()).first)
        for (index, header) in table.header.enumerated() where identityHeaders.contains(header) {
            for row in table.rows {
                let value = row[index].trimmingCharacters(in: .whitespaces)
                if value.count >= 3 && value != "anonymous" { values.insert(value) }
            }
        }
    }
    return values
}

func files(under folder: URL) -> [URL] {
    let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
    return (walker?.allObjects as? [URL] ?? []).filter { !$0.hasDirectoryPath }
}

@Suite("The pipeline on the bundled examples")
struct PipelineTests {
    @Test("a run reads every example, writes a Markdown and HTML summary per wave and a run report")
    func run() throws {
        let workspace = try exampleWorkspace()
        let report = try Pipeline(workspace: workspace).run()
        #expect(report.count(.new) == 4)
        #expect(report.rejected.isEmpty)
        #expect(report.responsesHeld == 46 + 42 + 48 + 44)
        let names = Set(files(under: workspace.output).map(\.lastPathComponent))
        for slug in ["viewpoint-cla-2024-25", "annual-survey-children-in-care-2023-24",
                     "annual-survey-children-in-care-2024-25", "annual-survey-care-leavers-2024-25"] {
            #expect(names.contains("\(slug).md") && names.contains("\(slug).html"), "missing \(slug)")
        }
        #expect(names.contains("run-report.md") && names.contains("run-report.json"))
        let markdown = try String(contentsOf: workspace.output.appending(path: "viewpoint-cla-2024-25.md"), encoding: .utf8)
        #expect(markdown.contains("46 young people"))
    }

    @Test("a second run reads nothing again, changes no count and rewrites no summary")
    func idempotent() throws {
        let workspace = try exampleWorkspace()
        let first = try Pipeline(workspace: workspace).run()
        let second = try Pipeline(workspace: workspace).run()
        #expect(second.count(.unchanged) == 4)
        #expect(second.responsesHeld == first.responsesHeld)
        #expect(second.outputsWritten.isEmpty)
    }

    @Test("a changed export supersedes its earlier responses; a bad one is rejected, left alone, and the rest go on")
    func changedAndBad() throws {
        let workspace = try exampleWorkspace()
        _ = try Pipeline(workspace: workspace).run()
        let file = workspace.surveys.appending(path: "examples/annual-survey-children-in-care-2023.csv")
        var lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\r\n", omittingEmptySubsequences: false)
        lines.removeSubrange(1...2) // two respondents withdrawn
        try lines.joined(separator: "\r\n").write(to: file, atomically: true, encoding: .utf8)
        let bad = workspace.surveys.appending(path: "half-saved.csv")
        let badBytes = Data("ID,Start time\n1,\"unfinished".utf8)
        try badBytes.write(to: bad)
        let report = try Pipeline(workspace: workspace).run()
        #expect(report.count(.changed) == 1)
        #expect(report.responsesSuperseded == 42)
        #expect(report.responsesHeld == 180 - 2)
        #expect(report.rejected.map(\.path) == ["Surveys/half-saved.csv"])
        #expect(try Data(contentsOf: bad) == badBytes)
        let text = try String(contentsOf: workspace.output.appending(path: "run-report.md"), encoding: .utf8)
        #expect(text.contains("Surveys/half-saved.csv"))
    }

    @Test("no identity value from the examples appears anywhere in Output/ or in the stored comments")
    func noPersonalData() throws {
        let workspace = try exampleWorkspace()
        _ = try Pipeline(workspace: workspace).run()
        let identities = try exampleIdentityValues()
        #expect(identities.count > 100)
        var outputs = files(under: workspace.output).map { (try? String(contentsOf: $0, encoding: .utf8)) ?? "" }
        let store = try Pipeline(workspace: workspace).openStore()
        outputs += try store.responses().flatMap(\.comments).map(\.text)
        for text in outputs {
            let words = Set(text.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "@" && $0 != "." && $0 != "'" })
                .map { $0.lowercased() })
            for value in identities {
                let lowered = value.lowercased()
                if lowered.contains(" ") || lowered.contains("/") || lowered.contains("@") {
                    #expect(!text.lowercased().contains(lowered), "an identity value leaked")
                } else {
                    #expect(!words.contains(lowered), "an identity value leaked")
                }
            }
            #expect(!text.contains("07700"))
        }
    }

    @Test("a dry run stores and writes nothing")
    func dryRun() throws {
        let workspace = try exampleWorkspace()
        let report = try Pipeline(workspace: workspace, options: RunOptions(dryRun: true)).run()
        #expect(report.count(.new) == 4)
        #expect(!FileManager.default.fileExists(atPath: workspace.output.path))
        #expect(!FileManager.default.fileExists(atPath: workspace.storePath.path))
    }

    @Test("the workspace key is created with mode 0600")
    func keyMode() throws {
        let workspace = try exampleWorkspace()
        _ = try Pipeline(workspace: workspace).run()
        let attributes = try FileManager.default.attributesOfItem(atPath: workspace.keyPath.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test("settings: comments allowed, unknown keys and low thresholds refused")
    func settings() throws {
        let settings = try Settings.parse("{ // our council\n \"framework\": \"lincolnshire-2022\", \"suppressionThreshold\": 10 }")
        #expect(settings.suppressionThreshold == 10)
        #expect(throws: PipelineError.self) { try Settings.parse(#"{"colour": "red"}"#) }
        #expect(throws: PipelineError.self) { try Settings.parse(#"{"suppressionThreshold": 2}"#) }
        #expect(try Settings.parse(#"{"wave": "calendar-year"}"#).wave == "calendar-year")
        #expect(throws: PipelineError.self) { try Settings.parse(#"{"wave": "termly"}"#) }
    }

    @Test("heard.json can label waves by calendar year")
    func calendarWaves() throws {
        let workspace = try exampleWorkspace()
        try Data(#"{"wave": "calendar-year"}"#.utf8).write(to: workspace.settings)
        let report = try Pipeline(workspace: workspace).run()
        #expect(report.rejected.isEmpty)
        let names = files(under: workspace.output).map(\.lastPathComponent)
        #expect(names.contains("annual-survey-children-in-care-2023.md"))
        #expect(names.contains("viewpoint-cla-2025.md") || names.contains("viewpoint-cla-2024.md"))
    }

    @Test("an unknown framework is a configuration error")
    func unknownFramework() throws {
        let workspace = try exampleWorkspace()
        let error = #expect(throws: PipelineError.self) {
            _ = try Pipeline(workspace: workspace, options: RunOptions(framework: "no-such")).run()
        }
        #expect(error?.exitCode == 78)
    }
}

@Suite("Summaries from two tools and two waves")
struct SummaryOutputTests {
    @Test("summary.json holds true counts, a trend against the previous wave, and no count from 1 to 5")
    func summaryJSON() throws {
        let workspace = try exampleWorkspace()
        _ = try Pipeline(workspace: workspace).run()
        let data = try Data(contentsOf: workspace.output.appending(path: "summary.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let waves = try #require(object["waves"] as? [[String: Any]])
        let byKey = Dictionary(uniqueKeysWithValues: waves.map { ("\($0["series"]!)/\($0["wave"]!)", $0) })
        #expect(byKey["viewpoint-cla/2024-25"]?["respondents"] as? Int == 46)
        #expect(byKey["annual-survey-care-leavers/2024-25"]?["respondents"] as? Int == 44)
        let current = try #require(byKey["annual-survey-children-in-care/2024-25"])
        #expect(current["respondents"] as? Int == 48)
        #expect(current["previous"] as? String == "2023-24")
        #expect((current["trend"] as? [Any])?.isEmpty == false)
        // No published count anywhere is from 1 to the threshold.
        func walk(_ value: Any, key: String) {
            if let dictionary = value as? [String: Any] {
                for (child, item) in dictionary { walk(item, key: child) }
            } else if let array = value as? [Any] {
                for item in array { walk(item, key: key) }
            } else if let number = value as? Int, ["respondents", "comments", "praise", "problems", "requests", "count",
                                                     "base", "positive", "otherComments"].contains(key) {
                #expect(!(1...5).contains(number), "\(key) = \(number) published")
            }
        }
        walk(object, key: "")
        let names = Set(files(under: workspace.output).map { workspace.relativePath($0) })
        for path in ["Output/easy-read/viewpoint-cla-2024-25.html", "Output/review/viewpoint-cla-2024-25.html",
                     "Output/tables/viewpoint-cla-2024-25-themes.csv"] {
            #expect(names.contains(path), "missing \(path)")
        }
    }

    @Test("a review decision dropped into Surveys/reviews publishes the quote on the next run")
    func reviewRoundTrip() throws {
        let workspace = try exampleWorkspace()
        _ = try Pipeline(workspace: workspace).run()
        let documents = try Pipeline(workspace: workspace).summaries()
        let candidate = try #require(documents.flatMap(\.candidates).first)
        let html = try String(contentsOf: workspace.output.appending(path: "\(documents.first { $0.candidates.contains(candidate) }!.slug).html"),
                              encoding: .utf8)
        #expect(!html.contains(HTMLEscape(candidate.text)))
        let reviews = workspace.surveys.appending(path: "reviews")
        try FileManager.default.createDirectory(at: reviews, withIntermediateDirectories: true)
        try Data(#"{"decisions": [{"id": "\#(candidate.id)", "decision": "approve"}]}"#.utf8)
            .write(to: reviews.appending(path: "decisions.json"))
        _ = try Pipeline(workspace: workspace).run()
        let after = try String(contentsOf: workspace.output.appending(path: "\(documents.first { $0.candidates.contains(candidate) }!.slug).html"),
                               encoding: .utf8)
        #expect(after.contains(HTMLEscape(candidate.text)))
    }

    @Test("a reviewer moving a quote to another theme re-tags that comment, and only its words, on the next run")
    func reviewRetag() throws {
        let workspace = try exampleWorkspace()
        _ = try Pipeline(workspace: workspace).run()
        let before = try Pipeline(workspace: workspace).summaries().flatMap(\.candidates)
        let candidate = try #require(before.first { $0.themeID != nil && $0.themeID != "learning-and-aspirations" })
        let reviews = workspace.surveys.appending(path: "reviews")
        try FileManager.default.createDirectory(at: reviews, withIntermediateDirectories: true)
        let entry: [String: Any] = ["id": candidate.id, "decision": "retag", "themes": ["learning-and-aspirations"],
                                    "text": candidate.text]
        try JSONSerialization.data(withJSONObject: ["decisions": [entry]]).write(to: reviews.appending(path: "retag.json"))
        let report = try Pipeline(workspace: workspace).run()
        #expect(report.exports.allSatisfy { $0.outcome == .rederived }, "a retag re-derives stored tags")
        let after = try Pipeline(workspace: workspace).summaries().flatMap(\.candidates)
        let moved = after.filter { $0.id == candidate.id }
        #expect(!moved.isEmpty && moved.allSatisfy { $0.themeID == "learning-and-aspirations" })
        // Every other comment keeps its theme (the same words in another wave are corrected alike).
        let others = { (list: [SummaryDocument.Candidate]) in
            Set(list.filter { TextFolding.fold($0.text) != TextFolding.fold(candidate.text) }.map { "\($0.id) \($0.themeID ?? "")" })
        }
        #expect(others(after) == others(before))
    }

    @Test("heard review retag refuses a theme the framework does not have")
    func retagUnknownTheme() throws {
        let workspace = try exampleWorkspace()
        _ = try Pipeline(workspace: workspace).run()
        let candidate = try #require(try Pipeline(workspace: workspace).summaries().flatMap(\.candidates).first)
        #expect(throws: PipelineError.self) {
            try Pipeline(workspace: workspace).recordRetag(id: candidate.id, themes: ["no-such-theme"])
        }
        try Pipeline(workspace: workspace).recordRetag(id: candidate.id, themes: [])
        _ = try Pipeline(workspace: workspace).run()
        let after = try Pipeline(workspace: workspace).summaries().flatMap(\.candidates).filter { $0.id == candidate.id }
        #expect(!after.isEmpty && after.allSatisfy { $0.themeID == nil })
    }
}

func HTMLEscape(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        .replacingOccurrences(of: "'", with: "&#39;")
}
