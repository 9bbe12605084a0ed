import Foundation
import Testing
import HeardTestSupport

@Suite("Crash safety of the heard binary")
struct KillTests {
    /// A workspace big enough that a run takes a while, so it can be killed part way through: three exports of
    /// 3,000 responses and a cumulative re-download holding every row of the third and 3,000 more (newest first),
    /// so 12,000 responses count.
    static func bigWorkspace() throws -> URL {
        let folder = TemporaryFolder.path("heard-kill")
        let surveys = folder.appending(path: "Surveys")
        try FileManager.default.createDirectory(at: surveys, withIntermediateDirectories: true)
        func rows(_ part: Int, _ range: [Int]) -> String {
            range.map { row in
                "\(part * 10_000 + row),x,04/11/2024 10:00,Always,i want to see my brother more and keep my worker \(row % 7)\r\n"
            }.joined()
        }
        let header = "ID,Start time,Completion time,Do you feel safe where you live?,What could we do better?\r\n"
        for part in 0..<3 {
            try Data((header + rows(part, Array(0..<3000))).utf8).write(to: surveys.appending(path: "part-\(part).csv"))
        }
        try Data((header + rows(2, Array((0..<6000).reversed()))).utf8)
            .write(to: surveys.appending(path: "part-2 downloaded again.csv"))
        return folder
    }

    /// What a run never stopped makes of the same workspace.
    static let reference: Data? = {
        guard let folder = try? bigWorkspace(), (try? runBinary(["run"], in: folder))?.code == 0 else { return nil }
        return try? Data(contentsOf: folder.appending(path: "Output/summary.json"))
    }()

    @Test("kill -9 at any moment of a run, then a normal run: the counts are exact", arguments: [0.3, 0.8, 1.6])
    func killNine(after seconds: Double) throws {
        let folder = try Self.bigWorkspace()
        let killedMidRun = try runKilled(in: folder, after: seconds)
        let after = try runBinary(["run", "--verbose"], in: folder)
        #expect(after.code == 0, "\(after.err)")
        let status = try runBinary(["status", "--json"], in: folder)
        let object = try JSONSerialization.jsonObject(with: Data(status.out.utf8)) as! [String: Any]
        #expect(object["responses"] as? Int == 12_000)
        let summary = try Data(contentsOf: folder.appending(path: "Output/summary.json"))
        #expect(summary == (try #require(Self.reference)), "the summaries differ from a run never stopped")
        if seconds < 0.5 { #expect(killedMidRun, "the first run finished before it could be killed") }
        #expect(try runBinary(["run", "--plan"], in: folder).out.contains("Nothing new"))
    }

    @Test("a second run while one holds the lock exits 75")
    func concurrent() throws {
        let folder = try Self.bigWorkspace()
        let process = Process()
        process.executableURL = try heardBinary()
        process.arguments = ["run"]
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: 0.2)
        let second = try runBinary(["run"], in: folder)
        process.waitUntilExit()
        #expect(second.code == 75)
        #expect(process.terminationStatus == 0)
    }

    @Test("run --plan says what a run would do and why, and writes nothing")
    func plan() throws {
        let folder = try Self.bigWorkspace()
        let plan = try runBinary(["run", "--plan"], in: folder)
        #expect(plan.code == 0 && plan.out.contains("new") && plan.out.contains("not seen before"))
        #expect(!FileManager.default.fileExists(atPath: folder.appending(path: ".heard").path))
        #expect(!FileManager.default.fileExists(atPath: folder.appending(path: "Output").path))
        #expect(try runBinary(["run", "--plan", "--dry-run"], in: folder).code == 64)
    }

    @Test("schedule prints a cron line and systemd units for this workspace")
    func schedule() throws {
        let folder = FileManager.default.temporaryDirectory
        let cron = try runBinary(["schedule", "--cron", "--at", "03:15"], in: folder)
        #expect(cron.code == 0 && cron.out.contains("15 3 * * *") && cron.out.contains(" run"))
        let systemd = try runBinary(["schedule", "--systemd"], in: folder)
        #expect(systemd.out.contains("OnCalendar=*-*-* 02:30:00") && systemd.out.contains("[Timer]"))
        #expect(try runBinary(["schedule"], in: folder).code == 64)
    }
}
