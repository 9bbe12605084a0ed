import Foundation
import HeardCore
import HeardPrivacy

/// The final privacy scan of the files a run writes, on every core: a page is scanned whole, and a file read
/// line by line (CSV, Markdown, JSON, text) is cut at line ends into parts scanned side by side, so one large
/// list does not keep one core busy while the other waits. Findings keep the file's line numbers.
enum OutputScanParts {
    /// Lines per part of a long line-by-line file.
    static let linesPerPart = 2_000

    /// One piece of work: a file's text, or part of it, and the line it starts at (0-based).
    private struct Part: Sendable {
        var file: Int
        var text: String
        var format: String
        var firstLine: Int
    }

    /// Every file's findings, in the order of `files`. `surveyOptions` are blanked out first, as in
    /// `Pipeline.writeOutputs`.
    /// `quoteIDs`: Heard's own ids of candidate quotes (hashes it made of the text), set aside where a CSV line
    /// starts with one, as the review list's lines do: the scanner would take their hex digits for an ID number.
    static func scan(_ files: [OutputFile], surveyOptions: [String],
                     quoteIDs: Set<String> = []) -> [[OutputScanner.Finding]] {
        var parts: [Part] = []
        for (index, file) in files.enumerated() {
            var text = String(decoding: file.contents, as: UTF8.self)
            for option in surveyOptions where text.contains(option) {
                text = text.replacingOccurrences(of: option, with: String(repeating: " ", count: option.count))
            }
            let format = (file.path as NSString).pathExtension.lowercased()
            parts += split(text, format: format).map { Part(file: index, text: $0.text, format: format, firstLine: $0.firstLine) }
        }
        let found = ParallelMap.mapEach(parts) { part in
            let text = part.format == "csv" && !quoteIDs.isEmpty ? setAside(quoteIDs, in: part.text) : part.text
            return OutputScanner.scan(text, format: part.format).map { finding in
                var moved = finding
                moved.line += part.firstLine
                return moved
            }
        }
        var byFile = [[OutputScanner.Finding]](repeating: [], count: files.count)
        for (part, findings) in zip(parts, found) { byFile[part.file] += findings }
        return byFile
    }

    /// `text` with each line's first cell blanked when it is one of `ids`; everything else scanned as it is.
    static func setAside(_ ids: Set<String>, in text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
            guard let comma = line.firstIndex(of: ","), ids.contains(String(line[..<comma])) else { return line }
            return Substring(String(repeating: " ", count: line.distance(from: line.startIndex, to: comma))) + line[comma...]
        }.joined(separator: "\n")
    }

    /// Formats `OutputScanner` reads as markup, text node by text node.
    static let markup: Set<String> = ["html", "htm", "svg", "xml"]

    /// A markup file whole (its text nodes need the whole document); a line-by-line file cut at every line
    /// end, "\r\n" as well as "\n" (Swift reads "\r\n" as one character, so a CSV's lines would otherwise be one
    /// long line), in parts of `linesPerPart` lines joined with "\n", so each finding has its true line.
    static func split(_ text: String, format: String) -> [(text: String, firstLine: Int)] {
        guard !markup.contains(format) else { return [(text, 0)] }
        let lines = text.utf8.split(separator: 10, omittingEmptySubsequences: false).map { line in
            line.last == 13 ? line.dropLast() : line
        }
        return stride(from: 0, to: lines.count, by: linesPerPart).map { start in
            let part = lines[start..<min(lines.count, start + linesPerPart)]
            return (part.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\n"), start)
        }
    }
}
