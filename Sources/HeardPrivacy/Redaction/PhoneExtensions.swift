/// A phone number's extension goes with it: "[phone number] ext. 452", "[phone number] ext 11",
/// "[phone number], extension 4443", "[phone number] (x 23)" (read after `DigitRuns`, which finds the number).
/// The extension's digits may already stand as a placeholder another reader put there ("[phone number] ext
/// [reference]"). A number after the phone that is no extension stays ("[phone number] after 4").
enum PhoneExtensions {
    static func join(_ text: String) -> String {
        let mark = Array(Placeholder.phone.rawValue.utf8)
        var bytes = Array(text.utf8)
        guard ASCIISearch.contains(text, Placeholder.phone.rawValue), mayHoldExtension(bytes) else { return text }
        var index = 0
        var changed = false
        while index + mark.count <= bytes.count {
            guard bytes[index] == 91, bytes[index..<(index + mark.count)].elementsEqual(mark) else {
                index += 1
                continue
            }
            let after = index + mark.count
            if let end = extensionEnd(bytes, from: after) {
                bytes.removeSubrange(after..<end)
                changed = true
            }
            index = after
        }
        return changed ? String(decoding: bytes, as: UTF8.self) : text
    }

    /// Where an extension right after `start` ends: an optional "," or "(", spaces, an extension word ("ext",
    /// "ext.", "extn", "extension", "x"), an optional "." or ":", spaces, then one to six digits or a placeholder
    /// of a number; nil when none stands there.
    static func extensionEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        var cursor = skipSpaces(bytes, from: start)
        var opened = false
        if cursor < bytes.count, bytes[cursor] == 44 || bytes[cursor] == 40 {
            opened = bytes[cursor] == 40
            cursor = skipSpaces(bytes, from: cursor + 1)
        }
        var wordEnd = cursor
        while wordEnd < bytes.count, (bytes[wordEnd] | 32) >= 97, (bytes[wordEnd] | 32) <= 122 { wordEnd += 1 }
        let word = String(decoding: bytes[cursor..<wordEnd].map { $0 | 32 }, as: UTF8.self)
        guard words.contains(word) else { return nil }
        cursor = wordEnd
        if cursor < bytes.count, bytes[cursor] == 46 || bytes[cursor] == 58 { cursor += 1 }
        cursor = skipSpaces(bytes, from: cursor)
        var digits = cursor
        while digits < bytes.count, digits - cursor < 7, bytes[digits] >= 48, bytes[digits] <= 57 { digits += 1 }
        if digits > cursor, digits - cursor <= 6, digits == bytes.count || !isWordByte(bytes[digits]) {
            return closing(bytes, digits, opened: opened)
        }
        for placeholder in numberPlaceholders where bytes[cursor...].starts(with: placeholder) {
            return closing(bytes, cursor + placeholder.count, opened: opened)
        }
        return nil
    }

    /// "[phone number] (ext. 12)": the bracket that closes an extension opened by one goes with it.
    private static func closing(_ bytes: [UInt8], _ end: Int, opened: Bool) -> Int {
        opened && end < bytes.count && bytes[end] == 41 ? end + 1 : end
    }

    private static func skipSpaces(_ bytes: [UInt8], from index: Int) -> Int {
        var cursor = index
        while cursor < bytes.count, bytes[cursor] == 32 { cursor += 1 }
        return cursor
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 48 && byte <= 57) || ((byte | 32) >= 97 && (byte | 32) <= 122) || byte == 95
    }

    /// "ext", "extn", "extension", "x": the words that name an extension.
    static let words: Set<String> = ["ext", "extn", "extension", "x"]
    private static let numberPlaceholders: [[UInt8]] = [Placeholder.reference, .number, .phone].map { Array($0.rawValue.utf8) }

    /// An "ext" or an "x" somewhere after the placeholder: a test before any work.
    private static func mayHoldExtension(_ bytes: [UInt8]) -> Bool {
        bytes.contains { $0 == 120 || $0 == 88 }
    }
}
