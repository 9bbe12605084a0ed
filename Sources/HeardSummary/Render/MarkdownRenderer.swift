import HeardCore

/// Renders a summary as Markdown, for officers to paste into papers and for the Corporate Parenting Board.
public struct MarkdownRenderer: SummaryRenderer {
    public init() {}

    public func render(_ document: SummaryDocument) -> [OutputFile] {
        [OutputFile(path: "\(document.slug).md", text: markdown(document))]
    }

    public func markdown(_ document: SummaryDocument) -> String {
        var lines: [String] = []
        lines.append("# You said, we did: \(document.series.title), \(document.wave.label)")
        lines.append("")
        lines.append(Wording.tookPart(document))
        if !document.ageBands.isEmpty {
            let bands = document.ageBands.map { "\($0.label): \($0.count.text)" }.joined(separator: ", ")
            lines.append("")
            lines.append("Ages: \(bands).")
        }
        let indicators = Dictionary(document.indicators.map { ($0.question, $0) }, uniquingKeysWith: { a, _ in a })
        for section in document.themes {
            lines += ["", "## \(section.heading.title)", "", "### You said", "", Wording.youSaid(section)]
            if !section.mainPoints.isEmpty {
                lines += ["", "What came up most: \(section.mainPoints.joined(separator: ", "))."]
            }
            for id in section.indicators { if let indicator = indicators[id] { lines += ["", "- \(Wording.result(indicator))"] } }
            lines += ["", "### We did", ""]
            if section.actions.isEmpty {
                lines.append("We haven't acted on this yet.")
            } else {
                for action in section.actions {
                    var line = "- **\(Wording.status(action.status))**: \(escape(action.weDid))"
                    if !action.youSaid.isEmpty { line += " (you said: \(escape(action.youSaid)))" }
                    if !action.date.isEmpty { line += " (\(escape(action.date)))" }
                    lines.append(line)
                }
            }
        }
        lines += ["", "## Other things you told us", "",
                  "\(document.otherComments.text) comments did not fit one of these themes. We read every one."]
        if !document.notActedOn.isEmpty {
            lines += ["", "## We haven't acted on this yet", ""]
            lines += document.notActedOn.map { "- \($0.title)" }
        }
        lines += ["", "---", "",
                  "Numbers from 1 to \(document.threshold) are shown as \"\(document.threshold) or fewer\" so that "
                  + "nobody can be picked out. Themes: \(document.framework).", ""]
        return lines.joined(separator: "\n")
    }

    /// Officer-typed text is shown literally, not as Markdown.
    private func escape(_ text: String) -> String {
        var output = ""
        for character in text {
            if "\\`*_[]<>#|".contains(character) { output.append("\\") }
            output.append(character)
        }
        return output
    }
}
