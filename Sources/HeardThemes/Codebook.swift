import Foundation
import HeardCore

/// Reads and writes the plain codebook format an officer edits:
///
///     # comments start with a hash
///     framework: lincolnshire-2022
///     title: What are children, young people and care leavers telling us?
///     source: Lincolnshire Children in Care and Care Leavers Strategy 2022-2025
///
///     theme: build-not-break-relationships
///     title: Build not break relationships
///     child-title: Keeping the people who matter to you
///     description: Time with family, friends and workers; keeping the same worker.
///     cues: contact, see my brother, social worker, sw, same worker, foster*
///     example: More regular time with parents, family, siblings and friends.
///
/// `cues:`, `weak-cues:` (count half) and `example:` may repeat; cues are separated by commas.
public enum Codebook {
    public static func parse(_ text: String, source: SourceLocation) throws(Diagnostic) -> ThemeFramework {
        var framework = ThemeFramework(id: "", title: "", themes: [])
        var current: ThemeFramework.Theme?
        for (number, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let colon = line.firstIndex(of: ":") else {
                throw .error("expected \"key: value\"", at: source.at(row: number + 1))
            }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if key == "not-cues" {
                framework.notCues += value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                    .filter { !$0.isEmpty }
                continue
            }
            if key == "theme" {
                if let current { framework.themes.append(current) }
                current = ThemeFramework.Theme(id: value, title: value)
                continue
            }
            if var theme = current {
                switch key {
                case "title": theme.title = value; if theme.childTitle == theme.id { theme.childTitle = value }
                case "child-title": theme.childTitle = value
                case "description": theme.description = value
                case "cues": theme.cues += value.split(separator: ",").map {
                    $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                case "weak-cues": theme.weakCues += value.split(separator: ",").map {
                    $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                case "example": theme.examples.append(value)
                case "together":
                    guard let pair = CuePair(line: value) else {
                        throw .error("\"together:\" needs words on both sides of \"|\"", at: source.at(row: number + 1))
                    }
                    theme.pairs.append(pair)
                default: throw .error("unknown key \"\(key)\" in a theme", at: source.at(row: number + 1))
                }
                current = theme
            } else {
                switch key {
                case "framework": framework.id = value
                case "title": framework.title = value
                case "source": framework.source = value
                default: throw .error("unknown key \"\(key)\" before the first theme", at: source.at(row: number + 1))
                }
            }
        }
        if let current { framework.themes.append(current) }
        guard !framework.id.isEmpty else { throw .error("the codebook has no \"framework:\" line", at: source) }
        guard !framework.themes.isEmpty else { throw .error("the codebook has no themes", at: source) }
        return framework
    }
}

extension Codebook {
    /// A framework written back in the codebook format, so that `Codebook.parse(Codebook.text(of: f))` gives `f`
    /// again (comments are not kept: a built-in codebook's own file is printed as it is written instead).
    public static func text(of framework: ThemeFramework) -> String {
        var lines = ["framework: \(framework.id)", "title: \(framework.title)"]
        if !framework.source.isEmpty { lines.append("source: \(framework.source)") }
        if !framework.notCues.isEmpty { lines.append("not-cues: " + framework.notCues.joined(separator: ", ")) }
        for theme in framework.themes {
            lines += ["", "theme: \(theme.id)", "title: \(theme.title)"]
            if theme.childTitle != theme.title { lines.append("child-title: \(theme.childTitle)") }
            if !theme.description.isEmpty { lines.append("description: \(theme.description)") }
            if !theme.cues.isEmpty { lines.append("cues: " + theme.cues.joined(separator: ", ")) }
            if !theme.weakCues.isEmpty { lines.append("weak-cues: " + theme.weakCues.joined(separator: ", ")) }
            lines += theme.pairs.map { "together: " + $0.line }
            lines += theme.examples.map { "example: " + $0 }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
