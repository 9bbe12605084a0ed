import Foundation
import Testing
@testable import HeardCore
@testable import HeardPipeline
import HeardSummary

/// Every file under `Output/` with its text.
func outputTexts(_ workspace: Workspace) -> [(path: String, text: String)] {
    files(under: workspace.output).map { (workspace.relativePath($0), (try? String(contentsOf: $0, encoding: .utf8)) ?? "") }
}

@Suite("Output/ follows the exports, settings, reviews and erasures")
struct OutputFolderTests {
    @Test("after heard forget nothing of the young person remains anywhere under Output/, even an approved quote")
    func forgetPrunes() throws {
        let workspace = try exampleWorkspace()
        let file = workspace.surveys.appending(path: "forms/club.csv")
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        let words = "i would love a dog called biscuit at my placement"
        var csv = "ID,Start time,Completion time,Email,Name,Do you feel safe where you live?,What could be better?\r\n"
        csv += "1,04/11/2024 10:00,04/11/2024 10:05,,,Always,\(words)\r\n"
        for id in 2...9 { csv += "\(id),04/11/2024 10:00,04/11/2024 10:05,,,Sometimes,more trips out please \(id)\r\n" }
        try Data(csv.utf8).write(to: file)
        _ = try Pipeline(workspace: workspace).run()
        let candidate = try #require(try Pipeline(workspace: workspace).summaries().flatMap(\.candidates)
            .first { $0.text.contains("biscuit") })
        try Pipeline(workspace: workspace).recordReview(ReviewDecision(id: candidate.id, decision: .approve, wording: nil))
        _ = try Pipeline(workspace: workspace).run()
        #expect(outputTexts(workspace).contains { $0.text.contains("biscuit") }, "the approved quote is published")
        let erasure = try Pipeline(workspace: workspace).forget(respondent: "1", row: nil, export: "Surveys/forms/club.csv")
        #expect(erasure.responsesRemoved == 1)
        let report = try Pipeline(workspace: workspace).run()
        #expect(report.responsesHeld == 180 + 8)
        for (path, text) in outputTexts(workspace) {
            #expect(!text.contains("biscuit"), "\(path) still holds the forgotten young person's words")
        }
        // A later, cumulative download of the same form still holds their row: it is not stored again.
        try Data((csv + "10,05/11/2024 10:00,05/11/2024 10:05,,,Never,a quieter house\r\n").utf8)
            .write(to: workspace.surveys.appending(path: "forms/club (2).csv"))
        let later = try Pipeline(workspace: workspace).run()
        #expect(later.responsesHeld == 180 + 9)
        #expect(!outputTexts(workspace).contains { $0.text.contains("biscuit") })
    }

    @Test("a file someone put in Output/ is removed, and a deleted Output/ comes back the same")
    func pureFunction() throws {
        let workspace = try exampleWorkspace()
        _ = try Pipeline(workspace: workspace).run()
        let before = Dictionary(uniqueKeysWithValues: outputTexts(workspace).filter { !$0.path.contains("run-report") }
            .map { ($0.path, $0.text) })
        let stray = workspace.output.appending(path: "old/annual-survey-2019-20.html")
        try FileManager.default.createDirectory(at: stray.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("an old page".utf8).write(to: stray)
        let report = try Pipeline(workspace: workspace).run()
        #expect(report.outputsRemoved == ["Output/old/annual-survey-2019-20.html"])
        #expect(!FileManager.default.fileExists(atPath: stray.deletingLastPathComponent().path))
        try FileManager.default.removeItem(at: workspace.output)
        _ = try Pipeline(workspace: workspace).run()
        let after = Dictionary(uniqueKeysWithValues: outputTexts(workspace).filter { !$0.path.contains("run-report") }
            .map { ($0.path, $0.text) })
        #expect(after == before)
    }

    @Test("the safeguarding hook is stopped at its time limit and cannot keep the lock")
    func hookTimeLimit() throws {
        let workspace = try exampleWorkspace()
        let csv = "Respondent ID,Date submitted,Anything else you want to tell us?\n"
            + "YP-1,04/11/2024,\(SafeguardingPipelineTests.disclosure)\n"
        try Data(csv.utf8).write(to: workspace.surveys.appending(path: "event.csv"))
        let settings = #"{"safeguardingHook": "sleep 30 & sleep 30", "safeguardingHookTimeout": 1}"#
        try Data(settings.utf8).write(to: workspace.settings)
        let started = Date()
        let report = try Pipeline(workspace: workspace).run()
        #expect(Date().timeIntervalSince(started) < 20)
        #expect(report.diagnostics.contains { $0.message.contains("did not finish within 1 seconds") })
        #expect(report.newConcerns == 1)
        let lock = RunLock(path: workspace.lockPath)
        try lock.acquire() // nothing the hook left behind holds it
        lock.release()
    }
}
