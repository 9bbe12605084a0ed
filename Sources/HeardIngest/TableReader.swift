import HeardCore

/// The Ingest seam: turns an export's bytes into tables. Each file format has one.
public protocol TableReader: Sendable {
    /// Reads every sheet; `source` names the file (workspace-relative) for locations.
    /// Recoverable problems go to `diagnostics`; a file that cannot be read at all throws a `Diagnostic`.
    func read(_ bytes: [UInt8], source: SourceLocation, diagnostics: any DiagnosticSink) throws(Diagnostic) -> [Table]
}

/// The formats Heard recognises from a file's first bytes and name.
public enum ExportFormat: String, Sendable, Codable {
    case csv, xlsx, legacyXLS = "xls", encryptedOffice = "encrypted", binary

    /// Sniffs the format from magic bytes, falling back to the extension.
    public static func detect(_ bytes: [UInt8], fileName: String) -> ExportFormat {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            return .xlsx
        }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            // An OLE compound file: a legacy .xls, or an .xlsx that Excel encrypted with a password.
            return fileName.lowercased().hasSuffix(".xls") ? .legacyXLS : .encryptedOffice
        }
        if looksBinary(bytes) { return .binary }
        return .csv
    }

    /// NUL bytes outside UTF-16 text mean this is not a text file.
    private static func looksBinary(_ bytes: [UInt8]) -> Bool {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return false }
        return bytes.prefix(8192).contains(0)
    }
}
