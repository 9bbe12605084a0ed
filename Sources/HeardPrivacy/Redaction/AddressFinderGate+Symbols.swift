/// The gate for a comment holding characters outside ASCII whose characters outside ASCII are all symbols: emoji,
/// curly double quotes, dashes, bullets, spaces other than the ASCII one. Such a comment is cut into tokens
/// character by character (`AddressTokens.init(characters:)`), and there a character that is neither a letter nor
/// a number (`isLetterQuick`, `isNumberQuick`) starts no token, joins none ("’" joins a word's letters, so it is not
/// one of these symbols), is no bracket or abbreviation's dot, and in a gap reads as "anything else" (`Gap.other`),
/// as an ASCII control byte does in the cutting of bytes (`AddressTokens.cutASCII`). The finder reads the marks
/// between tokens too (`link`, `separator(before:)`), and four symbols outside ASCII by name there
/// (`readByFinder`); every other one it reads as it reads a control byte. So the comment with each such character
/// written as one control byte (U+0001) is cut into the same tokens, of the same kinds, words, capitals and gaps,
/// read alike in between, and the finder finds an address in one exactly when it finds one in the other; `mayFind`
/// answers for the ASCII one. A comment with a letter or a number outside ASCII (another alphabet, an accent, a
/// keycap digit), a "’" or one of `readByFinder` always opens the gate, as every comment outside ASCII did before.
extension AddressFinderGate {
    static func mayFind(outsideASCII text: String) -> Bool {
        var standIn: [UInt8] = []
        standIn.reserveCapacity(text.utf8.count)
        for character in text {
            let utf8 = character.utf8
            // A character of ASCII bytes alone is one byte or "\r\n": the same in both cuttings.
            if utf8.allSatisfy({ $0 < 0x80 }) {
                standIn.append(contentsOf: utf8)
                continue
            }
            guard !character.isLetterQuick, !character.isNumberQuick, character != "’", !readByFinder.contains(character)
            else { return true }
            standIn.append(1)
        }
        return mayFind(String(decoding: standIn, as: UTF8.self))
    }

    /// The symbols outside ASCII the finder reads by name between tokens: a no-break space as a space and the Arabic
    /// comma as a comma (`link`), "№" as a number's mark, "…" as a sentence's end (`AddressNamedHomes`).
    static let readByFinder: [Character] = ["\u{00A0}", "،", "№", "…"]
}
