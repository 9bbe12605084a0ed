import Foundation
import Testing
@testable import HeardCore
@testable import HeardPipeline

@Suite("Nightly operations")
struct OperationsTests {
    @Test("a night with nothing new rewrites no file at all, run report included, and changes no count")
    func quietNight() throws {
        let workspace = try exampleWorkspace()
        _ = try Pipeline(workspace: workspace).run()
        _ = try Pipeline(workspace: workspace).run()
        let before = Dictionary(uniqueKeysWithValues: files(under: workspace.output).map {
            ($0.path, (try? FileManager.default.attributesOfItem(atPath: $0.path)[.modificationDate] as? Date) ?? nil)
        })
        Thread.sleep(forTimeInterval: 0.05)
        let report = try Pipeline(workspace: workspace).run()
        #expect(report.outputsWritten.isEmpty && !report.changedSomething)
        for url in files(under: workspace.output) {
            let date = try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date
            #expect(date == before[url.path] ?? nil, "\(url.lastPathComponent) was rewritten")
        }
        #expect(report.responsesHeld == 180)
    }

    @Test("another run holding the lock gives exit 75; a lock file a killed run left is no obstacle")
    func lock() throws {
        let workspace = try exampleWorkspace()
        try FileManager.default.createDirectory(at: workspace.state, withIntermediateDirectories: true)
        let holder = RunLock(path: workspace.lockPath)
        try holder.acquire()
        let error = #expect(throws: PipelineError.self) { _ = try Pipeline(workspace: workspace).run() }
        #expect(error?.exitCode == 75)
        #expect(throws: PipelineError.self) { _ = try Pipeline(workspace: workspace).forget(respondent: "x", row: nil, export: "x") }
        holder.release()
        try Data("999999\n".utf8).write(to: workspace.lockPath) // left by a run killed with kill -9: nobody holds it
        let report = try Pipeline(workspace: workspace).run()
        #expect(report.responsesHeld == 180)
    }

    @Test("changing the corrections re-reads unchanged exports so stored tags stay current")
    func rederive() throws {
        let workspace = try exampleWorkspace()
        _ = try Pipeline(workspace: workspace).run()
        try Data("text,themes,polarity\nsomething nobody wrote,,\n".utf8).write(to: workspace.surveys.appending(path: "corrections.csv"))
        let report = try Pipeline(workspace: workspace).run()
        #expect(report.count(.rederived) == 4)
        #expect(report.responsesHeld == 180 && report.responsesSuperseded == 180)
        let again = try Pipeline(workspace: workspace).run()
        #expect(again.count(.unchanged) == 4)
        let rebuilt = try Pipeline(workspace: workspace, options: RunOptions(rebuild: true)).run()
        #expect(rebuilt.count(.rederived) == 4 && rebuilt.responsesHeld == 180)
    }

    @Test("forgetting a young person removes their response everywhere and it never comes back")
    func forget() throws {
        let workspace = try exampleWorkspace()
        _ = try Pipeline(workspace: workspace).run()
        let file = "Surveys/examples/viewpoint-cla-2024-25.csv"
        let text = try String(contentsOf: workspace.root.appending(path: file), encoding: .utf8)
        let secondRow = text.split(separator: "\r\n")[1].split(separator: ",")
        let childID = String(secondRow[3])
        let erasure = try Pipeline(workspace: workspace).forget(respondent: childID, row: nil, export: file)
        #expect(erasure.responsesRemoved == 1)
        #expect(try Pipeline(workspace: workspace).status().responses == 179)
        let rebuilt = try Pipeline(workspace: workspace, options: RunOptions(rebuild: true)).run()
        #expect(rebuilt.responsesHeld == 179)
        let markdown = try String(contentsOf: workspace.output.appending(path: "viewpoint-cla-2024-25.md"), encoding: .utf8)
        #expect(markdown.contains("45 young people"))
        let log = try String(contentsOf: workspace.state.appending(path: "logs/heard.log"), encoding: .utf8)
        #expect(!log.contains(childID))
    }

    @Test("status lists exports with their waves and the responses held")
    func status() throws {
        let workspace = try exampleWorkspace()
        _ = try Pipeline(workspace: workspace).run()
        let status = try Pipeline(workspace: workspace).status()
        #expect(status.responses == 180)
        #expect(status.exports.first { $0.path.hasSuffix("children-in-care-2023.csv") }?.waves == ["2023-24"])
        #expect(status.lastRun != nil)
    }
}
