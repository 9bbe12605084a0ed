import Foundation
import Testing
@testable import HeardCore
@testable import HeardPipeline

@Suite("The final scan of Output/ and the workspace's places")
struct OutputFolderScanTests {
    @Test("a file under Output/ holding an identifier is removed and reported without it; the summaries stay")
    func staleFileRemoved() throws {
        let workspace = try exampleWorkspace()
        _ = try Pipeline(workspace: workspace).run()
        let stale = workspace.output.appending(path: "review/old-page.html")
        try Data("<!DOCTYPE html><p>ring me on 07700 900461</p>".utf8).write(to: stale)
        let report = try Pipeline(workspace: workspace).run()
        #expect(!FileManager.default.fileExists(atPath: stale.path(percentEncoded: false)))
        #expect(report.blockedOutputs.contains { $0.contains("review/old-page.html") && !$0.contains("07700") })
        let pages = files(under: workspace.output).filter { $0.pathExtension == "html" }
        #expect(pages.count >= 4, "the summaries, with their charts of counts, must pass the scan")
    }

    @Test("Surveys/places.txt is the officer's list of places, not an export")
    func placesFile() throws {
        let workspace = try exampleWorkspace()
        try Data("# places young people mention\nzanzibar wonderland\n".utf8).write(to: workspace.places)
        #expect(!workspace.exportFiles().exports.contains { $0.lastPathComponent == "places.txt" })
        #expect(Pipeline(workspace: workspace).loadPlaces() != nil)
        let report = try Pipeline(workspace: workspace).run()
        #expect(report.rejected.isEmpty)
    }
}
