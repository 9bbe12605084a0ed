import Foundation
import HeardCore

/// Reads labelled comments from a table with columns `framework,theme,text` and optionally `polarity`: one
/// row per comment and theme (a comment with two themes has two rows; `theme` empty or `none` for none).
/// Frameworks are named by id or its first word ("lincolnshire"); themes by id or their council heading.
public enum LabelFile {
    public static func read(_ table: Table, frameworks: [ThemeFramework],
                            diagnostics: any DiagnosticSink) -> [String: [LabelledComment]] {
        let folded = table.header.map { TextFolding.fold($0) }
        guard let frameworkColumn = folded.firstIndex(of: "framework"), let themeColumn = folded.firstIndex(of: "theme"),
              let textColumn = folded.firstIndex(of: "text") else {
            diagnostics.emit(.error("a labels file needs columns framework, theme and text", at: table.source))
            return [:]
        }
        let polarityColumn = folded.firstIndex(of: "polarity")
        var items: [String: [String: LabelledComment]] = [:]
        var order: [String: [String]] = [:]
        for row in table.rows {
            guard let framework = resolveFramework(row[frameworkColumn], in: frameworks) else {
                diagnostics.emit(.warning("unknown framework; row skipped", at: table.location(row: row, column: frameworkColumn)))
                continue
            }
            let text = row[textColumn]
            let key = TextFolding.fold(text)
            if items[framework.id]?[key] == nil {
                items[framework.id, default: [:]][key] = LabelledComment(text: text, themes: [])
                order[framework.id, default: []].append(key)
            }
            let label = row[themeColumn]
            if !["", "none", "-"].contains(TextFolding.fold(label)) {
                if let theme = resolveTheme(label, in: framework) {
                    items[framework.id]![key]!.themes.insert(theme)
                } else {
                    diagnostics.emit(.warning("unknown theme for \(framework.id); label ignored",
                                              at: table.location(row: row, column: themeColumn)))
                }
            }
            if let polarityColumn, let polarity = Polarity(rawValue: TextFolding.fold(row[polarityColumn])) {
                items[framework.id]![key]!.polarity = polarity
            }
        }
        return Dictionary(uniqueKeysWithValues: items.map { id, byKey in (id, order[id]!.compactMap { byKey[$0] }) })
    }

    static func resolveFramework(_ name: String, in frameworks: [ThemeFramework]) -> ThemeFramework? {
        let folded = TextFolding.fold(name)
        return frameworks.first { $0.id == folded } ?? frameworks.first { $0.id.hasPrefix(folded + "-") }
    }

    /// A theme by id, or by the heading whose words best overlap the label's.
    static func resolveTheme(_ label: String, in framework: ThemeFramework) -> String? {
        let folded = TextFolding.fold(label)
        if let exact = framework.themes.first(where: { $0.id == folded }) { return exact.id }
        let words = Set(significant(label))
        var best: (id: String, score: Double)?
        for theme in framework.themes {
            let heading = Set(significant(theme.title + " " + theme.id.replacingOccurrences(of: "-", with: " ")))
            let score = Double(words.intersection(heading).count) / Double(max(1, words.count))
            if score > (best?.score ?? 0.49) { best = (theme.id, score) }
        }
        return best?.id
    }

    private static func significant(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter }.map(String.init)
            .filter { !["and", "the", "to", "of", "for", "our", "us", "we", "be", "in", "not", "now", "how", "you"].contains($0) }
    }
}
