import Foundation
import HeardCore
import HeardPrivacy

/// The final privacy scan of the files a run writes, on every core: a page is scanned whole, and a file read
/// line by line (CSV, Markdown, JSON, text) is cut at line ends into parts scanned side by side, so one large
/// list does not keep one core busy while the other waits. Findings keep the file's line numbers. A part is a
/// run of byte ranges into the file's text: no line is copied until it is scanned, and none is joined again.
enum OutputScanParts {
    /// Lines per part of a long line-by-line file.
    static let linesPerPart = 2_000

    /// One piece of work: a file's text and the lines of it to scan (nil: the whole text, as markup), the
    /// first of them numbered `firstLine` + 1.
    private struct Part: Sendable {
        var file: Int
        var text: String
        var format: String
        var lines: ArraySlice<Range<Int>>?
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
            parts += split(text, format: format).map {
                Part(file: index, text: text, format: format, lines: $0.lines, firstLine: $0.firstLine)
            }
        }
        let found = ParallelMap.mapEach(parts) { part -> [OutputScanner.Finding] in
            guard let lines = part.lines else { return OutputScanner.scan(part.text, format: part.format) }
            let idsAside = part.format == "csv" && !quoteIDs.isEmpty
            var text = part.text
            return text.withUTF8 { bytes in
                lines.enumerated().compactMap { offset, range in
                    let line = UnsafeBufferPointer(rebasing: bytes[range])
                    return OutputScanner.scan(line: idsAside ? setAside(quoteIDs, in: line) : String(decoding: line, as: UTF8.self),
                                              number: part.firstLine + offset + 1)
                }
            }
        }
        var byFile = [[OutputScanner.Finding]](repeating: [], count: files.count)
        for (part, findings) in zip(parts, found) { byFile[part.file] += findings }
        return byFile
    }

    /// The line with its first cell blanked when it is one of `ids`; otherwise the line as it is.
    static func setAside(_ ids: Set<String>, in line: UnsafeBufferPointer<UInt8>) -> String {
        let text = String(decoding: line, as: UTF8.self)
        guard let comma = line.firstIndex(of: UInt8(ascii: ",")) else { return text }
        let first = String(decoding: UnsafeBufferPointer(rebasing: line[..<comma]), as: UTF8.self)
        guard ids.contains(first) else { return text }
        return String(repeating: " ", count: first.count)
            + String(decoding: UnsafeBufferPointer(rebasing: line[comma...]), as: UTF8.self)
    }

    /// Formats `OutputScanner` reads as markup, text node by text node.
    static let markup: Set<String> = ["html", "htm", "svg", "xml"]

    /// A markup file whole (its text nodes need the whole document: `lines` nil); a line-by-line file cut at
    /// every line end, "\r\n" as well as "\n" (Swift reads "\r\n" as one character, so a CSV's lines would
    /// otherwise be one long line), in parts of `linesPerPart` lines given as byte ranges into `text`, so each
    /// finding has its true line.
    static func split(_ text: String, format: String) -> [(lines: ArraySlice<Range<Int>>?, firstLine: Int)] {
        guard !markup.contains(format) else { return [(nil, 0)] }
        var lines: [Range<Int>] = []
        var start = 0, position = 0, previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == 10 {
                lines.append(start..<(previous == 13 && position > start ? position - 1 : position))
                start = position + 1
            }
            previous = byte
            position += 1
        }
        lines.append(start..<(previous == 13 && position > start ? position - 1 : position))
        return stride(from: 0, to: lines.count, by: linesPerPart).map { first in
            (lines[first..<min(lines.count, first + linesPerPart)], first)
        }
    }
}
