import Foundation

/// The form a name is looked up by: lower case, apostrophes dropped, marks taken off Latin letters and the
/// letters with no decomposition spelled plainly ("Małgorzata", "Ștefan", "Ştefan", "Ayşe", "Iğdır" ->
/// "malgorzata", "stefan", "stefan", "ayse", "igdir"). A young person may type a name with its marks or
/// without them; the gazetteer holds either. Other alphabets are kept as they are, in lower case.
enum NameKey {
    static func key(_ lower: String) -> String {
        if lower.utf8.allSatisfy({ $0 < 0x80 }) {
            return lower.utf8.contains(39) ? String(decoding: lower.utf8.filter { $0 != 39 }, as: UTF8.self) : lower
        }
        return NameKeyPieces.key(lower) ?? unicodeKey(lower)
    }

    /// The key the long way: the whole text decomposed, marks and apostrophes dropped, letters spelled plainly
    /// or lower-cased one by one, the result composed again. `NameKeyPieces` gives the same key by pieces.
    static func unicodeKey(_ lower: String) -> String {
        String(plainScalars(lower.decomposedStringWithCanonicalMapping.unicodeScalars)).precomposedStringWithCanonicalMapping
    }

    /// Decomposed characters with marks and apostrophes dropped and letters spelled plainly or lower-cased.
    static func plainScalars(_ decomposed: some Sequence<Unicode.Scalar>) -> String.UnicodeScalarView {
        var result = String.UnicodeScalarView()
        for scalar in decomposed {
            if isDropped(scalar) { continue }
            if let plain = plainLetters[scalar] {
                result.append(contentsOf: plain.unicodeScalars)
            } else {
                result.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return result
    }

    /// A mark over a letter, or an apostrophe: not part of the key.
    static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .nonspacingMark || scalar == "'" || scalar == "\u{2019}"
    }

    /// Latin letters that no canonical decomposition splits into a base letter and a mark.
    private static let plainLetters: [Unicode.Scalar: String] = [
        "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "þ": "th", "Þ": "th",
        "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ß": "ss", "ı": "i", "ħ": "h", "Ħ": "h", "ŀ": "l", "ĸ": "k",
        "ŋ": "ng", "ĳ": "ij", "Ĳ": "ij", "ə": "e", "Ə": "e",
    ]
}
