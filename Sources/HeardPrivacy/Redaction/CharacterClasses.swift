/// `isLetter`, `isNumber`, `isWhitespace` and case answered from the byte when a character is one ASCII byte, as
/// most of a comment is (even one with words in another alphabet): the same answers as `Character`'s own,
/// without a Unicode property lookup per character. Any other character (a letter with a mark, "\r\n") is
/// asked the long way.
extension Character {
    /// The character's byte when it is a single ASCII byte. Read from its UTF-8 length, not `asciiValue`, which
    /// first compares the character with "\r\n" as strings.
    @inline(__always) private var singleByte: UInt8? {
        let utf8 = self.utf8
        return utf8.count == 1 ? utf8.first : nil
    }

    var isLetterQuick: Bool {
        guard let byte = singleByte else { return isLetter }
        return (byte | 0x20) >= 97 && (byte | 0x20) <= 122
    }

    var isNumberQuick: Bool {
        guard let byte = singleByte else { return isNumber }
        return byte >= 48 && byte <= 57
    }

    var isWhitespaceQuick: Bool {
        guard let byte = singleByte else { return isWhitespace }
        return (9...13).contains(byte) || byte == 32
    }

    var isUppercaseQuick: Bool {
        guard let byte = singleByte else { return isUppercase }
        return byte >= 65 && byte <= 90
    }

    var isLowercaseQuick: Bool {
        guard let byte = singleByte else { return isLowercase }
        return byte >= 97 && byte <= 122
    }
}
