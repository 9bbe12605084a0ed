import HeardCore

/// Ingest stage entry point: picks the reader for a file's format, or refuses it with a reason and what to do.
public struct Ingester: Sendable {
    public var csv: any TableReader
    public var xlsx: (any TableReader)?

    public init(csv: any TableReader = CSVReader(), xlsx: (any TableReader)? = XLSXReader()) {
        self.csv = csv
        self.xlsx = xlsx
    }

    /// Reads all sheets of an export, or throws a located `Diagnostic` explaining the refusal.
    public func read(_ bytes: [UInt8], source: SourceLocation,
                     diagnostics: any DiagnosticSink) throws(Diagnostic) -> [Table] {
        switch ExportFormat.detect(bytes, fileName: source.file) {
        case .csv:
            return try csv.read(bytes, source: source, diagnostics: diagnostics)
        case .xlsx:
            guard let xlsx else {
                throw .error("this workbook format is not supported yet: save it as .csv (UTF-8)", at: source)
            }
            return try xlsx.read(bytes, source: source, diagnostics: diagnostics)
        case .legacyXLS:
            throw .error("this is an old Excel 97-2003 .xls workbook: open it in Excel and save it as .xlsx "
                         + "or .csv", at: source)
        case .encryptedOffice:
            throw .error("this workbook is password-protected or encrypted: remove the password in Excel "
                         + "(File > Info > Protect Workbook) and save it as .xlsx", at: source)
        case .binary:
            throw .error("this is not a spreadsheet or a text file Heard can read: export it from the survey "
                         + "tool as .csv or .xlsx", at: source)
        }
    }
}
