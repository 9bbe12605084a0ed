import HeardCore

/// Ingest stage entry point: picks the reader for a file's format, or refuses it with a reason and what to do.
public struct Ingester: Sendable {
    public var csv: any TableReader
    public var xlsx: (any TableReader)?

    public init(csv: any TableReader = CSVReader(), xlsx: (any TableReader)? = XLSXReader()) {
        self.csv = csv
        self.xlsx = xlsx
    }

    /// Every sheet of an export with its name, visibility and kind, the ones `options` asks for read into
    /// tables; or throws a located `Diagnostic` explaining the refusal.
    public func sheets(_ bytes: [UInt8], source: SourceLocation, options: IngestOptions = IngestOptions(),
                       diagnostics: any DiagnosticSink) throws(Diagnostic) -> [ExportSheet] {
        switch ExportFormat.detect(bytes, fileName: source.file) {
        case .csv:
            return try csv.sheets(bytes, source: source, options: options, diagnostics: diagnostics)
        case .zipPackage:
            guard let xlsx else {
                throw .error("this workbook format is not supported yet: save it as .csv (UTF-8)", at: source)
            }
            return try xlsx.sheets(bytes, source: source, options: options, diagnostics: diagnostics)
        case .legacyXLS:
            throw .error("this is an old Excel 97-2003 (.xls) workbook, which Heard cannot read: open it in Excel "
                         + "and save it as an Excel Workbook (.xlsx) or as CSV UTF-8", at: source)
        case .encryptedOffice:
            throw .error("this workbook is password-protected (encrypted), so Heard cannot read it: open it in "
                         + "Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password) "
                         + "and save it as .xlsx", at: source)
        case .otherOffice:
            throw .error("this is an old Office document, not a workbook: export the responses from the survey "
                         + "tool as .csv or .xlsx", at: source)
        case .misnamed(let ext):
            throw .error("this file is named .\(ext) but is not a workbook (it is too short, damaged, or text "
                         + "under the wrong name): download the export again, or if it is really a CSV file "
                         + "rename it to .csv", at: source)
        case .binary:
            throw .error("this is not a spreadsheet or a text file Heard can read: export it from the survey "
                         + "tool as .csv or .xlsx", at: source)
        }
    }

    /// The tables of the worksheets a person sees (or of the sheet `options` names), in workbook order. Hidden
    /// sheets and chartsheets are skipped with a note; a workbook with no such worksheet is refused.
    public func read(_ bytes: [UInt8], source: SourceLocation, options: IngestOptions = IngestOptions(),
                     diagnostics: any DiagnosticSink) throws(Diagnostic) -> [Table] {
        try readSheets(bytes, source: source, options: options, diagnostics: diagnostics).compactMap(\.table)
    }

    /// The sheets `options` asks for, read (each with the row taken as its header); the others skipped with a
    /// note when only visible sheets were asked for. Refuses a workbook where nothing is left to read.
    public func readSheets(_ bytes: [UInt8], source: SourceLocation, options: IngestOptions = IngestOptions(),
                           diagnostics: any DiagnosticSink) throws(Diagnostic) -> [ExportSheet] {
        let sheets = try sheets(bytes, source: source, options: options, diagnostics: diagnostics)
        if options.sheets == .visible || options.sheets == .firstVisible {
            for sheet in sheets where sheet.table == nil && !sheet.isVisibleWorksheet {
                let location = SourceLocation(file: source.file, sheet: sheet.name)
                if sheet.kind != .worksheet {
                    diagnostics.emit(.note("a \(sheet.kind.rawValue) holds no cells: skipped", at: location))
                } else {
                    diagnostics.emit(.note("a \(sheet.visibility.rawValue) sheet: skipped", at: location))
                }
            }
            let unread = sheets.filter { $0.table == nil && $0.isVisibleWorksheet }.compactMap(\.name)
            if !unread.isEmpty {
                diagnostics.emit(.note("\(unread.count) more sheet(s) not read here: "
                                       + unread.map { "\"\($0)\"" }.joined(separator: ", ") + " (--sheet NAME reads one)",
                                       at: source))
            }
        }
        let read = sheets.filter { $0.table != nil }
        guard read.isEmpty else { return read }
        if case .named(let name) = options.sheets {
            let names = sheets.compactMap(\.name).map { "\"\($0)\"" }.joined(separator: ", ")
            throw .error("there is no worksheet named \"\(name)\" in this workbook (its sheets: \(names))", at: source)
        }
        throw .error("this workbook has no visible worksheet to read (only hidden sheets or charts): unhide the "
                     + "sheet with the responses in Excel and save it again", at: source)
    }
}
