/// A comment split into words with their places, for the name and school passes. Placeholders already in
/// the text (`[phone number]`) are not words.
struct Words {
    struct Word {
        var text: String
        var lower: String
        var range: Range<String.Index>
        /// First letter capital and not the whole word in capitals.
        var isCapitalised: Bool
        /// First word of the comment or of a sentence.
        var startsSentence: Bool
        /// A placeholder or a sentence break stands just before it: cues do not reach across.
        var isAfterBreak = false
    }

    var items: [Word] = []
    /// Most letters are capitals: capitalisation says nothing about names then.
    var shouting = false

    /// `fastPath: false` reads every comment Character by Character (tests compare the two readings).
    init(_ text: String, fastPath: Bool = true) {
        let readASCII = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard fastPath, bytes.allSatisfy({ $0 < 0x80 }) else { return false }
            self.readASCII(text, bytes)
            return true
        } ?? false
        if !readASCII { readCharacters(text) }
    }

    private mutating func readCharacters(_ text: String) {
        var start: String.Index?
        var sentenceStart = true
        var afterBreak = false
        var inPlaceholder = false
        var upper = 0, letters = 0
        var index = text.startIndex
        func finish(_ end: String.Index) {
            guard let begin = start else { return }
            var word = String(text[begin..<end])
            while word.last == "'" || word.last == "-" || word.last == "\u{2019}" { word.removeLast() }
            if !word.isEmpty {
                let capital = word.first!.isUppercase && !(word.count > 1 && word == word.uppercased())
                var lower = word.lowercased()
                for suffix in ["'s", "\u{2019}s"] where lower.hasSuffix(suffix) { lower.removeLast(2) }
                items.append(Word(text: word, lower: lower, range: begin..<text.index(begin, offsetBy: word.count),
                                  isCapitalised: capital, startsSentence: sentenceStart,
                                  isAfterBreak: afterBreak || sentenceStart))
                sentenceStart = false
                afterBreak = false
            }
            start = nil
        }
        while index < text.endIndex {
            let character = text[index]
            if character == "[" {
                inPlaceholder = true
                afterBreak = true
            }
            if inPlaceholder {
                if character == "]" { inPlaceholder = false }
                finish(index)
            } else if character.isLetter || ((character == "'" || character == "-" || character == "\u{2019}") && start != nil) {
                if start == nil { start = index }
                if character.isLetter {
                    letters += 1
                    if character.isUppercase { upper += 1 }
                }
            } else {
                finish(index)
                if character.isNewline || ".!?".contains(character) { sentenceStart = true }
            }
            index = text.index(after: index)
        }
        finish(text.endIndex)
        shouting = letters >= 8 && upper * 10 >= letters * 6
    }

    /// The same reading over the bytes of an all-ASCII comment (most are), without Character lookups.
    private mutating func readASCII(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>) {
        var start: Int?
        var sentenceStart = true
        var afterBreak = false
        var inPlaceholder = false
        var upper = 0, letters = 0
        func finish(_ end: Int) {
            guard let begin = start else { return }
            start = nil
            var last = end
            while last > begin, bytes[last - 1] == 39 || bytes[last - 1] == 45 { last -= 1 }
            guard last > begin else { return }
            let lower = text.utf8.index(text.utf8.startIndex, offsetBy: begin)
            let range = lower..<text.utf8.index(lower, offsetBy: last - begin)
            let span = bytes[begin..<last]
            let firstUpper = (65...90).contains(bytes[begin])
            let allUpper = !span.contains { (97...122).contains($0) }
            var folded = span.map { (65...90).contains($0) ? $0 + 32 : $0 }
            if folded.count >= 2, folded[folded.count - 2] == 39, folded[folded.count - 1] == 115 { folded.removeLast(2) }
            items.append(Word(text: String(text[range]), lower: String(decoding: folded, as: UTF8.self), range: range,
                              isCapitalised: firstUpper && !(span.count > 1 && allUpper), startsSentence: sentenceStart,
                              isAfterBreak: afterBreak || sentenceStart))
            sentenceStart = false
            afterBreak = false
        }
        for (index, byte) in bytes.enumerated() {
            if byte == 91 { // [
                inPlaceholder = true
                afterBreak = true
            }
            let isLetter = (65...90).contains(byte) || (97...122).contains(byte)
            if inPlaceholder {
                if byte == 93 { inPlaceholder = false }
                finish(index)
            } else if isLetter || ((byte == 39 || byte == 45) && start != nil) {
                if start == nil { start = index }
                if isLetter {
                    letters += 1
                    if byte <= 90 { upper += 1 }
                }
            } else {
                finish(index)
                // . ! ? and line breaks end a sentence
                if byte == 46 || byte == 33 || byte == 63 || byte == 10 || byte == 13 { sentenceStart = true }
            }
        }
        finish(bytes.count)
        shouting = letters >= 8 && upper * 10 >= letters * 6
    }
}
