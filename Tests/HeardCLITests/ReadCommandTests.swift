import Foundation
import Testing
@testable import HeardCLI
import HeardTestSupport

/// `heard read`: which row it took as the header, `--header-row N`, and the first visible worksheet.
@Suite("heard read")
struct ReadCommandTests {
    func file(_ text: String, name: String = "read.csv") throws -> URL {
        let url = TemporaryFolder.path("heard", suffix: "-\(name)")
        try Data(text.utf8).write(to: url)
        return url
    }

    @Test("says which row it took as the header, and notes the title rows it skipped")
    func chosenRow() throws {
        let url = try file("Young people's survey 2025\n\nName,Age,Comment\nAsh,15,fine\n")
        defer { try? FileManager.default.removeItem(at: url) }
        let result = heard(["read", url.path])
        #expect(result.code == 0)
        #expect(result.out.contains("header row 3"))
        #expect(result.err.contains("header is row 3"))
    }

    @Test("--header-row N takes row N; a row that is not there is bad data, a bad number bad usage")
    func headerRowOption() throws {
        let url = try file("a,b\nc,d\ne,f\n")
        defer { try? FileManager.default.removeItem(at: url) }
        let result = heard(["read", url.path, "--header-row", "2", "--json"])
        #expect(result.code == 0)
        let rows = try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [[String: String]]
        #expect(rows == [["c": "e", "d": "f"]])
        #expect(heard(["read", url.path, "--header-row", "9"]).code == 65)
        #expect(heard(["read", url.path, "--header-row", "two"]).code == 64)
    }

    @Test("a column after the last heading is keyed by its letter in --json")
    func generatedKeys() throws {
        let url = try file("a,b\n1,2,3\n")
        defer { try? FileManager.default.removeItem(at: url) }
        let result = heard(["read", url.path, "--json"])
        let rows = try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [[String: String]]
        #expect(rows == [["a": "1", "b": "2", "Column C": "3"]])
        #expect(result.err.components(separatedBy: "after the last heading").count == 2)
    }
}
