/// Inline SVG bar charts, each after its question's heading, with the same numbers in a table that only screen
/// readers get (the picture is hidden from them), so nobody meets the numbers twice. No scripts, no fonts, no
/// network.
enum Chart {
    /// The question as a heading (`level` 3 or 4), a horizontal bar chart of its answers with the result in
    /// words, and the answers as a table for screen readers.
    static func indicator(_ indicator: SummaryDocument.Indicator, id: String, level: Int = 4) -> String {
        let e = HTML.escape
        let rows = indicator.answers
        let largest = max(1, rows.compactMap(\.count.value).max() ?? 1)
        let rowHeight = 26, labelWidth = 150, barWidth = 170
        var svg = "<svg class=\"chart\" aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 \(labelWidth + barWidth + 90) "
            + "\(rows.count * rowHeight + 6)\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\">"
        for (index, row) in rows.enumerated() {
            let y = index * rowHeight + 4
            svg += "<text x=\"0\" y=\"\(y + 16)\" class=\"chart-label\">\(e(row.label))</text>"
            if let value = row.count.value {
                let width = max(value > 0 ? 2 : 0, value * barWidth / largest)
                svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 2)\" width=\"\(width)\" height=\"18\" class=\"bar\"></rect>"
                svg += "<text x=\"\(labelWidth + width + 6)\" y=\"\(y + 16)\" class=\"chart-value\">\(value)</text>"
            } else {
                svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 2)\" width=\"24\" height=\"18\" class=\"bar-hidden\"></rect>"
                svg += "<text x=\"\(labelWidth + 30)\" y=\"\(y + 16)\" class=\"chart-value\">\(e(row.count.text))</text>"
            }
        }
        svg += "</svg>"
        var table = "<table class=\"data visually-hidden\"><caption>\(e(indicator.text))</caption>"
            + "<thead><tr><th scope=\"col\">Answer</th><th scope=\"col\">Young people</th></tr></thead><tbody>"
        for row in rows {
            table += "<tr><th scope=\"row\">\(e(row.label))</th><td>\(e(row.count.text))</td></tr>"
        }
        table += "</tbody></table>"
        let heading = "<h\(level) class=\"question\" id=\"\(id)-heading\">\(e(indicator.text))</h\(level)>\n"
        return heading + "<figure aria-labelledby=\"\(id)-heading\">\(svg)<figcaption>\(e(Wording.result(indicator)))"
            + "</figcaption>\(table)</figure>\n"
    }
}
