import HeardCore

/// The points per theme as CSV (`Output/tables/<series>-<wave>-points.csv`), for officers who work in Excel:
/// every point someone made, then each theme's "other things" row. Suppressed counts read "5 or fewer".
public struct PointTableRenderer: SummaryRenderer {
    public init() {}

    public func render(_ document: SummaryDocument) -> [OutputFile] {
        var text = "theme,point,what young people said,young people,praise,problems,requests\r\n"
        for section in document.themes {
            for point in section.points {
                text += row([section.heading.id, point.heading.id, point.heading.label, point.respondents.text,
                             point.praise.text, point.problems.text, point.requests.text])
            }
            if section.otherThings.value != 0 {
                text += row([section.heading.id, "", "Other things about \(section.heading.title.lowercased())",
                             section.otherThings.text, "", "", ""])
            }
        }
        return [OutputFile(path: "tables/\(document.slug)-points.csv", text: text)]
    }

    private func row(_ cells: [String]) -> String {
        cells.map { cell in
            cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" })
                ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
        }.joined(separator: ",") + "\r\n"
    }
}
