/// Why a workbook could not be read, in words an officer can act on.
enum XLSXFailure: Error, Equatable {
    case notAWorkbook, truncated, encrypted, tooLarge, corrupt(String), unsupported(String), malformedXML
    /// The workbook lists no sheets at all.
    case noSheets
    /// A sheet the workbook lists has no part holding its cells.
    case missingSheet(String)
    /// A cell refers to a shared string the workbook does not hold (its shared strings part is missing or
    /// shorter than the cells say): read on, its text would silently become empty.
    case missingSharedString

    init(_ zip: ZipArchive.Failure) {
        switch zip {
        case .notZip: self = .notAWorkbook
        case .truncated: self = .truncated
        case .encrypted: self = .encrypted
        case .tooLarge: self = .tooLarge
        case .corrupt(let part): self = .corrupt(part)
        case .unsupported(let what): self = .unsupported(what)
        }
    }

    /// Runs XML scanning, turning malformed XML into this failure (XML that simply stops is a cut-short file).
    static func xml<T>(_ body: () throws(XMLScanner.Malformed) -> T) throws(XLSXFailure) -> T {
        do { return try body() } catch { throw error.truncated ? .truncated : .malformedXML }
    }

    var message: String {
        switch self {
        case .notAWorkbook:
            "this file is not an Excel workbook (.xlsx) even though it looks like one (it is a ZIP without a "
                + "workbook inside): export it again as .xlsx or .csv"
        case .truncated:
            "this workbook is cut short (it was not saved or copied completely): copy it again, or open it in "
                + "Excel, save it again and drop it in once more"
        case .encrypted:
            "this workbook is password-protected or encrypted: remove the password in Excel and save it as .xlsx"
        case .tooLarge:
            "this workbook would unpack to far more data than any survey export (a possible ZIP bomb): it was not opened"
        case .corrupt(let part):
            "this workbook is damaged (\(part) does not unpack): open it in Excel, use Save As .xlsx, and drop it in again"
        case .unsupported(let what):
            "this file is \(what), which Heard cannot read: open it in Excel or LibreOffice and save it as an "
                + "Excel Workbook (.xlsx) or as CSV UTF-8"
        case .malformedXML:
            "this workbook's contents are not well-formed: open it in Excel, use Save As .xlsx, and drop it in again"
        case .noSheets:
            "this workbook has no sheets, so there is nothing to read: export the responses again"
        case .missingSheet(let name):
            "this workbook is damaged: its sheet \"\(name)\" has no cells part (the file was cut down or written "
                + "wrongly); open it in Excel, use Save As .xlsx, and drop it in again"
        case .missingSharedString:
            "this workbook is damaged: some cells point to text the file does not hold (its shared strings are "
                + "missing or cut short), so their words would be lost; open it in Excel, use Save As .xlsx, and drop "
                + "it in again"
        }
    }
}
