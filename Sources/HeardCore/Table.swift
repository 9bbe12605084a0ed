/// One sheet of an export as read from the file: a header row and the rows beneath it, cell text exactly as
/// the file shows it (no trimming), each row remembering where it came from.
///
/// This is the boundary type between Ingest and Normalise.
public struct Table: Sendable, Hashable {
    /// One data row. `cells` may be shorter or longer than the header (ragged rows are kept, not dropped).
    public struct Row: Sendable, Hashable {
        /// 1-based physical row in the source (for CSV, counting the header as row 1 and every record line).
        public var sourceRow: Int
        public var cells: [String]

        public init(sourceRow: Int, cells: [String]) {
            self.sourceRow = sourceRow
            self.cells = cells
        }

        /// The cell under column `index`, or "" when the row is short.
        public subscript(index: Int) -> String {
            index < cells.count ? cells[index] : ""
        }
    }

    /// Where the table came from: file and sheet (row and column unset).
    public var source: SourceLocation
    /// Header texts, made unique by the reader (`Comment`, `Comment (2)`); never empty strings.
    public var header: [String]
    /// The header exactly as the file has it (blank cells blank, repeats repeated).
    public var originalHeader: [String]
    public var rows: [Row]

    public init(source: SourceLocation, header: [String], originalHeader: [String]? = nil, rows: [Row]) {
        self.source = source
        self.header = header
        self.originalHeader = originalHeader ?? header
        self.rows = rows
    }

    /// The location of one cell, for diagnostics.
    public func location(row: Row, column: Int) -> SourceLocation {
        source.at(row: row.sourceRow, column: column + 1)
    }

    /// The index of the first column whose header equals `name` exactly.
    public func columnIndex(named name: String) -> Int? {
        header.firstIndex(of: name)
    }
}
