import HeardCore

/// The same tables as CSV (`Output/tables/`), for officers who work in Excel: one file of themes, one of every
/// closed question's answers. Suppressed counts read "5 or fewer" or "hidden". Every cell is neutralised
/// against spreadsheet formula injection, since question wordings and answer labels come from exports.
public struct TableRenderer: SummaryRenderer {
    public init() {}

    public func render(_ document: SummaryDocument) -> [OutputFile] {
        var themes = CSVCell.line(["theme", "title", "young people", "comments", "praise", "problems", "requests"])
        for section in document.themes {
            themes += CSVCell.line([section.heading.id, section.heading.title, section.respondents.text,
                                    section.comments.text, section.praise.text, section.problems.text,
                                    section.requests.text])
        }
        var indicators = CSVCell.line(["question", "answer", "young people", "share of base", "counted in base",
                                       "wording"])
        for indicator in document.indicators {
            for answer in indicator.answers {
                indicators += CSVCell.line([indicator.question, answer.label, answer.count.text,
                                            answer.percent.map { "\($0)%" } ?? "", answer.isInBase ? "yes" : "no",
                                            indicator.text])
            }
            indicators += CSVCell.line([indicator.question, "(base: answered)", indicator.base.text, "", "",
                                        indicator.text])
        }
        return [OutputFile(path: "tables/\(document.slug)-themes.csv", text: themes),
                OutputFile(path: "tables/\(document.slug)-questions.csv", text: indicators)]
    }
}

/// One CSV cell made safe to open in a spreadsheet: a value starting with `=`, `+`, `-`, `@`, a tab or a
/// carriage return gets a leading apostrophe, so Excel shows it as text instead of running it as a formula
/// (OWASP's advice on CSV injection); then RFC 4180 quoting where needed.
enum CSVCell {
    static func escape(_ text: String) -> String {
        let value = self.value(text)
        // Scalars, not Characters: Swift reads "\r\n" as one Character equal to neither "\n" nor "\r".
        guard value.unicodeScalars.contains(where: { "\",\n\r".unicodeScalars.contains($0) }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// What a cell holds for `text`, as a CSV reader reads it back: the text, with an apostrophe before it when
    /// it starts like a spreadsheet formula (=, +, -, @, a tab or a carriage return).
    static func value(_ text: String) -> String {
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { return "'" + text }
        return text
    }

    /// Cells joined with commas, ended with CRLF.
    static func line(_ cells: [String]) -> String {
        cells.map(escape).joined(separator: ",") + "\r\n"
    }
}
