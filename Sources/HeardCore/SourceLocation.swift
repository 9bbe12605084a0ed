/// Where a value came from: the export file, its sheet, and a 1-based row and column.
///
/// Locations are what Heard prints instead of a respondent's words: an IT admin or an officer can open the file
/// and find the cell, and the log never carries the cell's contents.
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The export's path relative to the workspace, e.g. `Surveys/2025-annual.csv`.
    public var file: String
    /// The sheet name for workbooks; `nil` for CSV.
    public var sheet: String?
    /// 1-based physical row in the file (the header row is row 1 of a CSV), if known.
    public var row: Int?
    /// 1-based column, if known.
    public var column: Int?

    public init(file: String, sheet: String? = nil, row: Int? = nil, column: Int? = nil) {
        self.file = file
        self.sheet = sheet
        self.row = row
        self.column = column
    }

    /// Compiler-style: `file[sheet]:row:column`.
    public var description: String {
        var text = file
        if let sheet { text += "[\(sheet)]" }
        if let row {
            text += ":\(row)"
            if let column { text += ":\(column)" }
        }
        return text
    }

    /// The same place, one cell over.
    public func at(row: Int?, column: Int? = nil) -> SourceLocation {
        SourceLocation(file: file, sheet: sheet, row: row, column: column)
    }
}
