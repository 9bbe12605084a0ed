/// The last look before anything is written to `Output/`: a second, looser scan of the rendered text for
/// anything that looks like an identifier. A finding stops that file being written and is reported by kind
/// and line, never with the text it found. A finding is a bug to fix upstream.
public enum OutputScanner {
    public struct Finding: Sendable, Hashable, CustomStringConvertible {
        public var kind: String
        public var line: Int
        public var description: String { "possible \(kind) at line \(line)" }
    }

    public static func scan(_ text: String) -> [Finding] {
        var findings: [Finding] = []
        let visible = text.hasPrefix("<!DOCTYPE") ? visibleText(text) : text
        for (offset, line) in visible.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let content = String(line)
            if let kind = kind(in: content) { findings.append(Finding(kind: kind, line: offset + 1)) }
        }
        return findings
    }

    /// An HTML page's text as a reader sees it: styles, scripts and tags blanked out, line breaks kept so that
    /// findings keep their line numbers. Attribute values (alt text, labels) are kept.
    static func visibleText(_ html: String) -> String {
        var output = ""
        var index = html.startIndex
        while index < html.endIndex {
            if html[index] == "<" {
                let rest = html[index...]
                for block in ["<style", "<script"] where rest.hasPrefix(block) {
                    let close = block == "<style" ? "</style>" : "</script>"
                    if let end = rest.range(of: close) {
                        output += String(repeating: "\n", count: html[index..<end.upperBound].filter { $0 == "\n" }.count)
                        index = end.upperBound
                    }
                }
                guard index < html.endIndex, html[index] == "<" else { continue }
                guard let close = html[index...].firstIndex(of: ">") else { break }
                let tag = html[index...close]
                // Keep attribute values people read.
                for attribute in ["alt=\"", "aria-label=\"", "title=\""] {
                    if let start = tag.range(of: attribute), let end = tag[start.upperBound...].firstIndex(of: "\"") {
                        output += " " + tag[start.upperBound..<end] + " "
                    }
                }
                output += String(repeating: "\n", count: tag.filter { $0 == "\n" }.count) + " "
                index = html.index(after: close)
            } else {
                output.append(html[index])
                index = html.index(after: index)
            }
        }
        return output
    }

    static func kind(in line: String) -> String? {
        let lower = line.lowercased()
        if lower.contains("@"), Patterns.email.firstMatch(in: lower) != nil { return "email address" }
        if lower.contains("@"), Patterns.atHandle.firstMatch(in: lower) != nil { return "social media handle" }
        // Digit groups joined by single separators ("07700 900123"); a run of single digits ("0 1 2 3", a
        // chart's scale) is not a number.
        var digits = 0, group = 0, widestGroup = 0, found = false
        for character in line {
            if character.isASCIIDigit {
                digits += 1
                group += 1
                widestGroup = max(widestGroup, group)
                if digits >= 9 && widestGroup >= 3 { found = true }
            } else if " -.()+".contains(character) {
                group = 0
            } else {
                digits = 0
                group = 0
                widestGroup = 0
            }
        }
        if found { return "phone or ID number" }
        if line.utf8.contains(where: { $0 >= 48 && $0 <= 57 }) {
            if Patterns.postcode.firstMatch(in: lower) != nil { return "postcode" }
            if Patterns.niNumber.firstMatch(in: lower) != nil { return "National Insurance number" }
            if Patterns.numericDate.firstMatch(in: lower) != nil, !line.contains("-") { return "date" }
        }
        if fullName(in: line) { return "name" }
        return nil
    }

    /// A capitalised given name followed by a capitalised surname, neither of them an English word.
    static func fullName(in line: String) -> Bool {
        let words = Words(line).items
        guard words.count >= 2 else { return false }
        for index in 0..<(words.count - 1) {
            let first = words[index], second = words[index + 1]
            guard first.isCapitalised, second.isCapitalised, first.range.upperBound < second.range.lowerBound,
                  line[first.range.upperBound..<second.range.lowerBound] == " " else { continue }
            if Gazetteer.givenNames.contains(first.key), Gazetteer.surnames.contains(second.key),
               !Gazetteer.isEverydayWord(first.key), !Gazetteer.isEverydayWord(second.key) {
                return true
            }
        }
        return false
    }
}
