import HeardCore

/// Renders a summary as one self-contained, accessible HTML page: semantic headings, charts as inline SVG with
/// their numbers in a table too, no network requests, readable on a phone, prints cleanly.
public struct HTMLRenderer: SummaryRenderer {
    public init() {}

    public func render(_ document: SummaryDocument) -> [OutputFile] {
        [OutputFile(path: "\(document.slug).html", text: html(document))]
    }

    public func html(_ document: SummaryDocument) -> String {
        let e = HTML.escape
        var body = "<h1>You said, we did: \(e(document.series.title)), \(e(document.wave.label))</h1>\n"
        if !document.council.isEmpty { body += "<p class=\"note\">\(e(document.council))</p>\n" }
        body += "<p>\(e(Wording.tookPart(document)))</p>\n"
        if !document.ageBands.isEmpty {
            let bands = document.ageBands.map { "\($0.label): \($0.count.text)" }.joined(separator: ", ")
            body += "<p>Ages: \(e(bands)).</p>\n"
        }
        let indicators = Dictionary(document.indicators.map { ($0.question, $0) }, uniquingKeysWith: { a, _ in a })
        for section in document.themes {
            body += "<section aria-labelledby=\"\(e(section.heading.id))\">\n"
            body += "<h2 id=\"\(e(section.heading.id))\">\(e(section.heading.title))</h2>\n"
            body += "<div class=\"said\"><h3>You said</h3>\n<p>\(e(Wording.youSaid(section)))</p>\n"
            body += points(section)
            for quote in section.quotes { body += "<blockquote><p>\u{201C}\(e(quote))\u{201D}</p></blockquote>\n" }
            for id in section.indicators { if let indicator = indicators[id] { body += Chart.indicator(indicator, id: "\(section.heading.id)-\(id)") } }
            if let trend = trendSentence(document, theme: section.heading.id) { body += "<p>\(trend)</p>\n" }
            body += "</div>\n<div class=\"did\"><h3>We did</h3>\n"
            if section.actions.isEmpty {
                body += "<p>We haven't acted on this yet.</p>\n"
            } else {
                body += "<ul>\n"
                for action in section.actions {
                    body += "<li><span class=\"status\">\(Wording.status(action.status)):</span> \(e(action.weDid))"
                    if !action.date.isEmpty { body += " <span class=\"note\">(\(e(action.date)))</span>" }
                    body += "</li>\n"
                }
                body += "</ul>\n"
            }
            body += "</div>\n</section>\n"
        }
        let themeIDs = Set(document.themes.map(\.heading.id))
        let unplaced = document.indicators.filter { Set($0.themes).isDisjoint(with: themeIDs) }
        if !unplaced.isEmpty {
            body += "<section aria-labelledby=\"questions\"><h2 id=\"questions\">Your answers to other questions</h2>\n"
            body += unplaced.map { Chart.indicator($0, id: "q-\($0.question)", level: 3) }.joined() + "</section>\n"
        }
        body += "<section aria-labelledby=\"other\"><h2 id=\"other\">Other things you told us</h2>\n"
        body += "<p>\(e(document.otherComments.text)) comments did not fit one of these themes. We read every one.</p>\n"
        for quote in document.otherQuotes { body += "<blockquote><p>\u{201C}\(e(quote))\u{201D}</p></blockquote>\n" }
        body += "</section>\n"
        if !document.notActedOn.isEmpty {
            body += "<section aria-labelledby=\"not-yet\"><h2 id=\"not-yet\">We haven't acted on this yet</h2>\n<ul>\n"
            body += document.notActedOn.map { "<li>\(e($0.title))</li>\n" }.joined() + "</ul>\n</section>\n"
        }
        if let previous = document.previous {
            body += "<section aria-labelledby=\"trend\"><h2 id=\"trend\">Since \(e(previous.label))</h2>\n"
            body += "<p>\(e(Wording.trendIntro))</p>\n<ul>\n"
            body += document.trend.map { "<li>\(trendLine($0))</li>\n" }.joined()
            body += "</ul>\n</section>\n"
        }
        body += "<p class=\"note\">\(e(Wording.suppressionNote(document)))</p>"
        return HTML.page(title: "You said, we did: \(document.series.title), \(document.wave.label)", body: body)
    }

    /// The theme's top points as a list, each with its approved quote, then the other things said about it.
    private func points(_ section: SummaryDocument.ThemeSection) -> String {
        let e = HTML.escape
        var html = ""
        let top = Wording.topPoints(section)
        if !top.isEmpty {
            html += "<ul class=\"points\">\n"
            for point in top {
                html += "<li>\(e(Wording.point(point)))"
                if let quote = point.quote { html += "<blockquote><p>\u{201C}\(e(quote))\u{201D}</p></blockquote>" }
                html += "</li>\n"
            }
            html += "</ul>\n"
        }
        if let other = Wording.otherThings(section) { html += "<p>\(e(other))</p>\n" }
        return html
    }

    private func trendLine(_ trend: SummaryDocument.Trend) -> String {
        let e = HTML.escape
        let change = trend.isSignificant
            ? "<span class=\"trend-\(trend.direction)\">\(trend.direction == "up" ? "Up" : "Down")</span>"
            : "No clear change"
        return "\(change): \(e(trend.title)), \(trend.previousPercent)% then, \(trend.currentPercent)% now."
    }

    private func trendSentence(_ document: SummaryDocument, theme: String) -> String? {
        guard let trend = document.trend.first(where: { $0.subject == theme }), trend.isSignificant else { return nil }
        return "More or fewer than last time: " + trendLine(trend)
    }
}
