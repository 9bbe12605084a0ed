/// Inline SVG bar charts with their text equivalent beside them, so a screen reader and a printer both get
/// the numbers. No scripts, no fonts, no network.
enum Chart {
    /// A horizontal bar chart of one question's answers, then a table with the same numbers.
    static func indicator(_ indicator: SummaryDocument.Indicator, id: String) -> String {
        let e = HTML.escape
        let rows = indicator.answers
        let largest = max(1, rows.compactMap(\.count.value).max() ?? 1)
        let rowHeight = 26, labelWidth = 150, barWidth = 170
        var svg = "<svg class=\"chart\" role=\"img\" aria-labelledby=\"\(id)-title\" viewBox=\"0 0 \(labelWidth + barWidth + 90) "
            + "\(rows.count * rowHeight + 6)\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\">\n"
        svg += "<title id=\"\(id)-title\">\(e(indicator.text)): "
            + e(rows.map { "\($0.label) \($0.count.text)" }.joined(separator: ", ")) + "</title>\n"
        for (index, row) in rows.enumerated() {
            let y = index * rowHeight + 4
            svg += "<text x=\"0\" y=\"\(y + 16)\" class=\"chart-label\">\(e(shortLabel(row.label)))</text>"
            if let value = row.count.value {
                let width = max(value > 0 ? 2 : 0, value * barWidth / largest)
                svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 2)\" width=\"\(width)\" height=\"18\" class=\"bar\"></rect>"
                svg += "<text x=\"\(labelWidth + width + 6)\" y=\"\(y + 16)\" class=\"chart-value\">\(value)</text>"
            } else {
                svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 2)\" width=\"24\" height=\"18\" class=\"bar-hidden\"></rect>"
                svg += "<text x=\"\(labelWidth + 30)\" y=\"\(y + 16)\" class=\"chart-value\">\(e(row.count.text))</text>"
            }
            // One row per line: counts of neighbouring rows never run together into something like a number.
            svg += "\n"
        }
        svg += "</svg>"
        var table = "<table class=\"data\"><caption>\(e(indicator.text))</caption>"
            + "<thead><tr><th scope=\"col\">Answer</th><th scope=\"col\">Young people</th>"
            + "<th scope=\"col\">Share</th></tr></thead><tbody>"
        for row in rows {
            table += "<tr><th scope=\"row\">\(e(row.label))</th><td>\(e(row.count.text))</td>"
                + "<td>\(e(Wording.share(row)))</td></tr>\n"
        }
        table += "</tbody></table>"
        return "<figure>\(svg)<figcaption>\(e(Wording.result(indicator)))</figcaption>\(table)</figure>\n"
    }

    /// A label short enough for the chart's label column; the table beside it has the label in full.
    static func shortLabel(_ label: String) -> String {
        label.count <= 24 ? label : String(label.prefix(22)) + "\u{2026}"
    }
}
