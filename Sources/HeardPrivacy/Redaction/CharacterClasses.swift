/// `isLetter` and `isNumber` answered from the byte when a character is ASCII, as most of a comment is: the
/// same answers as `Character`'s own, without a Unicode property lookup per character.
extension Character {
    var isLetterQuick: Bool {
        // "\r\n" is one Character whose asciiValue is 10: not a letter either way.
        guard let byte = asciiValue else { return isLetter }
        return (byte | 0x20) >= 97 && (byte | 0x20) <= 122
    }

    var isNumberQuick: Bool {
        guard let byte = asciiValue else { return isNumber }
        return byte >= 48 && byte <= 57
    }
}
