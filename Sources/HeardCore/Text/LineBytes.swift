/// Where a text's lines start and end, found from its UTF-8 bytes: the same lines as
/// `split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)` gives by characters.
///
/// Every character `isNewline` is true of is one scalar that always stands as a character of its own (line
/// feed, vertical tab, form feed, carriage return, U+0085, U+2028, U+2029), except a carriage return followed
/// by a line feed, which is one character and so one line break: found by their bytes, they are the same breaks.
public enum LineBytes {
    /// One line: byte offsets into the text's UTF-8, and whether every byte of it is ASCII.
    public struct Line: Sendable, Hashable {
        public var start: Int
        public var end: Int
        public var isASCII: Bool
    }

    /// The lines of `text`, empty ones included.
    public static func lines(of text: String) -> [Line] {
        var text = text
        return text.withUTF8(lines(of:))
    }

    static func lines(of bytes: UnsafeBufferPointer<UInt8>) -> [Line] {
        var lines: [Line] = []
        var start = 0, index = 0, ascii = true
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            var breakLength = 0
            switch byte {
            case 0x0A, 0x0B, 0x0C: breakLength = 1
            case 0x0D: breakLength = index + 1 < count && bytes[index + 1] == 0x0A ? 2 : 1
            case 0xC2 where index + 1 < count && bytes[index + 1] == 0x85: breakLength = 2
            case 0xE2 where index + 2 < count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                breakLength = 3
            default:
                if byte >= 0x80 { ascii = false }
                index += 1
                continue
            }
            lines.append(Line(start: start, end: index, isASCII: ascii))
            index += breakLength
            start = index
            ascii = true
        }
        lines.append(Line(start: start, end: count, isASCII: ascii))
        return lines
    }

    /// `text` without the spaces and tabs at either end, found by its bytes. For ASCII text only (where a space or
    /// a tab is always a character of its own, and the other ASCII whitespace, 0x0A to 0x0D, ends a line).
    public static func trimmingSpacesAndTabs(_ text: Substring) -> Substring {
        let utf8 = text.utf8
        var from = utf8.startIndex, to = utf8.endIndex
        while from != to, utf8[from] == 0x20 || utf8[from] == 0x09 { utf8.formIndex(after: &from) }
        while from != to {
            let before = utf8.index(before: to)
            guard utf8[before] == 0x20 || utf8[before] == 0x09 else { break }
            to = before
        }
        return text[from..<to]
    }
}
