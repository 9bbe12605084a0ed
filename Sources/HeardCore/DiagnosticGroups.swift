/// Diagnostics that differ only by row, as one line each: a problem in every row of a 100,000-row export is
/// one line an officer can read ("... in 49,916 rows (3, 4, 7, 9, 12, ...)"), located at its first row.
public enum DiagnosticGroups {
    /// How many row numbers a grouped line lists.
    public static let shownRows = 5

    public static func grouped(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var order: [String] = []
        var groups: [String: (first: Diagnostic, rows: [Int], count: Int)] = [:]
        for diagnostic in diagnostics {
            let location = diagnostic.location
            let context = diagnostic.context.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
            let key = [diagnostic.severity.rawValue, diagnostic.message, location?.file ?? "", location?.sheet ?? "",
                       location?.column.map(String.init) ?? "", context, location?.row == nil ? "whole" : "row"]
                .joined(separator: "\u{0}")
            if var group = groups[key] {
                group.count += 1
                if let row = location?.row, group.rows.count < shownRows { group.rows.append(row) }
                groups[key] = group
            } else {
                order.append(key)
                groups[key] = (diagnostic, location?.row.map { [$0] } ?? [], 1)
            }
        }
        return order.map { key in
            let group = groups[key]!
            guard group.count > 1 else { return group.first }
            var line = group.first
            let listed = group.rows.map(String.init).joined(separator: ", ") + (group.count > group.rows.count ? ", ..." : "")
            line.message += " in \(group.count) rows (\(listed))"
            return line
        }
    }
}
