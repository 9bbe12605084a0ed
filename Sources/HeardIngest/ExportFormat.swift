/// The formats Heard recognises from a file's first bytes and its name.
public enum ExportFormat: Equatable, Sendable {
    case csv
    /// A ZIP package: an Excel workbook, or something else in a ZIP that the workbook reader names.
    case zipPackage
    /// An Excel 97-2003 (or Excel 5/95) workbook: an OLE compound file with a workbook stream.
    case legacyXLS
    /// An Excel workbook encrypted with a password: an OLE compound file holding an encrypted package.
    case encryptedOffice
    /// Another OLE compound file (a Word or PowerPoint document, say).
    case otherOffice
    /// A file named as a workbook (`.xls`, `.xlsx`, `.ods`, ...) whose bytes are not one: a stub, a web page,
    /// a renamed text file.
    case misnamed(extension: String)
    case binary

    static let workbookExtensions: Set<String> = ["xls", "xlsx", "xlsm", "xlsb", "xltx", "xltm", "ods", "numbers"]

    /// Sniffs the format from magic bytes, then from the extension.
    public static func detect(_ bytes: [UInt8], fileName: String) -> ExportFormat {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            return .zipPackage
        }
        let ext = fileName.contains(".") ? fileName.split(separator: ".").last.map { $0.lowercased() } ?? "" : ""
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            // The directory's stream names say what the compound file holds; the name decides when they cannot.
            if containsUTF16("EncryptedPackage", in: bytes) { return .encryptedOffice }
            if containsUTF16("Workbook", in: bytes) || containsUTF16("Book", in: bytes) { return .legacyXLS }
            if ext == "xls" { return .legacyXLS }
            if ext.hasPrefix("xls") { return .encryptedOffice }
            return .otherOffice
        }
        if workbookExtensions.contains(ext) { return .misnamed(extension: ext) }
        if TextDecoding.looksBinary(bytes) { return .binary }
        return .csv
    }

    /// Whether an OLE directory entry name (UTF-16 LE) appears in the file.
    private static func containsUTF16(_ name: String, in bytes: [UInt8]) -> Bool {
        let needle: [UInt8] = name.utf8.flatMap { [$0, UInt8(0)] }
        guard let first = needle.first, bytes.count >= needle.count else { return false }
        var index = 0
        let last = bytes.count - needle.count
        while index <= last {
            if bytes[index] == first && bytes[index..<(index + needle.count)].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }
}
