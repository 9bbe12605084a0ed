import HeardCore

/// Renders a summary as one self-contained, accessible HTML page (semantic headings, no network requests,
/// readable on a phone, prints cleanly).
public struct HTMLRenderer: SummaryRenderer {
    public init() {}

    public func render(_ document: SummaryDocument) -> [OutputFile] {
        [OutputFile(path: "\(document.slug).html", text: html(document))]
    }

    public func html(_ document: SummaryDocument) -> String {
        let e = HTML.escape
        var body = "<h1>You said, we did: \(e(document.series.title)), \(e(document.wave.label))</h1>\n"
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
            if !section.mainPoints.isEmpty {
                body += "<p>What came up most: \(e(section.mainPoints.joined(separator: ", "))).</p>\n"
            }
            let results = section.indicators.compactMap { indicators[$0] }
            if !results.isEmpty {
                body += "<ul>\n" + results.map { "<li>\(e(Wording.result($0)))</li>\n" }.joined() + "</ul>\n"
            }
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
        body += "<section aria-labelledby=\"other\"><h2 id=\"other\">Other things you told us</h2>\n"
        body += "<p>\(e(document.otherComments.text)) comments did not fit one of these themes. We read every one.</p>"
        body += "\n</section>\n"
        if !document.notActedOn.isEmpty {
            body += "<section aria-labelledby=\"not-yet\"><h2 id=\"not-yet\">We haven't acted on this yet</h2>\n<ul>\n"
            body += document.notActedOn.map { "<li>\(e($0.title))</li>\n" }.joined() + "</ul>\n</section>\n"
        }
        body += "<p class=\"note\">Numbers from 1 to \(document.threshold) are shown as "
            + "\u{201C}\(document.threshold) or fewer\u{201D} so that nobody can be picked out.</p>"
        return HTML.page(title: "You said, we did: \(document.series.title), \(document.wave.label)", body: body)
    }
}
