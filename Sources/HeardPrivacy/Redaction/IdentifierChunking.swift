import HeardCore

/// How `IdentifierChunks` cuts a comment into chunks: runs between spaces and the marks that cannot be inside a
/// reference or a handle, read by bytes when the comment is ASCII and by characters read once otherwise.
extension IdentifierChunks {
    /// The text's chunks between spaces and marks that cannot be inside a reference or handle.
    static func chunks(_ text: String) -> [Chunk] {
        if TextFolding.isASCII(text) { return asciiChunks(text) }
        // Each character read once, with where it starts: walking the `String` by its indices works out a
        // character's extent again every time one is asked for.
        let characters = Array(text)
        var starts = Array(text.indices)
        starts.append(text.endIndex)
        var result: [Chunk] = []
        var start: Int?
        func close(_ end: Int) {
            guard var from = start else { return }
            start = nil
            var to = end
            // Trim marks at either end: "CLA/18/1790.", "-ref".
            while from < to, isTrimmedMark(characters[from]) { from += 1 }
            while from < to, isTrimmedMark(characters[to - 1]) { to -= 1 }
            guard from < to, let (lower, upper) = unbracketed(text, starts[from], starts[to]) else { return }
            // A bracket taken off is one character: the characters read below move with it.
            if lower > starts[from] { from += 1 }
            if upper < starts[to] { to -= 1 }
            let piece = text[lower..<upper]
            var chunk = Chunk(range: lower..<upper, text: piece)
            var previousLower = false
            for character in characters[from..<to] {
                if character.isNumberQuick { chunk.digits += 1 }
                else if character.isLetterQuick {
                    chunk.letters += 1
                    if character.isUppercaseQuick { chunk.uppercase += 1; if previousLower { chunk.camel = true } }
                }
                else if character == "_" { chunk.underscore = true }
                else if character == "." { chunk.dots += 1 }
                else if character == "-" { chunk.hyphens += 1 }
                previousLower = character.isLowercaseQuick
            }
            result.append(chunk)
        }
        for (index, character) in characters.enumerated() {
            if character.isWhitespaceQuick || isSeparator(character) {
                close(index)
            } else if start == nil {
                start = index
            }
        }
        close(characters.count)
        return result
    }

    /// `separators.contains(character)` from the character's bytes, without hashing it: a character equal to one
    /// of them is written with the same bytes, but for the Greek question mark (U+037E), which is canonically
    /// ";" (no other character is canonically equivalent to any of them).
    static func isSeparator(_ character: Character) -> Bool {
        let utf8 = character.utf8
        switch utf8.count {
        case 1: return separatorByteTable[Int(utf8.first!)]
        case 2: return utf8.first == 0xCD && utf8.last == 0xBE
        case 3:
            // "“", "”", "…": E2 80 9C, E2 80 9D, E2 80 A6.
            var bytes = utf8.makeIterator()
            guard bytes.next() == 0xE2, bytes.next() == 0x80, let last = bytes.next() else { return false }
            return last == 0x9C || last == 0x9D || last == 0xA6
        default: return false
        }
    }

    /// `".-/'’#".contains(character)` from its bytes: no other character is canonically equivalent to any of them.
    static func isTrimmedMark(_ character: Character) -> Bool {
        let utf8 = character.utf8
        switch utf8.count {
        case 1: return trimmedBytes.contains(utf8.first!)
        case 3:
            // "’": E2 80 99.
            var bytes = utf8.makeIterator()
            return bytes.next() == 0xE2 && bytes.next() == 0x80 && bytes.next() == 0x99
        default: return false
        }
    }

    private static let separatorByteTable: [Bool] = (0..<256).map { separatorBytes.contains(UInt8($0)) }

    /// `chunks` for a comment in ASCII, the common case, read byte by byte: the same chunks, without asking
    /// Unicode what each character is.
    private static func asciiChunks(_ text: String) -> [Chunk] {
        var result: [Chunk] = []
        let utf8 = text.utf8
        var start: String.Index?
        func close(_ end: String.Index) {
            guard var from = start else { return }
            start = nil
            var to = end
            while from < to, trimmedBytes.contains(utf8[from]) { from = utf8.index(after: from) }
            while from < to, trimmedBytes.contains(utf8[utf8.index(before: to)]) { to = utf8.index(before: to) }
            guard from < to, let (from, to) = unbracketed(text, from, to) else { return }
            let piece = text[from..<to]
            var chunk = Chunk(range: from..<to, text: piece)
            var previousLower = false
            for byte in piece.utf8 {
                let upper = byte >= 65 && byte <= 90, lower = byte >= 97 && byte <= 122
                if byte >= 48 && byte <= 57 { chunk.digits += 1 }
                else if upper || lower {
                    chunk.letters += 1
                    if upper { chunk.uppercase += 1; if previousLower { chunk.camel = true } }
                }
                else if byte == 95 { chunk.underscore = true }
                else if byte == 46 { chunk.dots += 1 }
                else if byte == 45 { chunk.hyphens += 1 }
                previousLower = lower
            }
            result.append(chunk)
        }
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            if (9...13).contains(byte) || byte == 32 || separatorBytes.contains(byte) {
                close(index)
            } else if start == nil {
                start = index
            }
            index = utf8.index(after: index)
        }
        close(utf8.endIndex)
        return result
    }

    /// A chunk's bounds without the square brackets a writer typed round a code ("[LAC number M676326]",
    /// "(my bus pass RC71816864]"), or nil for a piece of a placeholder ("[reference]", "[social") or any other
    /// piece with a bracket: only a piece with a digit, a bracket at one end or both and none inside, is kept.
    static func unbracketed(_ text: String, _ from: String.Index, _ to: String.Index) -> (String.Index, String.Index)? {
        let piece = text.utf8[from..<to]
        guard piece.contains(91) || piece.contains(93) else { return (from, to) }
        var start = from, end = to
        if text.utf8[start] == 91 { start = text.utf8.index(after: start) }
        if start < end, text.utf8[text.utf8.index(before: end)] == 93 { end = text.utf8.index(before: end) }
        let inner = text.utf8[start..<end]
        guard !inner.isEmpty, !inner.contains(91), !inner.contains(93), inner.contains(where: { $0 >= 48 && $0 <= 57 }) else { return nil }
        return (start, end)
    }

    /// The ASCII marks trimmed from a chunk's ends (".-/'#") and the ASCII separators.
    private static let trimmedBytes: [UInt8] = Array(".-/'#".utf8)
    private static let separatorBytes: [UInt8] = separators.compactMap(\.asciiValue)

    static let separators: Set<Character> = [",", ";", ":", "!", "?", "(", ")", "\"", "“", "”", "<", ">", "…", "|", "*", "~"]
}
