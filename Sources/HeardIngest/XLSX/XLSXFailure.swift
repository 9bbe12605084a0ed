/// Why a workbook could not be read, in words an officer can act on.
enum XLSXFailure: Error, Equatable {
    case notAWorkbook, truncated, encrypted, tooLarge, corrupt(String), unsupported(String), malformedXML

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

    /// Runs XML scanning, turning malformed XML into this failure.
    static func xml<T>(_ body: () throws(XMLScanner.Malformed) -> T) throws(XLSXFailure) -> T {
        do { return try body() } catch { throw .malformedXML }
    }

    var message: String {
        switch self {
        case .notAWorkbook:
            "this file is not an Excel workbook (.xlsx) even though it looks like one: export it again as .xlsx or .csv"
        case .truncated:
            "this workbook is cut short (truncated or half-copied): copy it again or save it again from Excel"
        case .encrypted:
            "this workbook is password-protected or encrypted: remove the password in Excel and save it as .xlsx"
        case .tooLarge:
            "this workbook would unpack to far more data than any survey export (a possible ZIP bomb): it was not opened"
        case .corrupt(let part):
            "this workbook is damaged (\(part) does not unpack): open it in Excel, use Save As .xlsx, and drop it in again"
        case .unsupported(let what):
            "this workbook uses \(what), which Heard cannot read: save it again from Excel as .xlsx or as .csv"
        case .malformedXML:
            "this workbook's contents are not well-formed: open it in Excel, use Save As .xlsx, and drop it in again"
        }
    }
}
