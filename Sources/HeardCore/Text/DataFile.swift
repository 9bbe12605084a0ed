/// How Heard reads a plain data file (a word list, the text-speak table, a codebook) once it is embedded as a
/// string by the EmbedData plugin: one entry per line, surrounding spaces trimmed, blank lines and lines
/// starting with "#" skipped. Windows line endings and a byte order mark are fine.
public enum DataFile {
    /// One line that holds something, with its line number (from 1) for messages about it.
    public struct Line: Sendable, Hashable {
        public var number: Int
        public var text: Substring
    }

    /// The lines that hold something: trimmed, without blank lines or "#" comment lines.
    ///
    /// Cut by bytes (`LineBytes`), exactly where `split(whereSeparator: \.isNewline)` cuts by characters: the
    /// safeguarding screen's word list is 155 kB, and cutting it character by character was half of loading
    /// the screen. A line of ASCII bytes is trimmed by its bytes, any other line by its characters.
    public static func lines(_ text: String) -> [Line] {
        var result: [Line] = []
        var number = 0
        var start = text.startIndex, startOffset = 0
        for piece in LineBytes.lines(of: text) {
            number += 1
            let from = text.utf8.index(start, offsetBy: piece.start - startOffset)
            let to = text.utf8.index(from, offsetBy: piece.end - piece.start)
            start = to
            startOffset = piece.end
            let raw = text[from..<to]
            let line = piece.isASCII ? LineBytes.trimmingSpacesAndTabs(raw) : trimmed(raw)
            if line.isEmpty || line.first == "#" { continue }
            result.append(Line(number: number, text: line))
        }
        return result
    }

    /// `key = value` lines (the separator may be another character), each side trimmed. A "#" after a space
    /// starts a comment that runs to the end of the line. Lines without the separator are returned in
    /// `malformed` so a test can name them.
    public static func entries(_ text: String, separator: Character = "=")
        -> (entries: [(line: Int, key: Substring, value: Substring)], malformed: [Int]) {
        var entries: [(line: Int, key: Substring, value: Substring)] = []
        var malformed: [Int] = []
        for line in lines(text) {
            var content = line.text
            if let hash = content.indices.first(where: { content[$0] == "#" && $0 > content.startIndex
                && content[content.index(before: $0)].isWhitespace }) {
                content = trimmed(content[..<hash])
            }
            guard let split = content.firstIndex(of: separator) else {
                malformed.append(line.number)
                continue
            }
            let key = trimmed(content[..<split]), value = trimmed(content[content.index(after: split)...])
            if key.isEmpty || value.isEmpty { malformed.append(line.number); continue }
            entries.append((line.number, key, value))
        }
        return (entries, malformed)
    }

    private static func trimmed(_ text: Substring) -> Substring {
        var text = text
        while let first = text.first, first.isWhitespace || first == "\u{FEFF}" { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return text
    }
}
