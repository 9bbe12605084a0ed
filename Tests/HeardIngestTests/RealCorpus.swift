import Foundation
@testable import HeardCore
@testable import HeardIngest

/// `../shared/eval/real/`: files no one on the project wrote (other spreadsheet readers' test suites, W3C and
/// csvkit CSV cases, real survey exports), read from the shared folder at test time and never copied here.
enum RealCorpus {
    static let root = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appending(path: "shared/eval/real")

    static var isPresent: Bool { FileManager.default.fileExists(atPath: root.appending(path: "README.md").path) }

    /// Paths (relative to the corpus) of the files in `folder` and its subfolders with these extensions.
    static func files(in folder: String, extensions: Set<String>) -> [String] {
        let base = root.appending(path: folder)
        guard let walker = FileManager.default.enumerator(atPath: base.path) else { return [] }
        return walker.compactMap { $0 as? String }
            .filter { extensions.contains(($0 as NSString).pathExtension.lowercased()) }
            .map { "\(folder)/\($0)" }.sorted()
    }

    static func bytes(_ path: String) throws -> [UInt8] {
        Array(try Data(contentsOf: root.appending(path: path)))
    }

    /// openpyxl's reading of a workbook: rows of strings anchored at A1, or nil when openpyxl could not read it.
    static func openpyxlGrid(_ path: String) -> [[String]]? {
        guard let data = try? Data(contentsOf: root.appending(path: path + ".openpyxl.json")) else { return nil }
        return try? JSONDecoder().decode([[String]].self, from: data)
    }

    /// How many of openpyxl's non-empty cells Heard keeps in place (header row and data rows, at their Excel
    /// row and column), under `DisplayConvention`; and the first few it does not keep, for a failure message.
    /// A cell of a header written over several rows is kept when its column's folded heading holds its text.
    static func compare(_ sheet: ExportSheet, with grid: [[String]]) -> (kept: Int, total: Int, lost: [String]) {
        var heard: [Int: [String]] = [:]
        var folded: Set<Int> = []
        if let table = sheet.table {
            if let headerRow = sheet.headerRow { heard[headerRow] = table.originalHeader }
            if sheet.headerRows.count > 1 {
                for row in sheet.headerRows {
                    folded.insert(row)
                    heard[row] = table.originalHeader
                }
            }
            for row in table.rows { heard[row.sourceRow] = row.cells }
        }
        var kept = 0, total = 0
        var lost: [String] = []
        for (rowIndex, row) in grid.enumerated() {
            for (column, expected) in row.enumerated() where !expected.isEmpty {
                total += 1
                let cells = heard[rowIndex + 1] ?? []
                let actual = column < cells.count ? cells[column] : ""
                let inHeading = folded.contains(rowIndex + 1)
                    && actual.contains(expected.trimmingCharacters(in: .whitespacesAndNewlines))
                if inHeading || DisplayConvention.same(openpyxl: expected, heard: actual) {
                    kept += 1
                } else if lost.count < 5 {
                    lost.append("\(ColumnNames.letters(column))\(rowIndex + 1): \(expected.debugDescription.prefix(40)) "
                                + "read as \(actual.debugDescription.prefix(40))")
                }
            }
        }
        return (kept, total, lost)
    }
}
