import Foundation
import Testing
@testable import HeardCore
@testable import HeardPipeline
@testable import HeardStore

/// A Microsoft Forms download of responses `ids`, in the order given; `extraQuestion` adds a question the form
/// gained later (blank for everyone, as the tool writes it).
func formsDownload(_ ids: [Int], extraQuestion: Bool = false) -> Data {
    var csv = "ID,Start time,Completion time,Email,Name,Do you feel safe where you live?,What could be better?"
        + (extraQuestion ? ",Do you have a really good friend?" : "") + "\r\n"
    let answers = ["Always", "Sometimes", "Never", "Most of the time"]
    for id in ids {
        csv += "\(id),04/11/2024 10:\(String(format: "%02d", id % 60)),04/11/2024 11:00,yp\(id)@example.com,Young Person \(id),"
            + "\(answers[id % 4]),i would like more time with my sister number \(id)" + (extraQuestion ? "," : "") + "\r\n"
    }
    return Data(csv.utf8)
}

/// The respondents a summary.json says each series and wave had.
func respondents(_ workspace: Workspace) throws -> [String: Int] {
    let data = try Data(contentsOf: workspace.output.appending(path: "summary.json"))
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let waves = try #require(object["waves"] as? [[String: Any]])
    return Dictionary(uniqueKeysWithValues: waves.map { ("\($0["series"]!)/\($0["wave"]!)", $0["respondents"] as? Int ?? -1) })
}

@Suite("The ledger: exports known by content")
struct LedgerTests {
    @Test("a moved export is the same export: nothing is read again and no count changes")
    func moved() throws {
        let workspace = try exampleWorkspace()
        _ = try Pipeline(workspace: workspace).run()
        let before = try respondents(workspace)
        let folder = workspace.surveys.appending(path: "2024-25")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: workspace.surveys.appending(path: "examples/viewpoint-cla-2024-25.csv"),
                                         to: folder.appending(path: "viewpoint.csv"))
        let plan = try Pipeline(workspace: workspace).plan()
        #expect(plan.files.first { $0.path == "Surveys/2024-25/viewpoint.csv" }?.action == .moved && plan.gone.isEmpty)
        let report = try Pipeline(workspace: workspace).run()
        #expect(report.count(.moved) == 1 && report.responsesAdded == 0 && report.responsesHeld == 180)
        #expect(try respondents(workspace) == before)
        let status = try Pipeline(workspace: workspace).status()
        #expect(status.exports.count == 4)
        #expect(status.exports.contains { $0.paths == ["Surveys/2024-25/viewpoint.csv"] })
    }

    @Test("a copy of an export in a second folder is counted once")
    func copy() throws {
        let workspace = try exampleWorkspace()
        try FileManager.default.copyItem(at: workspace.surveys.appending(path: "examples/viewpoint-cla-2024-25.csv"),
                                         to: workspace.surveys.appending(path: "viewpoint copy.csv"))
        let report = try Pipeline(workspace: workspace).run()
        #expect(report.count(.copy) == 1 && report.responsesHeld == 180)
        #expect(try respondents(workspace)["viewpoint-cla/2024-25"] == 46)
    }

    @Test("a cumulative re-download supersedes the earlier download; taking it away brings the earlier one back")
    func cumulative() throws {
        let workspace = try exampleWorkspace()
        let autumn = workspace.surveys.appending(path: "forms/your-views autumn.csv")
        let spring = workspace.surveys.appending(path: "forms/your-views.csv")
        try FileManager.default.createDirectory(at: autumn.deletingLastPathComponent(), withIntermediateDirectories: true)
        try formsDownload(Array(1...30)).write(to: autumn)
        let first = try Pipeline(workspace: workspace).run()
        #expect(first.responsesHeld == 180 + 30)
        // Later: every response so far, newest first, and a question the form gained since.
        try formsDownload(Array((1...50).reversed()), extraQuestion: true).write(to: spring)
        let second = try Pipeline(workspace: workspace).run()
        #expect(second.responsesHeld == 180 + 50, "the autumn responses are counted once")
        #expect(second.exports.first { $0.path.hasSuffix("autumn.csv") }?.outcome == .superseded)
        #expect(try Pipeline(workspace: workspace).run().responsesHeld == 230)
        #expect(try Pipeline(workspace: workspace).plan().isQuiet)
        try FileManager.default.removeItem(at: spring)
        let third = try Pipeline(workspace: workspace).run()
        #expect(third.responsesHeld == 180 + 30)
        #expect(third.exports.first { $0.path.hasSuffix("autumn.csv") }?.outcome == .restored)
    }

    @Test("rows alike by chance in exports without ids or times supersede nothing")
    func coincidence() throws {
        let workspace = try exampleWorkspace()
        let header = "How old are you?,Do you feel safe where you live?\r\n"
        try Data((header + "14,Always\r\n15,Never\r\n").utf8).write(to: workspace.surveys.appending(path: "event-a.csv"))
        try Data((header + "14,Always\r\n15,Never\r\n16,Sometimes\r\n").utf8)
            .write(to: workspace.surveys.appending(path: "event-b.csv"))
        let report = try Pipeline(workspace: workspace).run()
        #expect(report.count(.superseded) == 0 && report.responsesHeld == 180 + 5)
    }

    @Test("a removed export leaves the summaries and Output/, and the ledger keeps its record")
    func removed() throws {
        let workspace = try exampleWorkspace()
        _ = try Pipeline(workspace: workspace).run()
        let page = workspace.output.appending(path: "annual-survey-children-in-care-2023-24.html")
        #expect(FileManager.default.fileExists(atPath: page.path))
        try FileManager.default.removeItem(at: workspace.surveys.appending(path: "examples/annual-survey-children-in-care-2023.csv"))
        let report = try Pipeline(workspace: workspace).run()
        #expect(report.count(.gone) == 1 && report.responsesGone == 42 && report.responsesHeld == 180 - 42)
        #expect(!FileManager.default.fileExists(atPath: page.path), "the removed wave's page is removed")
        #expect(report.outputsRemoved.contains("Output/annual-survey-children-in-care-2023-24.html"))
        #expect(try respondents(workspace)["annual-survey-children-in-care/2023-24"] == nil)
        let gone = try Pipeline(workspace: workspace).status().exports.filter { $0.status == .gone }
        #expect(gone.count == 1 && gone.first?.respondents == 42 && gone.first?.paths == [])
        #expect(try Pipeline(workspace: workspace).run().count(.gone) == 0, "gone once, not every night")
    }

    @Test("a removed export's review CSV is removed with its pages, not reported as holding an ID number")
    func removedWithReviewList() throws {
        let workspace = try exampleWorkspace()
        try FileSystem.makeDirectory(workspace.surveys.appending(path: "forms"))
        let export = workspace.surveys.appending(path: "forms/Family time survey 2024.csv")
        try formsDownload(Array(1...90)).write(to: export)
        _ = try Pipeline(workspace: workspace).run()
        let review = workspace.output.appending(path: "review")
        let lists = { (try? FileManager.default.contentsOfDirectory(atPath: review.path))?.filter { $0.hasSuffix("-more.csv") } ?? [] }
        let before = lists()
        #expect(!before.isEmpty, "90 comments on one theme overflow the review page into its CSV")
        try FileManager.default.removeItem(at: export)
        let report = try Pipeline(workspace: workspace).run()
        #expect(report.blockedOutputs.isEmpty)
        #expect(lists().count < before.count)
    }

    @Test("a missing Surveys/ folder (a wrong workspace, an unmounted drive) stops the run instead of emptying Output/")
    func surveysMissing() throws {
        let workspace = try exampleWorkspace()
        _ = try Pipeline(workspace: workspace).run()
        let summary = try Data(contentsOf: workspace.output.appending(path: "summary.json"))
        try FileManager.default.moveItem(at: workspace.surveys, to: workspace.root.appending(path: "Surveys-away"))
        let error = #expect(throws: PipelineError.self) { _ = try Pipeline(workspace: workspace).run() }
        #expect(error?.exitCode == 74)
        #expect(try Data(contentsOf: workspace.output.appending(path: "summary.json")) == summary)
        #expect(try Pipeline(workspace: workspace).status().responses == 180)
    }

    @Test("a half-saved copy over a good export is rejected, left untouched, and the good version still counts")
    func halfSavedOverGood() throws {
        let workspace = try exampleWorkspace()
        _ = try Pipeline(workspace: workspace).run()
        let before = try respondents(workspace)
        let file = workspace.surveys.appending(path: "examples/viewpoint-cla-2024-25.csv")
        let cut = Data("Child ID,Forename\r\n1,\"Am".utf8)
        try cut.write(to: file)
        let report = try Pipeline(workspace: workspace).run()
        #expect(report.rejected.map(\.path) == ["Surveys/examples/viewpoint-cla-2024-25.csv"])
        let after = try respondents(workspace)
        #expect(report.responsesHeld == 180 && after == before)
        #expect(try Data(contentsOf: file) == cut)
        let again = try Pipeline(workspace: workspace).run()
        #expect(again.rejected.count == 1 && again.responsesHeld == 180, "still rejected, still standing in")
    }

    @Test("a rejected export is retried when the profile its message asks for is added")
    func retryAfterProfile() throws {
        let workspace = try exampleWorkspace()
        let file = workspace.surveys.appending(path: "club-night.csv")
        // A paper form typed up under headers a tool cut short: both columns look like identity columns.
        try Data(("Name,Email\r\nmore trips to the seaside,football on fridays\r\nbetter wifi please,nothing\r\n"
                  + "see my brother,a bigger room\r\n").utf8).write(to: file)
        let first = try Pipeline(workspace: workspace).run()
        #expect(first.rejected.map(\.path) == ["Surveys/club-night.csv"])
        #expect(try Pipeline(workspace: workspace).run().rejected.first?.isRepeat == true)
        try FileManager.default.createDirectory(at: workspace.profiles, withIntermediateDirectories: true)
        try Data("""
            {"id": "club-night", "title": "Club night feedback", "signature": ["Name", "Email"],
             "series": {"id": "club-night", "title": "Club night"},
             "columns": [{"header": "Name", "role": "free-text", "question": "comment-what-better"},
                         {"header": "Email", "role": "free-text", "question": "comment-what-good"}]}
            """.utf8).write(to: workspace.profiles.appending(path: "club-night.json"))
        let plan = try Pipeline(workspace: workspace).plan()
        let item = try #require(plan.files.first { $0.path == "Surveys/club-night.csv" })
        #expect(item.action == .retry && item.reason.contains("profiles"))
        let report = try Pipeline(workspace: workspace).run()
        #expect(report.exports.first { $0.path == "Surveys/club-night.csv" }?.outcome == .retried)
        #expect(report.rejected.isEmpty && report.responsesHeld == 183)
    }
}
