import HeardCore

/// Renders a summary as Markdown, for officers to paste into papers and for the Corporate Parenting Board.
public struct MarkdownRenderer: SummaryRenderer {
    public init() {}

    public func render(_ document: SummaryDocument) -> [OutputFile] {
        [OutputFile(path: "\(document.slug).md", text: markdown(document))]
    }

    public func markdown(_ document: SummaryDocument) -> String {
        var lines: [String] = ["# You said, we did: \(document.series.title), \(document.wave.label)", ""]
        if !document.council.isEmpty { lines += [escape(document.council), ""] }
        lines.append(Wording.tookPart(document))
        if !document.ageBands.isEmpty {
            lines += ["", "Ages: \(document.ageBands.map { "\($0.label): \($0.count.text)" }.joined(separator: ", "))."]
        }
        let indicators = Dictionary(document.indicators.map { ($0.question, $0) }, uniquingKeysWith: { a, _ in a })
        for section in document.themes {
            lines += ["", "## \(section.heading.title)", "", "### You said", "", Wording.youSaid(section)]
            let top = Wording.topPoints(section)
            if !top.isEmpty { lines.append("") }
            for point in top {
                lines.append("- \(escape(Wording.point(point)))")
                if let quote = point.quote { lines.append(Self.quoteLine(quote, underPoint: true)) }
            }
            if let other = Wording.otherThings(section) { lines += ["", escape(other)] }
            for quote in section.quotes { lines += ["", Self.quoteLine(quote)] }
            for indicator in section.indicators.compactMap({ indicators[$0] }) { lines += [""] + question(indicator) }
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
        let themeIDs = Set(document.themes.map(\.heading.id))
        let unplaced = document.indicators.filter { Set($0.themes).isDisjoint(with: themeIDs) }
        if !unplaced.isEmpty {
            lines += ["", "## Your answers to other questions"]
            for indicator in unplaced { lines += [""] + question(indicator) }
        }
        lines += ["", "## Other things you told us", "",
                  "\(document.otherComments.text) comments did not fit one of these themes. We read every one."]
        for quote in document.otherQuotes { lines += ["", Self.quoteLine(quote)] }
        if !document.notActedOn.isEmpty {
            lines += ["", "## We haven't acted on this yet", ""] + document.notActedOn.map { "- \($0.title)" }
        }
        if let previous = document.previous {
            lines += ["", "## Since \(previous.label)", "", Wording.trendIntro, ""]
            lines += document.trend.map { trend in
                let change = trend.isSignificant ? (trend.direction == "up" ? "**Up**" : "**Down**") : "No clear change"
                return "- \(change): \(trend.title), \(trend.previousPercent)% then, \(trend.currentPercent)% now."
            }
        }
        lines += ["", "---", "", Wording.suppressionNote(document) + " Themes: \(document.framework).", ""]
        return lines.joined(separator: "\n")
    }

    /// One question: its wording, its result in a sentence, and every answer with its count and share.
    private func question(_ indicator: SummaryDocument.Indicator) -> [String] {
        var lines = ["**\(escape(indicator.text))**", "", escape(Wording.result(indicator)), "",
                     "| Answer | Young people | Share |", "|---|---|---|"]
        for answer in indicator.answers {
            lines.append("| \(escape(answer.label)) | \(answer.count.text) | \(Wording.share(answer)) |")
        }
        return lines
    }

    private func escape(_ text: String) -> String { Self.literal(text) }

    /// An approved quote as the Markdown prints it: a block quote in curly quotation marks, shown literally;
    /// `underPoint`, indented beneath the point it says best. The quote check asks about these lines for a quote
    /// whose Markdown can read differently from its text (`PublishedText.markdownQuoteLines`).
    public static func quoteLine(_ quote: String, underPoint: Bool = false) -> String {
        (underPoint ? "  > \u{201C}" : "> \u{201C}") + literal(quote) + "\u{201D}"
    }

    /// Officer-typed text, quotes and labels from exports are shown literally, not as Markdown.
    static func literal(_ text: String) -> String {
        var output = ""
        for character in text {
            if "\\`*_[]<>#|".contains(character) { output.append("\\") }
            output.append(character)
        }
        return output
    }
}
