/// Folds a header written over several rows into one name per column, the way a person reads it: a question
/// heading stands over the blank cells to its right (its options), and each sub-heading is added after it
/// ("Which clubs do you go to? - Football"), unless it only repeats the question or says "Answer".
enum HeaderFolding {
    static func fold(_ header: [String], with subRows: [[String]]) -> [String] {
        let width = ([header] + subRows).map(\.count).max() ?? 0
        var names: [String] = []
        var question = ""
        for column in 0..<width {
            let top = column < header.count ? header[column] : ""
            let subs = subRows.map { column < $0.count ? String($0[column].withoutEdgeSpaces) : "" }
                .filter { !$0.isEmpty && !HeaderContinuation.missing.contains($0.lowercased())
                    && !HeaderContinuation.answerMarkers.contains($0.lowercased()) }
            if !top.withoutEdgeSpaces.isEmpty {
                question = top
            } else if subs.isEmpty {
                names.append("")
                continue
            }
            var parts = question.withoutEdgeSpaces.isEmpty ? [] : [question]
            for sub in subs where !parts.contains(where: { $0.withoutEdgeSpaces.lowercased() == sub.lowercased() }) {
                parts.append(sub)
            }
            names.append(parts.joined(separator: " - "))
        }
        return names
    }
}
