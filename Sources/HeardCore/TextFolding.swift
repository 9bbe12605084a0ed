/// Folding used to compare what people typed: lower case, straight apostrophes and quotes, single spaces,
/// no surrounding spaces or trailing punctuation. "  Most of the Time! " and "most of the time" fold alike.
public enum TextFolding {
    public static func fold(_ text: String) -> String {
        if let ascii = foldASCII(text) { return ascii }
        var output = ""
        output.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for character in text.lowercased() {
            var char = character
            switch char {
            case "\u{2018}", "\u{2019}", "`", "\u{00B4}": char = "'"
            case "\u{201C}", "\u{201D}": char = "\""
            case "\u{2013}", "\u{2014}": char = "-"
            default: break
            }
            if char.isWhitespace {
                pendingSpace = !output.isEmpty
                continue
            }
            if pendingSpace {
                output.append(" ")
                pendingSpace = false
            }
            output.append(char)
        }
        while let last = output.last, ".!?,;:".contains(last) { output.removeLast() }
        while output.last == " " { output.removeLast() }
        return output
    }

    /// Whether every character is ASCII: the test before any byte-level fast path. Inlinable, and read from the
    /// string's contiguous bytes, because it runs on every comment many times over (as a generic function called
    /// from other modules it stepped through the bytes one protocol call at a time: 7% of a first night's CPU).
    @inlinable
    public static func isASCII(_ text: some StringProtocol) -> Bool {
        if let answer = text.utf8.withContiguousStorageIfAvailable({ bytes -> Bool in
            var high: UInt8 = 0
            for byte in bytes { high |= byte }
            return high < 0x80
        }) {
            return answer
        }
        return text.utf8.allSatisfy { $0 < 0x80 }
    }

    /// The same folding over bytes, for the common all-ASCII cell; nil when the text is not ASCII.
    static func foldASCII(_ text: String) -> String? {
        let utf8 = text.utf8
        return utf8.withContiguousStorageIfAvailable { bytes -> String? in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            var pendingSpace = false
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                if byte == 32 || (byte >= 9 && byte <= 13) {
                    pendingSpace = !output.isEmpty
                    continue
                }
                if pendingSpace {
                    output.append(32)
                    pendingSpace = false
                }
                output.append(byte == 96 ? 39 : (byte >= 65 && byte <= 90 ? byte + 32 : byte))
            }
            while let last = output.last, [46, 33, 63, 44, 59, 58].contains(last) { output.removeLast() }
            while output.last == 32 { output.removeLast() }
            return String(decoding: output, as: UTF8.self)
        } ?? nil
    }

    /// Whether a cell says nothing: blank, "N/A", "prefer not to say", "-", "no comment" and the like.
    public static func isNonAnswer(_ text: String) -> Bool {
        nonAnswers.contains(fold(text))
    }

    /// Whether a free-text answer has nothing to hear: a non-answer, or "no", "nothing", "dunno".
    public static func isEmptyComment(_ text: String) -> Bool {
        if keepsTooMuch(text) { return false }
        let folded = fold(text)
        return nonAnswers.contains(folded) || emptyComments.contains(folded)
    }

    /// Whether ASCII `text` keeps more bytes through `fold` than the longest non-answer or empty comment has,
    /// counted without folding: folding drops white space and trailing punctuation only, so every other byte
    /// stays. Most comments are long, and this asks nothing of them but one pass over their bytes.
    static func keepsTooMuch(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            var kept = 0
            for byte in bytes {
                if byte >= 0x80 { return false }
                switch byte {
                case 9...13, 32, 46, 33, 63, 44, 59, 58: continue
                default:
                    kept += 1
                    if kept > longestEmpty { return true }
                }
            }
            return false
        } ?? false
    }

    /// Bytes in the longest folded non-answer or empty comment.
    static let longestEmpty = nonAnswers.union(emptyComments).map(\.utf8.count).max() ?? 0

    static let nonAnswers: Set<String> = [
        "", "-", "--", "n/a", "na", "n.a", "n/a.", "none given", "prefer not to say", "prefer not to answer",
        "rather not say", "skip", "skipped", "no answer", "not applicable", "no response", "#n/a", "null",
    ]

    static let emptyComments: Set<String> = [
        "no", "none", "nothing", "nope", "nah", "no comment", "no comments", "not sure", "dunno", "idk",
        "don't know", "dont know", "nothing really", "nothing much", "nothing else", "no thanks", "all good", "x",
        "no nothing", "not really", "nil", ".", "?",
    ]
}
