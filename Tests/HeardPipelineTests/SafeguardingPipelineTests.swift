import Foundation
import Testing
@testable import HeardCore
@testable import HeardPipeline

@Suite("Safeguarding in heard run")
struct SafeguardingPipelineTests {
    static let disclosure = "i dont feel safe at my placement the man there comes into my room"

    func workspaceWithDisclosure() throws -> Workspace {
        let workspace = try exampleWorkspace()
        let csv = "Respondent ID,Date submitted,Do you feel safe where you live?,Anything else you want to tell us?\n"
            + "YP-7731,04/11/2024,Never,\(Self.disclosure)\nYP-7732,04/11/2024,Always,i like my room\n"
        try Data(csv.utf8).write(to: workspace.surveys.appending(path: "drop-in-event-2024.csv"))
        return workspace
    }

    @Test("a disclosure reaches the restricted list with what an officer needs, and never Output/")
    func restricted() throws {
        let workspace = try workspaceWithDisclosure()
        let report = try Pipeline(workspace: workspace).run()
        #expect(report.newConcerns == 1 && report.concernsNeedingReview == 1)
        let concerns = try SafeguardingList(workspace: workspace).concerns()
        let concern = try #require(concerns.first)
        #expect(concern.text == Self.disclosure)
        #expect(concern.respondentID == "YP-7731")
        #expect(concern.location.file == "Surveys/drop-in-event-2024.csv" && concern.location.row == 2)
        let folder = workspace.state.appending(path: "safeguarding")
        #expect((try FileManager.default.attributesOfItem(atPath: folder.path)[.posixPermissions] as? Int) == 0o700)
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            let file = folder.appending(path: name)
            #expect((try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int) == 0o600)
        }
        for url in files(under: workspace.output) {
            let text = try String(contentsOf: url, encoding: .utf8)
            #expect(!text.contains("comes into my room") && !text.contains("YP-7731"))
        }
        let reportText = try String(contentsOf: workspace.output.appending(path: "run-report.md"), encoding: .utf8)
        #expect(reportText.contains("1 comment needs safeguarding review now"))
        let store = try Pipeline(workspace: workspace).openStore()
        #expect(try store.responses().flatMap(\.comments).contains { $0.hasConcern })
    }

    @Test("every run announces it until an officer acknowledges it; a rerun adds no duplicate")
    func announcedUntilAcknowledged() throws {
        let workspace = try workspaceWithDisclosure()
        _ = try Pipeline(workspace: workspace).run()
        let second = try Pipeline(workspace: workspace).run()
        #expect(second.newConcerns == 0 && second.concernsNeedingReview == 1)
        let id = try #require(try SafeguardingList(workspace: workspace).concerns().first?.id)
        try SafeguardingList(workspace: workspace).acknowledge(id, by: "J Officer")
        let third = try Pipeline(workspace: workspace).run()
        #expect(third.concernsNeedingReview == 0)
        #expect(try SafeguardingList(workspace: workspace).concerns().first?.acknowledgedBy == "J Officer")
    }

    @Test("the hook in heard.json runs with the count only")
    func hook() throws {
        let workspace = try workspaceWithDisclosure()
        let marker = workspace.root.appending(path: "hook-ran.txt")
        let settings = #"{"safeguardingHook": "echo $HEARD_NEW_CONCERNS > \#(marker.path)"}"#
        try Data(settings.utf8).write(to: workspace.settings)
        _ = try Pipeline(workspace: workspace).run()
        #expect(try String(contentsOf: marker, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines) == "1")
    }
}
