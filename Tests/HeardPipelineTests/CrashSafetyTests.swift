import Foundation
import Testing
@testable import HeardCore
@testable import HeardPipeline
@testable import HeardStore

/// Stops a run at one moment, as a crash there would.
func crashing(at moment: RunMoment, _ workspace: Workspace) -> Pipeline {
    var pipeline = Pipeline(workspace: workspace)
    pipeline.interruption = { reached throws(PipelineError) in
        if reached == moment { throw .io("simulated crash") }
    }
    return pipeline
}

@Suite("Crash safety: nothing lost, nothing counted twice")
struct CrashSafetyTests {
    func workspaceWithDisclosure() throws -> Workspace {
        let workspace = try exampleWorkspace()
        let csv = "Respondent ID,Date submitted,Do you feel safe where you live?,Anything else you want to tell us?\n"
            + "YP-7731,04/11/2024,Never,\(SafeguardingPipelineTests.disclosure)\nYP-7732,04/11/2024,Always,i like my room\n"
        try Data(csv.utf8).write(to: workspace.surveys.appending(path: "drop-in-event-2024.csv"))
        return workspace
    }

    @Test("a crash after a concern is written and before its export is committed loses nothing and doubles nothing")
    func crashBetweenConcernAndCommit() throws {
        let workspace = try workspaceWithDisclosure()
        #expect(throws: PipelineError.self) {
            _ = try crashing(at: .afterConcerns("Surveys/drop-in-event-2024.csv"), workspace).run()
        }
        #expect(try SafeguardingList(workspace: workspace).concerns().count == 1, "the concern is on disk")
        #expect(try Pipeline(workspace: workspace).status().responses == 0, "no export was committed")
        let report = try Pipeline(workspace: workspace).run()
        #expect(report.responsesHeld == 182)
        #expect(report.newConcerns == 1, "announced by the run that committed its export")
        #expect(try SafeguardingList(workspace: workspace).concerns().count == 1)
        #expect(try Pipeline(workspace: workspace).run().newConcerns == 0)
    }

    @Test("when a concern cannot be written, its export is not marked done, and the next run screens it again")
    func concernWriteFails() throws {
        let workspace = try workspaceWithDisclosure()
        try FileManager.default.createDirectory(at: workspace.state, withIntermediateDirectories: true)
        let folder = workspace.state.appending(path: "safeguarding")
        try Data("in the way".utf8).write(to: folder) // a file where the restricted folder must be
        let error = #expect(throws: PipelineError.self) { _ = try Pipeline(workspace: workspace).run() }
        #expect(error?.exitCode == 74)
        #expect(try Pipeline(workspace: workspace).status().exports.isEmpty, "nothing was marked done")
        try FileManager.default.removeItem(at: folder)
        let report = try Pipeline(workspace: workspace).run()
        #expect(report.newConcerns == 1 && report.responsesHeld == 182)
        #expect(try SafeguardingList(workspace: workspace).concerns().first?.respondentID == "YP-7731")
    }

    @Test("a crash before the run settles, or after it commits, leaves exact counts for the next run",
          arguments: [RunMoment.beforeSettle, .afterCommit])
    func crashAround(moment: RunMoment) throws {
        let workspace = try exampleWorkspace()
        _ = try Pipeline(workspace: workspace).run()
        try FileManager.default.removeItem(at: workspace.surveys.appending(path: "examples/annual-survey-children-in-care-2023.csv"))
        try formsDownload(Array(1...20)).write(to: workspace.surveys.appending(path: "forms.csv"))
        #expect(throws: PipelineError.self) { _ = try crashing(at: moment, workspace).run() }
        let held = try Pipeline(workspace: workspace).status().responses
        #expect(held == (moment == .beforeSettle ? 180 : 180 - 42 + 20), "all of the run or none of it")
        let report = try Pipeline(workspace: workspace).run()
        #expect(report.responsesHeld == 180 - 42 + 20)
        #expect(try respondents(workspace)["annual-survey-children-in-care/2023-24"] == nil)
        let clean = try exampleWorkspace()
        try FileManager.default.removeItem(at: clean.surveys.appending(path: "examples/annual-survey-children-in-care-2023.csv"))
        try formsDownload(Array(1...20)).write(to: clean.surveys.appending(path: "forms.csv"))
        _ = try Pipeline(workspace: clean).run()
        #expect(try Data(contentsOf: workspace.output.appending(path: "summary.json"))
                == Data(contentsOf: clean.output.appending(path: "summary.json")), "the same summaries as a run never stopped")
    }

    @Test("a dry run stores and writes nothing, even with an existing store")
    func dryRunTouchesNothing() throws {
        let workspace = try exampleWorkspace()
        _ = try Pipeline(workspace: workspace).run()
        try formsDownload(Array(1...20)).write(to: workspace.surveys.appending(path: "forms.csv"))
        let report = try Pipeline(workspace: workspace, options: RunOptions(dryRun: true)).run()
        #expect(report.count(.new) == 1 && report.responsesHeld == 200)
        #expect(try Pipeline(workspace: workspace).status().responses == 180)
        #expect(try Pipeline(workspace: workspace).plan().files.contains { $0.action == .new })
    }
}

@Suite("The workspace key is never replaced")
struct KeyTests {
    func ranWorkspace() throws -> (Workspace, Data) {
        let workspace = try exampleWorkspace()
        _ = try Pipeline(workspace: workspace).run()
        return (workspace, try Data(contentsOf: workspace.keyPath))
    }

    func expectStopped(_ workspace: Workspace, saying words: String) throws {
        let storeBefore = try Data(contentsOf: workspace.storePath)
        let outputBefore = try Data(contentsOf: workspace.output.appending(path: "summary.json"))
        let error = #expect(throws: PipelineError.self) { _ = try Pipeline(workspace: workspace).run() }
        #expect(error?.exitCode == 78)
        #expect(error?.description.contains(words) == true, "\(error?.description ?? "")")
        #expect(error?.description.contains("Restore .heard/key from the backup") == true)
        #expect(try Data(contentsOf: workspace.storePath) == storeBefore)
        #expect(try Data(contentsOf: workspace.output.appending(path: "summary.json")) == outputBefore)
    }

    @Test("a damaged key stops the run with exit 78 and is left as it is")
    func damaged() throws {
        let (workspace, key) = try ranWorkspace()
        try key.prefix(20).write(to: workspace.keyPath)
        try expectStopped(workspace, saying: "damaged")
        #expect(try Data(contentsOf: workspace.keyPath) == key.prefix(20))
    }

    @Test("a missing key is not made anew while the store holds data made with it")
    func missing() throws {
        let (workspace, _) = try ranWorkspace()
        try FileManager.default.removeItem(at: workspace.keyPath)
        try expectStopped(workspace, saying: "missing")
        #expect(!FileManager.default.fileExists(atPath: workspace.keyPath.path))
    }

    @Test("an unreadable key, or another workspace's key, stops the run")
    func unreadableOrWrong() throws {
        let (workspace, key) = try ranWorkspace()
        try FileManager.default.removeItem(at: workspace.keyPath)
        try FileManager.default.createDirectory(at: workspace.keyPath, withIntermediateDirectories: false)
        try expectStopped(workspace, saying: "cannot be read")
        try FileManager.default.removeItem(at: workspace.keyPath)
        try Data(repeating: 7, count: 32).write(to: workspace.keyPath)
        try expectStopped(workspace, saying: "not the key")
        try key.write(to: workspace.keyPath)
        #expect(try Pipeline(workspace: workspace).run().responsesHeld == 180, "the restored key works")
    }
}
