import HeardCore

/// Reads an Excel workbook (.xlsx, .xlsm, transitional or Strict Open XML) sheet by sheet. Every sheet is
/// listed with its name, visibility and kind; the worksheets asked for are read into tables whose cells show
/// what Excel shows (shared and inline strings, rich text, numbers without a trailing `.0`, ISO 8601 dates in
/// the 1900 or 1904 system, durations, TRUE/FALSE, errors, formulas' cached values), sparse rows keeping their
/// Excel row numbers. Other packages in a ZIP (OpenDocument, .xlsb, Numbers) are refused with what to do.
public struct XLSXReader: TableReader {
    public init() {}

    public func sheets(_ bytes: [UInt8], source: SourceLocation, options: IngestOptions,
                       diagnostics: any DiagnosticSink) throws(Diagnostic) -> [ExportSheet] {
        do {
            return try readWorkbook(bytes, source: source, options: options, diagnostics: diagnostics)
        } catch let failure as XLSXFailure {
            throw .error(failure.message, at: source)
        } catch let diagnostic as Diagnostic {
            throw diagnostic
        } catch {
            throw .error("this workbook could not be read: open it in Excel, use Save As .xlsx, and drop it in again",
                         at: source)
        }
    }

    private func readWorkbook(_ bytes: [UInt8], source: SourceLocation, options: IngestOptions,
                              diagnostics: any DiagnosticSink) throws -> [ExportSheet] {
        var archive: ZipArchive
        do { archive = try ZipArchive(bytes) } catch { throw XLSXFailure(error) }
        try Self.refuseOtherPackages(archive)
        let parts = try WorkbookParts(archive: &archive)
        guard !parts.sheets.isEmpty else { throw XLSXFailure.noSheets }
        var reader: SheetReader?
        var sheets: [ExportSheet] = []
        var read = 0
        for sheet in parts.sheets {
            var entry = ExportSheet(name: sheet.name, visibility: sheet.visibility, kind: sheet.kind)
            if options.reads(name: sheet.name, visibility: sheet.visibility, kind: sheet.kind, readSoFar: read) {
                read += 1
                guard let path = sheet.path, let xml = try archive.read(path) else {
                    throw XLSXFailure.missingSheet(sheet.name)
                }
                if reader == nil { reader = try sheetReader(parts, archive: &archive) }
                let location = SourceLocation(file: source.file, sheet: sheet.name)
                let builder = TableBuilder(source: location, headerRow: options.headerRow, loneRowIsHeader: false)
                let built = try builder.build(try reader!.rows(xml), diagnostics: diagnostics)
                entry.table = built.table
                entry.headerRows = built.headerRows
            }
            sheets.append(entry)
        }
        return sheets
    }

    /// The shared strings and styles, read once and only when a sheet is read.
    private func sheetReader(_ parts: WorkbookParts, archive: inout ZipArchive) throws(XLSXFailure) -> SheetReader {
        let strings = try parts.sharedStrings.flatMap { path throws(XLSXFailure) in try archive.read(path) }
            .map { bytes throws(XLSXFailure) in try SharedStrings.parse(bytes) } ?? []
        let styles = try parts.styles.flatMap { path throws(XLSXFailure) in try archive.read(path) }
            .map { bytes throws(XLSXFailure) in try CellStyles(bytes) } ?? CellStyles()
        return SheetReader(sharedStrings: strings, styles: styles, uses1904: parts.uses1904Dates)
    }

    /// ZIP packages that are not Excel workbooks, named so the officer knows what to do.
    static func refuseOtherPackages(_ archive: ZipArchive) throws(XLSXFailure) {
        if archive.contains("EncryptedPackage") { throw .encrypted }
        if archive.name(matching: "xl/workbook.bin") != nil {
            throw .unsupported("an Excel Binary Workbook (.xlsb)")
        }
        guard archive.name(matching: "xl/workbook.xml") == nil else { return }
        if archive.contains("content.xml") || archive.contains("mimetype") {
            throw .unsupported("an OpenDocument spreadsheet (.ods)")
        }
        if archive.names.contains(where: { $0.hasPrefix("Index/") && $0.hasSuffix(".iwa") }) {
            throw .unsupported("an Apple Numbers document")
        }
    }
}
