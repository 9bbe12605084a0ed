import HeardCore

/// A header made of a question and one of its rows or options: "How often do you see these people? [Mum]"
/// (Google Forms and LimeSurvey grids) or "Which clubs do you go to? - Football" (SurveyMonkey's two header
/// rows folded into one, or an export already flattened that way).
struct HeaderParts: Hashable, Sendable {
    enum Style: Hashable, Sendable { case dash, bracket }

    var question: String
    var row: String
    var style: Style

    static func parse(_ header: String) -> HeaderParts? {
        let trimmed = header.trimmingSpaces
        if trimmed.hasSuffix("]"), let open = trimmed.lastIndex(of: "["), open > trimmed.startIndex {
            let question = String(trimmed[..<open]).trimmingSpaces
            let row = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]).trimmingSpaces
            if !question.isEmpty, !row.isEmpty { return HeaderParts(question: question, row: row, style: .bracket) }
        }
        if let dash = trimmed.range(of: " - ", options: .backwards) {
            let question = String(trimmed[..<dash.lowerBound]).trimmingSpaces
            let row = String(trimmed[dash.upperBound...]).trimmingSpaces
            if !question.isEmpty, !row.isEmpty { return HeaderParts(question: question, row: row, style: .dash) }
        }
        return nil
    }
}

/// Runs of neighbouring columns that belong to one question: its options (a multi-select question with one
/// column per option), its items (a ranking), or its rows (a grid or matrix).
struct ColumnGroup {
    var question: String
    var style: HeaderParts.Style
    /// Column indices and each one's row or option text.
    var members: [(index: Int, row: String)]

    /// The runs in a header. `known`: parts the reader already knows (SurveyMonkey's second header row);
    /// otherwise headers are parsed, and a "Question - Row" run needs two columns or more.
    static func groups(header: [String], known: [HeaderParts?]) -> [ColumnGroup] {
        var groups: [ColumnGroup] = []
        var current: ColumnGroup?
        var currentIsKnown = false
        func close() {
            if let run = current, currentIsKnown || run.style == .bracket || run.members.count >= 2 { groups.append(run) }
            current = nil
        }
        for (index, text) in header.enumerated() {
            let fromReader = index < known.count ? known[index] : nil
            guard let parts = fromReader ?? (known.isEmpty ? HeaderParts.parse(text) : nil) else {
                close()
                continue
            }
            if let run = current, run.question == parts.question, run.style == parts.style {
                current!.members.append((index, parts.row))
            } else {
                close()
                current = ColumnGroup(question: parts.question, style: parts.style, members: [(index, parts.row)])
                currentIsKnown = fromReader != nil
            }
        }
        close()
        return groups
    }

    /// Whether a column of the group holds one option only: blank, its own option text, or a tick ("1", "Y",
    /// "Yes" when no one wrote "No": a column of Yes and No is a row of a yes/no grid, not a tick box).
    static func isOptionColumn(_ sample: ColumnSample, option: String) -> Bool {
        let option = TextFolding.fold(option)
        if sample.values.isEmpty { return true }
        let isTick = { (value: String) in value == option || ticks.contains(value) || (value == "yes" && sample.counts["no"] == nil) }
        return sample.counts.keys.allSatisfy { isTick($0) || unticked.contains($0) } && sample.counts.keys.contains(where: isTick)
    }

    /// Whether every column of the group holds ranks (whole numbers from 1 to about the number of items).
    static func isRanking(_ samples: [ColumnSample]) -> Bool {
        guard samples.count >= 2, samples.contains(where: { !$0.values.isEmpty }) else { return false }
        return samples.allSatisfy { sample in
            sample.values.isEmpty || sample.integerRange.map { $0.lowerBound >= 1 && $0.upperBound <= samples.count + 1 } == true
        }
    }

    static let ticks: Set<String> = ["1", "y", "x", "true", "ticked", "checked", "selected", "\u{2713}", "\u{2714}"]
    static let unticked: Set<String> = ["0", "false", "unchecked", "not selected", "not ticked"]
}
