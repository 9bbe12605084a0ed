import HeardCore

/// How points are said, the same in Markdown and HTML (the easy-read page has its own plainer words).
extension Wording {
    /// "Seeing brothers and sisters: 9 of you, 6 asked for change, 2 said what is good." The point's own count
    /// is shown as published ("5 or fewer of you"); of how many asked, praised or described a problem, only
    /// counts that may be published and are not 0 are said (`tables/*-points.csv` and summary.json have them all).
    static func point(_ point: SummaryDocument.PointCount) -> String {
        var text = "\(point.heading.label): \(point.respondents.text) of you"
        let kinds = [(point.requests, "asked for change"), (point.problems, "described a problem"),
                     (point.praise, "said what is good")]
        for (count, words) in kinds { if let value = count.value, value > 0 { text += ", \(value) \(words)" } }
        return text + "."
    }

    /// "Other things about Staying settled where you live: 5 or fewer of you." Nil when nobody said other things.
    static func otherThings(_ section: SummaryDocument.ThemeSection) -> String? {
        guard section.otherThings.value != 0 else { return nil }
        return "Other things about \(section.heading.title.lowercased()): \(section.otherThings.text) of you."
    }

    /// The points a summary shows in full for a theme, most raised first.
    static func topPoints(_ section: SummaryDocument.ThemeSection) -> ArraySlice<SummaryDocument.PointCount> {
        section.points.prefix(SummaryBuilder.topPoints)
    }
}
