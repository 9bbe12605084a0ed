/// Inline SVG bar charts, each after its question's heading, with the same numbers in a table that only screen
/// readers get (the picture is hidden from them), so nobody meets the numbers twice. No scripts, no fonts, no
/// network.
enum Chart {
    /// The question as a heading (`level` 3 or 4), a horizontal bar chart of its answers with the result in
    /// words, and the answers with their shares as a table for screen readers.
    static func indicator(_ indicator: SummaryDocument.Indicator, id: String, level: Int = 4) -> String {
        let e = HTML.escape
        let rows = indicator.answers
        let largest = max(1, rows.compactMap(\.count.value).max() ?? 1)
        let labelWidth = 150, barWidth = 170
        let labels = rows.map { labelLines($0.label) }
        let height = labels.reduce(6) { $0 + rowHeight($1) }
        var svg = "<svg class=\"chart\" aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 \(labelWidth + barWidth + 90) "
            + "\(height)\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\">\n"
        var top = 4
        for (row, lines) in zip(rows, labels) {
            // A long label takes two lines; the bar sits level with them.
            let middle = top + rowHeight(lines) / 2
            if lines.count == 1 {
                svg += "<text x=\"0\" y=\"\(middle + 5)\" class=\"chart-label\">\(e(lines[0]))</text>"
            } else {
                svg += "<text x=\"0\" y=\"\(middle - 3)\" class=\"chart-label\"><tspan x=\"0\">\(e(lines[0]))</tspan>"
                    + "<tspan x=\"0\" dy=\"15\">\(e(lines[1]))</tspan></text>"
            }
            if let value = row.count.value {
                let width = max(value > 0 ? 2 : 0, value * barWidth / largest)
                svg += "<rect x=\"\(labelWidth)\" y=\"\(middle - 9)\" width=\"\(width)\" height=\"18\" class=\"bar\"></rect>"
                svg += "<text x=\"\(labelWidth + width + 6)\" y=\"\(middle + 5)\" class=\"chart-value\">\(value)</text>"
            } else {
                svg += "<rect x=\"\(labelWidth)\" y=\"\(middle - 9)\" width=\"24\" height=\"18\" class=\"bar-hidden\"></rect>"
                svg += "<text x=\"\(labelWidth + 30)\" y=\"\(middle + 5)\" class=\"chart-value\">\(e(row.count.text))</text>"
            }
            // One row per line: counts of neighbouring rows never run together into something like a number.
            svg += "\n"
            top += rowHeight(lines)
        }
        svg += "</svg>"
        var table = "<table class=\"data visually-hidden\"><caption>\(e(indicator.text))</caption>"
            + "<thead><tr><th scope=\"col\">Answer</th><th scope=\"col\">Young people</th>"
            + "<th scope=\"col\">Share</th></tr></thead><tbody>"
        for row in rows {
            table += "<tr><th scope=\"row\">\(e(row.label))</th><td>\(e(row.count.text))</td>"
                + "<td>\(e(Wording.share(row)))</td></tr>\n"
        }
        table += "</tbody></table>"
        let heading = "<h\(level) class=\"question\" id=\"\(id)-heading\">\(e(indicator.text))</h\(level)>\n"
        return heading + "<figure aria-labelledby=\"\(id)-heading\">\(svg)<figcaption>\(e(Wording.result(indicator)))"
            + "</figcaption>\(table)</figure>\n"
    }

    static let lineLength = 24

    /// A label as it fits the chart's label column: one line, or two split between words; a label too long
    /// even for two ends in "…" (the screen readers' table has it in full).
    static func labelLines(_ label: String) -> [String] {
        guard label.count > lineLength else { return [label] }
        var first = ""
        var rest = Substring(label)
        for word in label.split(separator: " ") {
            let next = first.isEmpty ? String(word) : first + " " + word
            guard next.count <= lineLength else { break }
            first = next
        }
        if first.isEmpty { first = String(label.prefix(lineLength - 1)) + "\u{2026}" }
        rest = label.dropFirst(first.hasSuffix("\u{2026}") ? lineLength - 1 : first.count).drop { $0 == " " }
        return [first, shortLabel(String(rest))]
    }

    /// A label short enough for one line of the chart's label column.
    static func shortLabel(_ label: String) -> String {
        label.count <= lineLength ? label : String(label.prefix(lineLength - 2)) + "\u{2026}"
    }

    private static func rowHeight(_ lines: [String]) -> Int { lines.count == 1 ? 26 : 40 }
}
