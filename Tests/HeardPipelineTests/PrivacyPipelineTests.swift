import Foundation
import Testing
@testable import HeardCore
@testable import HeardPipeline

@Suite("No personal data in diagnostics, reports or outputs")
struct PrivacyPipelineTests {
    static let secrets = ["Zorbina", "Quillfeather", "07700 900461", "zq@example.com", "DN31 1HU", "CLA90210",
                          "12/03/2009", "Havelock Academy", "jaybird_09"]

    /// An export full of personal data that trips every recoverable problem: unknown answers holding a name,
    /// unreadable dates, a ragged row, a repeat submission, an unknown column of names.
    func pii() -> String {
        """
        Respondent ID,Date submitted,Name,Who is your worker,Do you feel safe where you live?,How old are you?,Anything else?
        CLA90210,not a date Zorbina,Zorbina Quillfeather,Zorbina Quillfeather,Zorbina,14,my sw Zorbina is nice 07700 900461
        CLA90210,05/11/2024,Zorbina Quillfeather,Zorbina Quillfeather,Always,14,email zq@example.com I go to Havelock Academy
        CLA55555,06/11/2024,Quillfeather Zorbina,Quillfeather Zorbina,Sometimes,15,i live at DN31 1HU born 12/03/2009 snap jaybird_09,extra
        """
    }

    @Test("every failure path names files, rows and columns, never what was written")
    func diagnosticsAndReports() throws {
        let workspace = try exampleWorkspace()
        try Data(pii().utf8).write(to: workspace.surveys.appending(path: "council-survey-2024.csv"))
        try Data("Name,Email\nZorbina Quillfeather,\"zq@example.com".utf8).write(to: workspace.surveys.appending(path: "half-saved.csv"))
        try Data("Name,Email\nZorbina Quillfeather,zq@example.com\n".utf8).write(to: workspace.surveys.appending(path: "names-only.csv"))
        let report = try Pipeline(workspace: workspace).run()
        #expect(report.rejected.count == 2)
        #expect(report.diagnostics.contains { $0.severity == .warning })
        var texts = report.diagnostics.map(\.description) + report.rejected.compactMap(\.reason)
        for name in ["run-report.md", "run-report.json"] {
            texts.append(try String(contentsOf: workspace.output.appending(path: name), encoding: .utf8))
        }
        texts += files(under: workspace.output).map { (try? String(contentsOf: $0, encoding: .utf8)) ?? "" }
        let store = try Pipeline(workspace: workspace).openStore()
        texts += try store.responses().flatMap(\.comments).map(\.text)
        for text in texts {
            for secret in Self.secrets {
                #expect(!text.contains(secret), "personal data reached a report, output or the store")
            }
        }
    }
}
