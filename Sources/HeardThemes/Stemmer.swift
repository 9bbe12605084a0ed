/// A light English stemmer applied alike to cues and comments, so "moving", "moved", "moves" and "move" meet,
/// as do "families" and "family". Deliberately crude and predictable: an officer can guess what a cue matches.
/// Plurals go first, then verb and adverb endings, then a final "e" and a doubled consonant.
public enum Stemmer {
    public static func stem(_ word: String) -> String {
        var bytes = Array(word.utf8)
        guard bytes.count > 3, bytes.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { return word }
        func ends(_ suffix: StaticString) -> Bool {
            let count = suffix.utf8CodeUnitCount
            guard bytes.count > count + 2 else { return false }
            return suffix.withUTF8Buffer { bytes.suffix(count).elementsEqual($0) }
        }
        if ends("ies") || ends("ied") {
            bytes.removeLast(3)
            bytes.append(121) // y
        } else if ends("sses") {
            bytes.removeLast(2)
        } else if ends("s") && !ends("ss") && !ends("us") && !ends("is") && !ends("es") {
            bytes.removeLast(1)
        }
        if ends("ing") {
            bytes.removeLast(3)
        } else if ends("ed") {
            bytes.removeLast(2)
        } else if ends("ly") {
            bytes.removeLast(2)
        } else if ends("es") && !ends("ees") {
            bytes.removeLast(2)
        }
        if bytes.count > 3, bytes.last == 101 { bytes.removeLast() } // e
        if bytes.count > 3, let last = bytes.last, bytes[bytes.count - 2] == last, ![108, 115, 122].contains(last) {
            bytes.removeLast() // doubled consonant, except l, s, z
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
