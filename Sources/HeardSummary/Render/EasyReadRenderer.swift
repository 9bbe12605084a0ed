import HeardCore

/// An easy-read page for younger children: short sentences, large type, one simple picture per theme, the
/// council's child-friendly titles, and what we did in plain words.
public struct EasyReadRenderer: SummaryRenderer {
    public init() {}

    public func render(_ document: SummaryDocument) -> [OutputFile] {
        [OutputFile(path: "easy-read/\(document.slug).html", text: html(document))]
    }

    public func html(_ document: SummaryDocument) -> String {
        let e = HTML.escape
        var body = "<h1>You told us. We listened.</h1>\n"
        body += "<p>\(e(people(document.respondents))) filled in our survey.</p>\n<p>Thank you.</p>\n"
        body += "<p>Here is what you said. Here is what we did.</p>\n"
        for (index, section) in document.themes.enumerated() where section.comments.value != 0 {
            body += "<section aria-labelledby=\"t\(index)\">\n\(Pictures.picture(index))\n"
            body += "<h2 id=\"t\(index)\">\(e(section.heading.childTitle))</h2>\n"
            body += "<p>\(e(people(section.respondents))) talked about this.</p>\n"
            let points = section.points.prefix(3)
            if !points.isEmpty {
                body += "<ul class=\"points\">\n"
                for point in points { body += "<li>\(e(Self.plain(point)))</li>\n" }
                body += "</ul>\n"
            }
            if let quote = points.lazy.compactMap(\.quote).first ?? section.quotes.first {
                body += "<blockquote><p>\(e(quote))</p></blockquote>\n"
            }
            if section.actions.isEmpty {
                body += "<p>We have not done something about this yet. We will tell you when we do.</p>\n"
            } else {
                body += "<p>What we did:</p>\n<ul>\n"
                for action in section.actions { body += "<li>\(e(Self.plain(action)))</li>\n" }
                body += "</ul>\n"
            }
            body += "</section>\n"
        }
        body += "<p>Some numbers are hidden. This keeps everyone private.</p>\n"
        body += "<p>You can ask your worker about this page.</p>"
        return HTML.page(title: "You told us. We listened. \(document.wave.label)", body: body, extraStyle: style)
    }

    private func people(_ count: PublishedCount) -> String {
        if count.value == 1 { return "1 young person" }
        if let value = count.value { return "\(value) young people" }
        return "A few young people"
    }

    /// "9 of you want to see your brothers and sisters more." A hidden count is "A few of you".
    static func plain(_ point: SummaryDocument.PointCount) -> String {
        let who = point.respondents.value.map { "\($0) of you" } ?? "A few of you"
        return "\(who) \(point.heading.plain)."
    }

    static func plain(_ action: Action) -> String {
        switch action.status {
        case .done: "We did this. \(action.weDid)"
        case .inProgress: "We are doing this now. \(action.weDid)"
        case .planned: "We are going to do this. \(action.weDid)"
        }
    }

    private let style = "body{font-size:1.35rem;line-height:1.6}h1{font-size:2rem}h2{font-size:1.6rem;border:0}"
        + "section{border:3px solid #1d70b8;border-radius:1rem;padding:1rem;margin:1.5rem 0}"
        + ".picture{width:64px;height:64px;display:block}"
}

/// Simple pictures for the easy-read page: shapes, no words, decorative (the heading says it all).
enum Pictures {
    static func picture(_ index: Int) -> String {
        let shapes = [
            "<circle cx=\"32\" cy=\"32\" r=\"26\" fill=\"#ffdd00\"/><circle cx=\"23\" cy=\"26\" r=\"4\" fill=\"#0b0c0c\"/>"
                + "<circle cx=\"41\" cy=\"26\" r=\"4\" fill=\"#0b0c0c\"/><path d=\"M20 38 Q32 50 44 38\" stroke=\"#0b0c0c\" stroke-width=\"4\" fill=\"none\"/>",
            "<path d=\"M8 32 L32 10 L56 32 L56 56 L8 56 Z\" fill=\"#1d70b8\"/><rect x=\"26\" y=\"38\" width=\"12\" height=\"18\" fill=\"#fff\"/>",
            "<circle cx=\"22\" cy=\"22\" r=\"10\" fill=\"#d4351c\"/><circle cx=\"42\" cy=\"22\" r=\"10\" fill=\"#00703c\"/>"
                + "<rect x=\"10\" y=\"36\" width=\"24\" height=\"20\" rx=\"8\" fill=\"#d4351c\"/><rect x=\"30\" y=\"36\" width=\"24\" height=\"20\" rx=\"8\" fill=\"#00703c\"/>",
            "<rect x=\"10\" y=\"14\" width=\"44\" height=\"36\" rx=\"4\" fill=\"#1d70b8\"/><path d=\"M32 14 L32 50\" stroke=\"#fff\" stroke-width=\"3\"/>",
            "<path d=\"M32 54 L10 32 A12 12 0 0 1 32 14 A12 12 0 0 1 54 32 Z\" fill=\"#d4351c\"/>",
            "<path d=\"M32 6 L54 14 L54 34 Q54 52 32 58 Q10 52 10 34 L10 14 Z\" fill=\"#00703c\"/>",
            "<polygon points=\"32,6 39,24 58,24 43,36 49,56 32,44 15,56 21,36 6,24 25,24\" fill=\"#ffdd00\" stroke=\"#0b0c0c\" stroke-width=\"2\"/>",
        ]
        return "<svg class=\"picture\" viewBox=\"0 0 64 64\" aria-hidden=\"true\" focusable=\"false\">"
            + shapes[index % shapes.count] + "</svg>"
    }
}
