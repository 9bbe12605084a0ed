import Foundation
import Testing
@testable import HeardCLI
import HeardTestSupport

func heard(_ arguments: [String], input: [String] = []) -> (code: Int32, out: String, err: String) {
    let console = BufferConsole(input: input)
    let code = HeardCommandLine.main(arguments, console: console)
    return (code, console.output, console.errors)
}

@Suite("Command line")
struct CommandLineTests {
    @Test("no command, an unknown command or an unknown flag: usage on stderr, exit 64", arguments: [
        [], ["no-such-command"], ["run", "--no-such-flag"], ["read"], ["run", "--workspace"], ["tag", "extra"],
    ])
    func usageErrors(arguments: [String]) {
        let result = heard(arguments)
        #expect(result.code == 64)
        #expect(result.err.contains("Usage:"))
        #expect(result.out.isEmpty)
    }

    @Test("--version and --help exit 0")
    func versionAndHelp() {
        #expect(heard(["--version"]) == (0, "heard \(HeardCommandLine.version)\n", ""))
        let help = heard(["--help"])
        #expect(help.code == 0)
        for name in HeardCommandLine.commandNames { #expect(help.out.contains(name)) }
    }

    @Test("every subcommand has help starting with its usage", arguments: HeardCommandLine.commandNames)
    func subcommandHelp(name: String) {
        let result = heard([name, "--help"])
        #expect(result.code == 0)
        #expect(result.out.hasPrefix("Usage: heard \(name)"))
    }

    @Test("tag writes one JSON object per line with themes, evidence and polarity")
    func tag() throws {
        let result = heard(["tag", "--framework", "lincolnshire-2022"],
                           input: ["i want to see my brother more", "ok"])
        #expect(result.code == 0)
        let lines = result.out.split(separator: "\n")
        #expect(lines.count == 2)
        let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as! [String: Any]
        #expect(first["text"] as? String == "i want to see my brother more")
        #expect(first["polarity"] as? String == "request")
        let themes = first["themes"] as! [[String: Any]]
        #expect(themes.map { $0["id"] as? String } == ["build-not-break-relationships"])
        #expect((themes[0]["evidence"] as? [String])?.isEmpty == false)
    }

    @Test("redact keeps the order and one line per comment")
    func redact() {
        let result = heard(["redact"], input: ["text me 07700 900123", "", "all good"])
        #expect(result.out == "text me [phone number]\n\nall good\n")
    }

    @Test("read --json prints objects keyed by header, every value a string")
    func readJSON() throws {
        let file = TemporaryFolder.path("heard-read", suffix: ".csv")
        try Data("a,b\n1,\"x,y\"\n2,\n".utf8).write(to: file)
        let result = heard(["read", file.path, "--json"])
        #expect(result.code == 0)
        let rows = try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as! [[String: String]]
        #expect(rows == [["a": "1", "b": "x,y"], ["a": "2", "b": ""]])
    }

    @Test("read of a corrupt file exits 65 naming the file")
    func readCorrupt() throws {
        let file = TemporaryFolder.path("heard-bad", suffix: ".xls")
        try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]).write(to: file)
        let result = heard(["read", file.path])
        #expect(result.code == 65)
        #expect(result.err.contains(file.lastPathComponent))
    }

    @Test("the arguments parser takes --name=value and refuses values on flags")
    func arguments() throws {
        let parsed = try Arguments(["--workspace=/tmp/x", "--dry-run", "file"], flags: ["dry-run"], options: ["workspace"],
                                   maxPositionals: 1)
        #expect(parsed["workspace"] == "/tmp/x" && parsed.has("dry-run") && parsed.positionals == ["file"])
        #expect(throws: Arguments.UsageError.self) { try Arguments(["--dry-run=yes"], flags: ["dry-run"]) }
    }
}

@Suite("Command line: workbooks and the benchmark")
struct WorkbookCommandTests {
    static let fixture = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Fixtures/writers/openpyxl-survey.xlsx").path

    @Test("read --sheet picks a sheet by name; an unknown sheet is bad data")
    func sheets() throws {
        let notes = heard(["read", Self.fixture, "--sheet", "Notes", "--json"])
        #expect(notes.code == 0)
        #expect(notes.out == "[{\"Note\":\"second sheet\"}]\n")
        let first = heard(["read", Self.fixture, "--json"])
        #expect(first.out.contains("\"Submitted\":\"2024-11-04T10:03:12\""))
        let missing = heard(["read", Self.fixture, "--sheet", "Nope"])
        #expect(missing.code == 65)
        #expect(missing.err.contains("Nope"))
    }

    @Test("bench reports a rate for every stage on a small synthetic survey")
    func bench() {
        let result = heard(["bench", "--rows", "200"])
        #expect(result.code == 0)
        for stage in ["ingest CSV", "ingest XLSX", "tag comments", "redact comments"] {
            #expect(result.out.contains(stage))
        }
        #expect(heard(["bench", "--rows", "zero"]).code == 64)
    }
}

@Suite("heard read on the csv-spectrum suite")
struct ReadConformanceTests {
    static let folder = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Fixtures/csv-spectrum")
    static var cases: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.appending(path: "csvs").path)) ?? [])
            .filter { $0.hasSuffix(".csv") }.map { String($0.dropLast(4)) }.sorted()
    }

    @Test("heard read --json prints exactly the expected table", arguments: cases)
    func conformance(name: String) throws {
        let result = heard(["read", Self.folder.appending(path: "csvs/\(name).csv").path, "--json"])
        #expect(result.code == 0)
        let actual = try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as! [[String: String]]
        let expected = try JSONSerialization.jsonObject(
            with: Data(contentsOf: Self.folder.appending(path: "json/\(name).json"))) as! [[String: String]]
        #expect(actual == expected)
    }
}
