import Foundation
import HeardTestSupport
import Testing

/// kill -9 of `heard run` while it records concerns, then a normal run: every concern on the list once.
@Suite("Concerns survive kill -9")
struct ConcernKillTests {
    static let disclosure = "i dont feel safe at my placement the man there comes into my room"

    /// Three exports of 600 rows, every other row a disclosure: 900 concerns.
    static func workspace() throws -> URL {
        let folder = TemporaryFolder.path("heard-concern-kill")
        let surveys = folder.appending(path: "Surveys")
        try FileManager.default.createDirectory(at: surveys, withIntermediateDirectories: true)
        let header = "ID,Start time,Completion time,Do you feel safe where you live?,Anything else you want to tell us?\r\n"
        for part in 0..<3 {
            let rows = (0..<600).map { row in
                "\(part * 10_000 + row),x,04/11/2024 10:00,Never,"
                    + (row.isMultiple(of: 2) ? disclosure : "i like my room and my worker") + "\r\n"
            }
            try Data((header + rows.joined()).utf8).write(to: surveys.appending(path: "part-\(part).csv"))
        }
        return folder
    }

    /// The ids `heard safeguarding list --all` prints.
    static func listed(in folder: URL) throws -> [String] {
        let list = try runBinary(["safeguarding", "list", "--all"], in: folder)
        return list.out.split(separator: "\n").compactMap { line in
            let id = line.prefix(while: { $0 != " " })
            return id.count == 12 && line.dropFirst(12).hasPrefix("  ") ? String(id) : nil
        }
    }

    @Test("kill -9 at any moment, then a run: each concern held once, none lost", arguments: [0.4, 1.2, 2.5])
    func killNine(after seconds: Double) throws {
        let folder = try Self.workspace()
        _ = try runKilled(in: folder, after: seconds)
        let during = try Self.listed(in: folder)
        #expect(Set(during).count == during.count, "no concern twice, even part way")
        let after = try runBinary(["run"], in: folder)
        #expect(after.code == 0, "\(after.err)")
        let listed = try Self.listed(in: folder)
        #expect(listed.count == 900 && Set(listed).count == 900)
        let report = try String(contentsOf: folder.appending(path: "Output/run-report.md"), encoding: .utf8)
        #expect(report.contains("900 comments need safeguarding review"))
    }
}
