import Foundation
import Testing

@Suite("Crash safety of the heard binary")
struct KillTests {
    /// A workspace big enough that a run takes a while, so it can be killed part way through.
    func bigWorkspace() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appending(path: "heard-kill-\(UUID().uuidString)")
        let surveys = folder.appending(path: "Surveys")
        try FileManager.default.createDirectory(at: surveys, withIntermediateDirectories: true)
        for part in 0..<4 {
            var csv = "ID,Start time,Completion time,Do you feel safe where you live?,What could we do better?\r\n"
            for row in 0..<3000 {
                csv += "\(part * 10_000 + row),x,04/11/2024 10:00,Always,i want to see my brother more and keep my worker \(row % 7)\r\n"
            }
            try Data(csv.utf8).write(to: surveys.appending(path: "part-\(part).csv"))
        }
        return folder
    }

    @Test("kill -9 part way through a run, then a normal run: the counts are exact", arguments: [0.3, 0.6, 1.2])
    func killNine(after seconds: Double) throws {
        let folder = try bigWorkspace()
        let process = Process()
        process.executableURL = try heardBinary()
        process.arguments = ["run"]
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: seconds)
        let killedMidRun = process.isRunning
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let after = try runBinary(["run", "--verbose"], in: folder)
        #expect(after.code == 0, "\(after.err)")
        let status = try runBinary(["status", "--json"], in: folder)
        let object = try JSONSerialization.jsonObject(with: Data(status.out.utf8)) as! [String: Any]
        #expect(object["responses"] as? Int == 12_000)
        if seconds < 0.5 { #expect(killedMidRun, "the first run finished before it could be killed") }
    }

    @Test("a second run while one holds the lock exits 75")
    func concurrent() throws {
        let folder = try bigWorkspace()
        let process = Process()
        process.executableURL = try heardBinary()
        process.arguments = ["run"]
        process.currentDirectoryURL = folder
        try process.run()
        Thread.sleep(forTimeInterval: 0.2)
        let second = try runBinary(["run"], in: folder)
        process.waitUntilExit()
        #expect(second.code == 75)
        #expect(process.terminationStatus == 0)
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
