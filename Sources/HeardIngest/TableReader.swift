import HeardCore

/// The Ingest seam: turns an export's bytes into sheets and tables. Each file format has one.
public protocol TableReader: Sendable {
    /// Lists every sheet (a CSV file has one) and reads the ones `options` asks for; `source` names the file
    /// (workspace-relative) for locations. Recoverable problems go to `diagnostics`; a file that cannot be read
    /// at all throws a `Diagnostic` saying what to do.
    func sheets(_ bytes: [UInt8], source: SourceLocation, options: IngestOptions,
                diagnostics: any DiagnosticSink) throws(Diagnostic) -> [ExportSheet]
}

extension TableReader {
    /// The tables of the worksheets a person sees, in workbook order.
    public func read(_ bytes: [UInt8], source: SourceLocation, options: IngestOptions = IngestOptions(),
                     diagnostics: any DiagnosticSink) throws(Diagnostic) -> [Table] {
        try sheets(bytes, source: source, options: options, diagnostics: diagnostics).compactMap(\.table)
    }
}
