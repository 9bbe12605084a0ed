import Foundation
import HeardCore
import HeardPrivacy

/// The final privacy scan of the files a run writes, on every core, each file read in its own form
/// (`OutputScanner`): a page or a JSON file is scanned whole; a CSV, cut at record ends into parts, cell by
/// cell; any other line-by-line file (Markdown, text), cut at line ends into parts, line by line. Parts are
/// scanned side by side, so one large list does not keep one core busy while the other waits. Findings keep
/// the file's line numbers. A part is a run of byte ranges into the file's text: nothing is copied until it
/// is scanned.
enum OutputScanParts {
    /// Lines (or CSV records) per part of a long file.
    static let linesPerPart = 2_000

    /// CSV cells up to this many bytes are remembered within a part, with what the scan found in them.
    static let shortCell = 64

    /// What a part reads of its file's text.
    enum Piece: Sendable {
        /// The whole text, in the file's own form.
        case whole
        /// Lines, as byte ranges, the first numbered `firstLine` + 1.
        case lines(ArraySlice<Range<Int>>, firstLine: Int)
        /// CSV records, cell by cell.
        case records(ArraySlice<CSVRecord>)
    }

    /// One piece of work: a file's text and what of it to scan.
    private struct Part: Sendable {
        var file: Int
        var text: String
        var format: String
        var piece: Piece
    }

    /// Every file's findings, in the order of `files`. `surveyOptions` are blanked out first, as in
    /// `Pipeline.writeOutputs`.
    /// `quoteIDs`: Heard's own ids of candidate quotes (hashes it made of the text), set aside where a CSV
    /// record's first cell is one, as the review list's are: the scanner would take their hex digits for an ID
    /// number. `cleared`: texts found clean before they were offered as quotes (`QuoteWithholding`); a cell or
    /// text node that is exactly one of them is not scanned again (it would be found clean again).
    static func scan(_ files: [OutputFile], surveyOptions: [String],
                     quoteIDs: Set<String> = [], cleared: Set<String> = []) -> [[OutputScanner.Finding]] {
        var parts: [Part] = []
        for (index, file) in files.enumerated() {
            var text = String(decoding: file.contents, as: UTF8.self)
            for option in surveyOptions where text.contains(option) {
                text = text.replacingOccurrences(of: option, with: String(repeating: " ", count: option.count))
            }
            let format = (file.path as NSString).pathExtension.lowercased()
            parts += split(text, format: format).map { Part(file: index, text: text, format: format, piece: $0) }
        }
        let found = ParallelMap.mapEach(parts) { part -> [OutputScanner.Finding] in
            var text = part.text
            switch part.piece {
            case .whole:
                return OutputScanner.scan(part.text, format: part.format, cleared: cleared)
            case .lines(let lines, let firstLine):
                return text.withUTF8 { bytes in
                    lines.enumerated().compactMap { offset, range in
                        OutputScanner.scan(line: String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self),
                                           number: firstLine + offset + 1)
                    }
                }
            case .records(let records):
                // A list repeats its short cells (a theme's title, "undecided") on every record: each is scanned
                // once per part and its answer reused (the scan of a text depends on the text alone).
                var short: [String: String?] = [:]
                return text.withUTF8 { bytes in
                    records.flatMap { record in
                        CSVRecord.cells(of: record, in: bytes).enumerated().compactMap { column, cell in
                            guard !(column == 0 && quoteIDs.contains(cell.text)), !cleared.contains(cell.text) else { return nil }
                            let kind: String?
                            if cell.text.utf8.count > shortCell {
                                kind = OutputScanner.scan(cell: cell.text)
                            } else if let known = short[cell.text] {
                                kind = known
                            } else {
                                kind = OutputScanner.scan(cell: cell.text)
                                short[cell.text] = kind
                            }
                            return kind.map { OutputScanner.Finding(kind: $0, line: cell.line + 1) }
                        }
                    }
                }
            }
        }
        var byFile = [[OutputScanner.Finding]](repeating: [], count: files.count)
        for (part, findings) in zip(parts, found) { byFile[part.file] += findings }
        return byFile
    }

    /// Formats `OutputScanner` reads whole: markup text node by text node, JSON string by string.
    static let whole: Set<String> = ["html", "htm", "svg", "xml", "json"]

    /// A markup or JSON file whole (its text nodes or strings need the whole document); a CSV cut at record
    /// ends (a quoted cell may hold line ends); any other file cut at every line end, "\r\n" as well as "\n"
    /// (Swift reads "\r\n" as one character, so a file's lines would otherwise be one long line). Parts hold
    /// `linesPerPart` lines or records given as byte ranges into `text`, so each finding has its true line.
    static func split(_ text: String, format: String) -> [Piece] {
        guard !whole.contains(format) else { return [.whole] }
        if format == "csv" {
            var text = text
            let records = text.withUTF8 { CSVRecord.records($0) }
            return stride(from: 0, to: records.count, by: linesPerPart).map { first in
                .records(records[first..<min(records.count, first + linesPerPart)])
            }
        }
        let lines = lineRanges(text)
        return stride(from: 0, to: lines.count, by: linesPerPart).map { first in
            .lines(lines[first..<min(lines.count, first + linesPerPart)], firstLine: first)
        }
    }

    /// The byte ranges of `text`'s lines, as a line-by-line file is cut: at every "\n", a "\r" before it set aside.
    static func lineRanges(_ text: String) -> [Range<Int>] {
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
        return lines
    }

    /// The lines of `text` as the scan of a line-by-line file reads them.
    static func lines(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return lineRanges(text).map { String(decoding: bytes[$0], as: UTF8.self) }
    }
}
