/// The gate in front of `SpokenReferences`: one pass over a comment's bytes that lets through only comments that
/// may hold a reference said partly in words or typed in spaced groups with letters.
extension SpokenReferences {
    /// Whether five digits (in groups or said in English) stand in a run of tokens with a word or letter among
    /// them and only spaces, "-" or "/" between: one pass over the bytes, before any token is made a string. A
    /// word is looked up by a 16-bit slot of its length and first bytes (`wordDigits`), so a word that is no
    /// digit may pass (the reader decides), and a digit word never fails. Bytes outside ASCII end a run, as they
    /// never belong to one.
    static func mayHold(_ bytes: [UInt8]) -> Bool {
        var digits = 0
        var others = 0
        var gapLength = 0
        var gapIsSpace = true
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            let lower = byte | 32
            guard (byte >= 48 && byte <= 57) || (lower >= 97 && lower <= 122) || byte == 95 else {
                gapLength += 1
                if byte != 32 && byte != 45 && byte != 47 { gapIsSpace = false }
                index += 1
                continue
            }
            if gapLength > 3 || !gapIsSpace {
                digits = 0
                others = 0
            }
            gapLength = 0
            gapIsSpace = true
            let start = index
            var numerals = 0
            while index < count {
                let current = bytes[index]
                if current >= 48 && current <= 57 {
                    numerals += 1
                } else if !((current | 32) >= 97 && (current | 32) <= 122) && current != 95 {
                    break
                }
                index += 1
            }
            let length = index - start
            if numerals == length {
                digits += numerals
            } else if numerals > 0 {
                if length <= 8 { digits += numerals; others += 1 } else { digits = 0; others = 0 }
            } else if let said = wordDigits[slot(bytes, start, length)] {
                digits += Int(said)
                others += 1
            } else if length == 1 || length <= 5 && byte >= 65 && byte <= 90 {
                others += 1
            } else {
                digits = 0
                others = 0
            }
            if digits >= minimumDigits && others > 0 { return true }
        }
        return false
    }

    /// Digits a word may say, by `slot`: 1 for "one".."nine", "oh", "zero"; 3 for "double", "treble"; 2 for
    /// teens and tens. Every other slot is nil.
    fileprivate static let wordDigits: [UInt8?] = {
        var table = [UInt8?](repeating: nil, count: 1 << 16)
        func note(_ word: String, _ digits: UInt8) {
            let bytes = Array(word.utf8)
            let key = slot(bytes, 0, bytes.count)
            table[key] = max(table[key] ?? 0, digits)
        }
        for word in DigitWords.english.keys { note(word, 1) }
        for word in DigitWords.multipliers.keys { note(word, 3) }
        for word in DigitWords.englishTeens.keys { note(word, 2) }
        for word in DigitWords.englishTens.keys { note(word, 2) }
        return table
    }()

    /// A 16-bit slot from a word's length and its first four bytes, lower-cased.
    fileprivate static func slot(_ bytes: [UInt8], _ start: Int, _ length: Int) -> Int {
        var packed = UInt64(min(length, 15))
        for offset in 0..<min(length, 4) { packed = packed << 8 | UInt64(bytes[start + offset] | 32) }
        return Int(truncatingIfNeeded: (packed &* 0x9E37_79B9_7F4A_7C15) >> 48)
    }
}
