import Foundation
import Testing
@testable import HeardPipeline

/// The run report's timings are for people reading it: milliseconds, never a float's full tail of digits.
@Suite("The run report's seconds")
struct RunReportSecondsTests {
    @Test("the run report gives each stage's seconds to the millisecond, no longer digit runs")
    func runReportSecondsRounded() throws {
        let workspace = try exampleWorkspace()
        _ = try Pipeline(workspace: workspace).run()
        let data = try Data(contentsOf: workspace.output.appending(path: "run-report.json"))
        let report = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let seconds = try #require(report["secondsPerStage"] as? [String: Double])
        #expect(seconds.count > 5)
        for (stage, value) in seconds {
            #expect(abs(value * 1000 - (value * 1000).rounded()) < 1e-6, "\(stage) is not in milliseconds")
        }
    }
}
