import Foundation
import Testing
import HeardTestSupport

/// Runs the built `heard` binary as a child process.
func runBinary(_ arguments: [String], in folder: URL) throws -> (code: Int32, out: String, err: String) {
    let process = Process()
    process.executableURL = try heardBinary()
    process.arguments = arguments
    process.currentDirectoryURL = folder
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
}

/// Starts `heard run` in the folder, kills it with SIGKILL after the given seconds, and says whether it was still
/// running when killed (a run that finished first was not interrupted).
func runKilled(in folder: URL, after seconds: Double) throws -> Bool {
    let process = Process()
    process.executableURL = try heardBinary()
    process.arguments = ["run"]
    process.currentDirectoryURL = folder
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    Thread.sleep(forTimeInterval: seconds)
    let stillRunning = process.isRunning
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    return stillRunning
}

/// The `heard` executable beside this test bundle (SwiftPM builds it for tests that depend on it).
func heardBinary() throws -> URL {
    let candidates = [
        URL(filePath: CommandLine.arguments[0]).deletingLastPathComponent().appending(path: "heard"),
        Bundle.main.bundleURL.appending(path: "heard"),
        URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appending(path: ".build/debug/heard"),
    ]
    return try #require(candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) })
}

@Suite("End to end: the heard binary on a copy of the examples")
struct EndToEndTests {
    let root = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func workspace() throws -> URL {
        let folder = TemporaryFolder.path("heard-e2e")
        try FileManager.default.createDirectory(at: folder.appending(path: "Surveys"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: root.appending(path: "Surveys/examples"),
                                         to: folder.appending(path: "Surveys/examples"))
        try FileManager.default.copyItem(at: root.appending(path: "Surveys/actions.csv"),
                                         to: folder.appending(path: "Surveys/actions.csv"))
        return folder
    }

    @Test("heard run exits 0 and writes summaries that say You said and We did, with true respondent counts")
    func run() throws {
        let folder = try workspace()
        let result = try runBinary(["run"], in: folder)
        #expect(result.code == 0, "\(result.err)")
        let output = folder.appending(path: "Output")
        // Count respondents independently of Heard's parser: the examples have one record per line.
        for (file, slug) in [("viewpoint-cla-2024-25.csv", "viewpoint-cla-2024-25"),
                             ("annual-survey-care-leavers-2024.csv", "annual-survey-care-leavers-2024-25")] {
            let bytes = try Data(contentsOf: folder.appending(path: "Surveys/examples/\(file)"))
            let records = bytes.split(separator: UInt8(ascii: "\n")).filter { !$0.allSatisfy { $0 == 13 } }.count - 1
            let markdown = try String(contentsOf: output.appending(path: "\(slug).md"), encoding: .utf8)
            let html = try String(contentsOf: output.appending(path: "\(slug).html"), encoding: .utf8)
            #expect(markdown.contains("\(records) young people"))
            #expect(html.contains("\(records) young people"))
            for text in [markdown, html] {
                #expect(text.contains("You said"))
                #expect(text.contains("We did"))
            }
        }
        let second = try runBinary(["run", "--verbose"], in: folder)
        #expect(second.code == 0)
        #expect(second.out.contains("4 unchanged"))
        let quiet = try runBinary(["run"], in: folder)
        #expect(quiet.code == 0 && quiet.out.isEmpty && quiet.err.isEmpty)
    }

    @Test("exit codes: unknown command 64, --version 0, status after a run")
    func exitCodes() throws {
        let folder = try workspace()
        #expect(try runBinary(["no-such-command"], in: folder).code == 64)
        #expect(try runBinary(["--version"], in: folder).code == 0)
        _ = try runBinary(["run"], in: folder)
        let status = try runBinary(["status", "--json"], in: folder)
        let object = try JSONSerialization.jsonObject(with: Data(status.out.utf8)) as! [String: Any]
        #expect(object["responses"] as? Int == 180)
    }

    @Test("a rejected export gives exit 65 and the rest are still summarised")
    func rejected() throws {
        let folder = try workspace()
        try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]).write(to: folder.appending(path: "Surveys/old.xls"))
        let result = try runBinary(["run"], in: folder)
        #expect(result.code == 65)
        #expect(result.err.contains("Surveys/old.xls"))
        #expect(FileManager.default.fileExists(atPath: folder.appending(path: "Output/viewpoint-cla-2024-25.html").path))
    }
}
