import HeardCore

/// One sheet of an export as the reader found it: its name, whether Excel shows it, what kind of sheet it is,
/// and its table when it was read. A CSV file is one visible worksheet without a name.
public struct ExportSheet: Sendable {
    /// Whether a person opening the workbook sees the sheet's tab.
    public enum Visibility: String, Sendable, Codable {
        case visible, hidden
        /// Hidden so that only a macro or the VBA editor can show it again.
        case veryHidden = "very hidden"
    }

    /// What the sheet holds. Only worksheets hold cells; the others are listed so nothing is skipped silently.
    public enum Kind: String, Sendable, Codable {
        case worksheet, chartsheet, dialogsheet, macrosheet
    }

    /// The sheet's tab name; nil for CSV.
    public var name: String?
    public var visibility: Visibility
    public var kind: Kind
    /// The cells, for the worksheets the caller asked to read; nil otherwise.
    public var table: Table?
    /// The 1-based rows that make up the header, the header row first and any rows that continue it (a
    /// survey tool's second and third header rows) after; empty when the sheet has no header row (its columns
    /// are named by letter) or was not read.
    public var headerRows: [Int]

    public init(name: String?, visibility: Visibility = .visible, kind: Kind = .worksheet, table: Table? = nil,
                headerRows: [Int] = []) {
        self.name = name
        self.visibility = visibility
        self.kind = kind
        self.table = table
        self.headerRows = headerRows
    }

    /// The 1-based row taken as the header, if any.
    public var headerRow: Int? { headerRows.first }

    /// Whether the sheet is a worksheet a person sees.
    public var isVisibleWorksheet: Bool { kind == .worksheet && visibility == .visible }
}

/// How to read an export: which sheets to read into tables and, optionally, which row is the header.
public struct IngestOptions: Sendable, Hashable {
    /// Which sheets are read into tables; the others are listed with their names, visibility and kind only.
    public enum Sheets: Sendable, Hashable {
        /// Every worksheet a person sees (hidden sheets and chartsheets are listed but not read).
        case visible
        /// The first worksheet a person sees (what `heard read` shows by default).
        case firstVisible
        /// Every worksheet, hidden ones included.
        case all
        /// The sheet with this tab name, whatever its visibility.
        case named(String)
    }

    public var sheets: Sheets
    /// The 1-based row to take as the header (`heard read --header-row N`); nil finds it.
    public var headerRow: Int?

    public init(sheets: Sheets = .visible, headerRow: Int? = nil) {
        self.sheets = sheets
        self.headerRow = headerRow
    }

    /// Whether a sheet is one to read; `readSoFar` is how many have been chosen before it.
    func reads(name: String?, visibility: ExportSheet.Visibility, kind: ExportSheet.Kind, readSoFar: Int) -> Bool {
        guard kind == .worksheet else { return false }
        switch sheets {
        case .visible: return visibility == .visible
        case .firstVisible: return visibility == .visible && readSoFar == 0
        case .all: return true
        case .named(let wanted): return name == wanted
        }
    }
}
