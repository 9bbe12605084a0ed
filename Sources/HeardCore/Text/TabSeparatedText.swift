/// A trained model's file (tab-separated: a name, then numbers) cut into lines and fields by its bytes, exactly
/// as `split(separator: "\n")` and `split(separator: "\t")` cut it by characters, and several times faster: the
/// models' files are megabytes, and cutting them character by character was a third of loading them.
///
/// A tab or a line feed is always a character of its own, except a line feed after a carriage return ("\r\n" is
/// one character, so it does not end a line when cut by characters): a text with a carriage return is cut by
/// characters.
public enum TabSeparatedText {
    /// The lines of `text`, empty ones included, as `text.split(separator: "\n", omittingEmptySubsequences: false)`.
    public static func lines(of text: String) -> [Substring] {
        let text = Substring(text)
        guard !text.utf8.contains(0x0D) else { return text.split(separator: "\n", omittingEmptySubsequences: false) }
        return cut(text, at: 0x0A)
    }

    /// The fields of a line, empty ones included, as `line.split(separator: "\t", omittingEmptySubsequences: false)`.
    public static func fields(of line: Substring) -> [Substring] {
        cut(line, at: 0x09)
    }

    /// `text` cut at every `byte` (an ASCII control that is always a character of its own).
    private static func cut(_ text: Substring, at byte: UInt8) -> [Substring] {
        let offsets = text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.indices.filter { bytes[$0] == byte }
        } ?? text.utf8.enumerated().filter { $0.element == byte }.map(\.offset)
        var pieces: [Substring] = []
        pieces.reserveCapacity(offsets.count + 1)
        var start = text.startIndex, startOffset = 0
        for offset in offsets {
            let end = text.utf8.index(start, offsetBy: offset - startOffset)
            pieces.append(text[start..<end])
            start = text.utf8.index(after: end)
            startOffset = offset + 1
        }
        pieces.append(text[start...])
        return pieces
    }
}
