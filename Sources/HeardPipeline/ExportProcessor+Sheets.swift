import HeardCore
import HeardIngest
import HeardNormalise

/// Which of an export's sheets hold its responses.
extension ExportProcessor {
    /// The sheets that hold survey responses, normalised. In a workbook of several sheets, a sheet with nothing
    /// but free text (instructions, notes for staff) beside sheets with questions, ids or dates is skipped with
    /// a note, and so is a sheet in which no column looks like a question; never silently.
    func responseSheets(_ tables: [Table], source: SourceLocation, ahead: ScreenAhead,
                        diagnostics: any DiagnosticSink) throws(Diagnostic) -> [(index: Int, table: Table, result: Normaliser.Result)] {
        var read: [(index: Int, table: Table, result: Normaliser.Result)] = []
        var firstError: Diagnostic?
        for (index, table) in tables.enumerated() {
            let prepared = normaliser.prepared(table, diagnostics: diagnostics)
            ahead.add(prepared.rows, columns: prepared.commentColumns)
            do { read.append((index, table, try normaliser.normalise(prepared, diagnostics: diagnostics))) } catch {
                firstError = firstError ?? error
                if tables.count > 1 {
                    diagnostics.emit(.note("this sheet holds no survey responses: skipped", at: table.source))
                }
            }
        }
        guard !read.isEmpty else { throw firstError ?? .error("the workbook has no sheet with survey responses", at: source) }
        guard read.count > 1 else { return read }
        let substantive = { (result: Normaliser.Result) in
            result.profile.columns.contains { [.question, .respondentID, .submitted].contains($0.role) }
        }
        guard read.contains(where: { substantive($0.result) }) else { return read }
        for (_, table, result) in read where !substantive(result) {
            diagnostics.emit(.note("this sheet holds only free text beside sheets of survey answers (instructions or "
                                   + "notes, say): skipped", at: table.source))
        }
        return read.filter { substantive($0.result) }
    }
}
