import HeardCore

/// SurveyMonkey exports two header rows: questions on the first (blank over each further option of the same
/// question) and "Response", "Open-Ended Response" or an option name on the second. This folds them into one
/// header row ("Which clubs do you go to? - Football") so the second row is never taken for a respondent.
enum SurveyMonkeyShape {
    static let markers: Set<String> = ["response", "open-ended response", "open ended response"]

    /// Whether the first data row is a second header row.
    static func hasSecondHeaderRow(_ table: Table) -> Bool {
        guard let first = table.rows.first else { return false }
        return first.cells.contains { markers.contains(TextFolding.fold($0)) }
    }

    /// The table with one header row, and for each column the question and option it was folded from
    /// ("Which clubs?", "Football"), nil where the second row only said "Response".
    static func flatten(_ table: Table, diagnostics: any DiagnosticSink) -> (table: Table, parts: [HeaderParts?]) {
        guard hasSecondHeaderRow(table), let second = table.rows.first else { return (table, []) }
        var combined: [String] = []
        var parts: [HeaderParts?] = []
        var question = ""
        for index in 0..<max(table.originalHeader.count, second.cells.count) {
            let top = index < table.originalHeader.count ? table.originalHeader[index] : ""
            if !top.trimmingSpaces.isEmpty { question = top }
            let sub = second[index].trimmingSpaces
            if sub.isEmpty || markers.contains(TextFolding.fold(sub)) || TextFolding.fold(sub) == TextFolding.fold(question) {
                combined.append(question.isEmpty ? "Column \(index + 1)" : question)
                parts.append(nil)
            } else {
                combined.append(question.isEmpty ? sub : "\(question) - \(sub)")
                parts.append(question.isEmpty ? nil : HeaderParts(question: question, row: sub, style: .dash))
            }
        }
        diagnostics.emit(.note("second header row (SurveyMonkey style) folded into the first; it is not a response",
                               at: table.source.at(row: second.sourceRow)))
        let header = HeaderRowNames.unique(combined)
        return (Table(source: table.source, header: header, originalHeader: combined, rows: Array(table.rows.dropFirst())),
                parts)
    }
}

/// Makes names unique by numbering repeats: `Comment`, `Comment (2)`.
enum HeaderRowNames {
    static func unique(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.map { name in
            var candidate = name
            var suffix = 2
            while seen.contains(candidate) {
                candidate = "\(name) (\(suffix))"
                suffix += 1
            }
            seen.insert(candidate)
            return candidate
        }
    }
}
