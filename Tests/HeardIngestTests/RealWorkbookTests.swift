import Foundation
import Testing
@testable import HeardCore
@testable import HeardIngest

/// Workbooks from six other spreadsheet readers' test suites and real survey exports, compared cell by cell
/// with openpyxl's reading of their first visible worksheet under `DisplayConvention`. Cells in title and
/// notes rows that Heard skips above the header are counted apart from cells lost: they are reported in a
/// note, not read as responses.
@Suite("Real workbooks (../shared/eval/real)", .enabled(if: RealCorpus.isPresent))
struct RealWorkbookTests {
    struct Tally {
        var kept = 0, aboveHeader = 0, lost = 0
        var total: Int { kept + aboveHeader + lost }
        var share: Double { total == 0 ? 1 : Double(kept) / Double(total) }
    }

    func read(_ path: String, options: IngestOptions = IngestOptions()) throws -> ExportSheet {
        let sheets = try Ingester().readSheets(try RealCorpus.bytes(path), source: SourceLocation(file: path),
                                               options: options, diagnostics: DiagnosticCollector())
        return try #require(sheets.first)
    }

    /// Kept, skipped above the header and lost, for one workbook.
    func tally(_ path: String, grid: [[String]]) throws -> (Tally, [String]) {
        let sheet = try read(path)
        let compared = RealCorpus.compare(sheet, with: grid)
        var tally = Tally(kept: compared.kept)
        let headerRow = sheet.headerRow ?? 1
        let above = grid.prefix(headerRow - 1).reduce(0) { $0 + $1.count { !$0.isEmpty } }
        tally.aboveHeader = above
        tally.lost = compared.total - compared.kept - above
        return (tally, compared.lost)
    }

    @Test("cells kept, per folder and per workbook", arguments: ["xlsx", "exports"])
    func cellsKept(folder: String) throws {
        var folderTally = Tally()
        for path in RealCorpus.files(in: folder, extensions: ["xlsx", "xlsm"]) {
            guard let grid = RealCorpus.openpyxlGrid(path) else { continue }
            let (tally, lost) = try tally(path, grid: grid)
            folderTally.kept += tally.kept
            folderTally.aboveHeader += tally.aboveHeader
            folderTally.lost += tally.lost
            if tally.lost > 0 || tally.aboveHeader > 0 {
                print("\(path): kept \(tally.kept) of \(tally.total); \(tally.aboveHeader) above the header; "
                      + "\(tally.lost) lost \(lost)")
            }
            #expect(tally.lost * 200 <= tally.total, "\(path) loses \(tally.lost) of \(tally.total) cells: \(lost)")
        }
        print("\(folder): kept \(folderTally.kept) of \(folderTally.total) non-empty cells "
              + "(\(String(format: "%.2f", folderTally.share * 100))%); \(folderTally.aboveHeader) in title and notes "
              + "rows above the header; \(folderTally.lost) lost")
        #expect(folderTally.total > 0)
        #expect(folderTally.share >= 0.995)
    }

    /// openpyxl cannot read these (Strict Open XML; style indexes past the style table): Heard reads them.
    @Test("the workbooks openpyxl cannot read are read", arguments: [
        "xlsx/calamine__strict_iso_paths.xlsx", "xlsx/exceldatareader__strict_Test10x10.xlsx",
        "xlsx/calamine__minimal_package.xlsx", "xlsx/readxl__los-angeles-arrests-xlsx.xlsx",
    ])
    func beyondOpenpyxl(path: String) throws {
        let table = try #require(try read(path).table)
        #expect(table.rows.count >= 9)
        #expect(table.header.count >= 2)
        #expect(table.rows.contains { $0.cells.contains { !$0.isEmpty } })
        if path.contains("arrests") || path.contains("minimal_package") {
            // A title, a row of spaces, then the header.
            #expect(table.header.first == "BKG_NUM")
        }
    }

    @Test("every workbook without an openpyxl reading is one of the four above")
    func noneUnaccounted() {
        let without = RealCorpus.files(in: "xlsx", extensions: ["xlsx"]).filter { RealCorpus.openpyxlGrid($0) == nil }
        #expect(without.count == 4, "\(without)")
    }
}
