import HeardCore

extension Normaliser {
    /// A table ready to be normalised: its second header row folded and every column mapped. Known before a
    /// single row is read, so the pipeline can start on the comments (the safeguarding screen reads nothing
    /// else) on another core while this one normalises.
    public struct Prepared {
        let table: Table
        let mapping: GenericMapper.Mapping

        /// The columns comments are read from (free-text questions and "Other (please specify)" boxes).
        public var commentColumns: [Int] {
            ColumnPlan(profile: mapping.profile, header: table.header).all(.freeText).map(\.index)
        }

        /// The rows as they will be read (a folded second header row is not among them).
        public var rows: [Table.Row] { table.rows }
    }

    /// Folds the second header row and maps every column: the first half of `normalise(_:diagnostics:)`.
    public func prepared(_ table: Table, diagnostics: any DiagnosticSink) -> Prepared {
        let (table, mapping) = prepare(table, diagnostics: diagnostics)
        return Prepared(table: table, mapping: mapping)
    }

    /// Normalises a prepared table: the second half of `normalise(_:diagnostics:)`, with the same result.
    public func normalise(_ prepared: Prepared, diagnostics: any DiagnosticSink) throws(Diagnostic) -> Result {
        try normalise(prepared.table, mapping: prepared.mapping, diagnostics: diagnostics)
    }

    /// Whether a free-text cell gives a comment (`RowReader` keeps exactly these).
    public static func holdsComment(_ cell: String) -> Bool { !TextFolding.isEmptyComment(cell) }
}
