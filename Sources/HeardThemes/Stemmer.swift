/// A light English stemmer applied alike to cues and comments, so "moving", "moved", "moves" and "move" meet,
/// as do "families" and "family". Deliberately crude and predictable: an officer can guess what a cue matches.
/// Plurals go first, then verb and adverb endings, then a final "e" and a doubled consonant.
public enum Stemmer {
    public static func stem(_ word: String) -> String {
        guard word.utf8.count > 3 else { return word }
        // The word's bytes are read from its contiguous storage (twice through its UTF-8 view cost about a
        // hundred instructions a word), and worked on in a buffer on the stack: a comment's every word is
        // stemmed, so no allocation but the result's.
        var text = word
        return text.withUTF8 { utf8 in
            guard utf8.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { return word }
            return stemmed(utf8)
        }
    }

    /// `stem` of a word of more than three bytes, all a-z.
    private static func stemmed(_ utf8: UnsafeBufferPointer<UInt8>) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: utf8.count + 1) { buffer in
            var count = buffer.initialize(fromContentsOf: utf8)
            func ends(_ suffix: StaticString) -> Bool {
                let length = suffix.utf8CodeUnitCount
                guard count > length + 2 else { return false }
                return suffix.withUTF8Buffer { buffer[(count - length)..<count].elementsEqual($0) }
            }
            if ends("ies") || ends("ied") {
                count -= 3
                buffer[count] = 121 // y
                count += 1
            } else if ends("sses") {
                count -= 2
            } else if ends("s") && !ends("ss") && !ends("us") && !ends("is") && !ends("es") {
                count -= 1
            }
            if ends("ing") {
                count -= 3
            } else if ends("ed") {
                count -= 2
            } else if ends("ly") {
                count -= 2
            } else if ends("es") && !ends("ees") {
                count -= 2
            }
            if count > 3, buffer[count - 1] == 101 { count -= 1 } // e
            if count > 3, buffer[count - 2] == buffer[count - 1], ![108, 115, 122].contains(buffer[count - 1]) {
                count -= 1 // doubled consonant, except l, s, z
            }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<count]), as: UTF8.self)
        }
    }
}
