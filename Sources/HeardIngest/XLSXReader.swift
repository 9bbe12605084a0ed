import HeardCore

/// Reads an Excel workbook (.xlsx) into one table per sheet: the first non-empty row is the header, cells
/// show what Excel shows (shared and inline strings, numbers without a trailing `.0`, ISO 8601 dates in the
/// 1900 or 1904 system, TRUE/FALSE, formulas' cached values), sparse rows keep their Excel row numbers.
public struct XLSXReader: TableReader {
    public init() {}

    public func read(_ bytes: [UInt8], source: SourceLocation,
                     diagnostics: any DiagnosticSink) throws(Diagnostic) -> [Table] {
        do {
            return try readWorkbook(bytes, source: source, diagnostics: diagnostics)
        } catch {
            throw .error(error.message, at: source)
        }
    }

    private func readWorkbook(_ bytes: [UInt8], source: SourceLocation,
                              diagnostics: any DiagnosticSink) throws(XLSXFailure) -> [Table] {
        var archive: ZipArchive
        do { archive = try ZipArchive(bytes) } catch { throw XLSXFailure(error) }
        if archive.contains("EncryptedPackage") { throw .encrypted }
        if archive.contains("content.xml") && !archive.contains("xl/workbook.xml") {
            throw .unsupported("the OpenDocument format (.ods)")
        }
        let parts = try WorkbookParts(archive: &archive)
        guard !parts.sheets.isEmpty else { throw .notAWorkbook }
        let strings = try parts.sharedStrings.flatMap { path throws(XLSXFailure) in try archive.read(path) }
            .map { bytes throws(XLSXFailure) in try SharedStrings.parse(bytes) } ?? []
        let styles = try parts.styles.flatMap { path throws(XLSXFailure) in try archive.read(path) }
            .map { bytes throws(XLSXFailure) in try CellStyles(bytes) } ?? CellStyles()
        let reader = SheetReader(sharedStrings: strings, styles: styles, uses1904: parts.uses1904Dates)
        var tables: [Table] = []
        for sheet in parts.sheets {
            let location = SourceLocation(file: source.file, sheet: sheet.name)
            guard let xml = try archive.read(sheet.path) else {
                diagnostics.emit(.warning("sheet has no data part; skipped", at: location))
                continue
            }
            tables.append(table(from: try reader.rows(xml), source: location, diagnostics: diagnostics))
        }
        return tables
    }

    private func table(from rows: [(row: Int, cells: [String])], source: SourceLocation,
                       diagnostics: any DiagnosticSink) -> Table {
        let nonEmpty = rows.filter { $0.cells.contains { !$0.isEmpty } }
        guard let headerRow = nonEmpty.first else { return Table(source: source, header: [], rows: []) }
        let header = HeaderRow.uniqued(headerRow.cells, location: source.at(row: headerRow.row),
                                       diagnostics: diagnostics)
        let data = nonEmpty.dropFirst().map { row in
            var cells = row.cells
            if cells.count < header.count { cells += Array(repeating: "", count: header.count - cells.count) }
            if cells.count > header.count {
                diagnostics.emit(.warning("row has cells beyond the last header column; kept as they are",
                                          at: source.at(row: row.row)))
            }
            return Table.Row(sourceRow: row.row, cells: cells)
        }
        return Table(source: source, header: header, originalHeader: headerRow.cells, rows: data)
    }
}
