import HeardCore

/// Notes for the officer on how answer labels are published, one line per question and label: "column J
/// "Do you trust your social worker?": "I don't have one" in 22 rows (5, 6, 22, ...) means it does not apply;
/// shown as its own answer, outside the percentage base". A label is quoted only when several young people
/// gave it and it does not look like an identifier; otherwise the note says "an answer".
enum LabelNotes {
    static func add(_ tables: [QuestionCatalogue.Entry], header: [String], bank: QuestionBank, to tally: inout RowTally) {
        for table in tables {
            guard let first = table.columns.first else { continue }
            let wording = table.question.wording
            let place = table.columns.count == 1 ? ColumnLetters.describe(first, header: header[first])
                : "columns \(ColumnLetters.name(first)) to \(ColumnLetters.name(table.columns.last!)) \"\(wording)\""
            let inBank = bank[table.question.id] != nil
            for row in table.rows where row.typed > 0 {
                tally.add(line: "\(place): words typed in its \"Other\" box \(RowTally.rows(row.typed, row.typedRows)) are "
                          + "counted as \"\(row.option.label)\" and read as comments; they are never shown as an answer",
                          .note, column: first, firstRow: row.typedRows.first)
            }
            for row in table.rows where row.count > 0 {
                let what: String
                switch row.option.kind {
                case .doesNotApply:
                    what = "means it does not apply; shown as its own answer, outside the percentage base"
                case .declined:
                    what = "is shown as its own answer, outside the percentage base"
                case .own where inBank:
                    what = "is not on the bank's scale; kept as its own answer"
                case .bank where !row.option.written.isEmpty:
                    let spellings = row.option.written.filter { isQuotable($0, count: row.count) }
                    guard !spellings.isEmpty else { continue }
                    let quoted = spellings.prefix(3).map { "\"\($0)\"" }.joined(separator: ", ")
                    tally.add(line: "\(place): answers written \(quoted) are counted as the bank's \"\(row.option.label)\"",
                              .note, column: first, firstRow: row.firstRows.first)
                    continue
                default:
                    continue
                }
                let label = isQuotable(row.option.label, count: row.count) ? "\"\(row.option.label)\"" : "an answer"
                tally.add(line: "\(place): \(label) \(RowTally.rows(row.count, row.firstRows)) \(what)", .note,
                          column: first, firstRow: row.firstRows.first)
            }
        }
    }

    /// Whether a label may be quoted in a note: given by several young people, and not shaped like an
    /// identifier.
    static func isQuotable(_ label: String, count: Int) -> Bool {
        guard count >= 3, label.count <= 80 else { return false }
        if ValuePatterns.isEmail(label) || ValuePatterns.isPhone(label) || ValuePatterns.isPostcode(label)
            || ValuePatterns.isReference(label) || ValuePatterns.isAddress(label) {
            return false
        }
        return label.filter(\.isNumber).count < 5
    }
}
