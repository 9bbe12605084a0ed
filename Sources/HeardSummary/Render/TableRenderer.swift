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
        // Bytes, not Characters: Swift reads "\r\n" as one Character equal to neither "\n" nor "\r".
        guard value.utf8.contains(where: { $0 == 34 || $0 == 44 || $0 == 10 || $0 == 13 }) else { return value }
        // Byte by byte (a review list quotes most of a survey's comments): each quote doubled, the rest as it is.
        var quoted: [UInt8] = [34]
        quoted.reserveCapacity(value.utf8.count + 8)
        for byte in value.utf8 {
            quoted.append(byte)
            if byte == 34 { quoted.append(34) }
        }
        quoted.append(34)
        return String(decoding: quoted, as: UTF8.self)
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
