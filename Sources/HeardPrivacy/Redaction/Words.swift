/// A comment split into words with their places, for the name and school passes. Words keep every alphabet
/// ("Żaneta", "Ștefan", "Олександр"); a word may hold inner hyphens and apostrophes ("Keziah-Rae", "O'Brien").
/// Placeholders already in the text (`[phone number]`) are not words, but a word knows the one beside it.
struct Words {
    struct Word {
        var text: Substring
        /// Lower case, apostrophes dropped, a possessive "'s" removed: "O'Brien's" -> "obrien".
        var lower: String
        /// `lower` with marks taken off its letters, for the gazetteer ("żaneta" -> "zaneta").
        var key: String
        var range: Range<String.Index>
        /// First letter capital and not the whole word in capitals.
        var isCapitalised: Bool
        /// Two or more letters, all capitals.
        var isAllCapitals: Bool
        /// Written in an alphabet without capitals (Arabic, Devanagari, Chinese...): case says nothing.
        var isCaseless: Bool
        /// First word of the comment or of a sentence.
        var startsSentence: Bool
        /// A placeholder or a sentence break stands just before it: cues do not reach across.
        var isAfterBreak = false
        /// The placeholder just before the word (only spaces between), as in "[name] Smith".
        var placeholderBefore: Placeholder?
        /// The placeholder just after the word (only spaces between), as in "Jay [name]".
        var placeholderAfter: Placeholder?
        /// A comma, colon or dash stands between this word and the next.
        var punctuationAfter = false
        /// Only spaces stand between the previous word and this one (no digit, mark or placeholder).
        var onlySpacesBefore = true
    }

    var items: [Word] = []
    /// Most letters are capitals: capitalisation says nothing about names then.
    var shouting = false
    /// Most words start with a capital ("I Like My Carers"): capitalisation says little about names then.
    var titleCase = false

    init(_ text: String) {
        var start: String.Index?
        var sentenceStart = true
        var afterBreak = false
        var pendingPlaceholder: Placeholder?
        var gap = false
        var upper = 0, letters = 0
        var index = text.startIndex
        let scalars = text.unicodeScalars
        func finish(_ end: String.Index) {
            guard let begin = start else { return }
            start = nil
            var last = end
            while last > begin, let previous = Optional(scalars[scalars.index(before: last)]),
                  previous == "'" || previous == "-" || previous == "\u{2019}" {
                last = scalars.index(before: last)
            }
            guard last > begin else { return }
            var word = Self.word(text[begin..<last], sentenceStart: sentenceStart,
                                 afterBreak: afterBreak || sentenceStart, placeholderBefore: pendingPlaceholder)
            word.onlySpacesBefore = !gap
            items.append(word)
            gap = false
            sentenceStart = false
            afterBreak = false
            pendingPlaceholder = nil
        }
        while index < text.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if scalar == "[", let close = scalars[next...].firstIndex(of: "]"),
               let placeholder = Placeholder(rawValue: String(text[index...close])) {
                finish(index)
                if var last = items.last, last.placeholderAfter == nil,
                   text[last.range.upperBound..<index].allSatisfy({ $0 == " " }) {
                    last.placeholderAfter = placeholder
                    items[items.count - 1] = last
                }
                pendingPlaceholder = placeholder
                afterBreak = true
                gap = true
                index = scalars.index(after: close)
                continue
            }
            let value = scalar.value
            let isLetter = value < 0x80 ? (65...90).contains(value) || (97...122).contains(value)
                : scalar.properties.isAlphabetic || (start != nil && scalar.properties.generalCategory == .nonspacingMark)
            if isLetter || ((scalar == "'" || scalar == "-" || scalar == "\u{2019}") && start != nil) {
                if start == nil { start = index }
                if isLetter {
                    letters += 1
                    if value < 0x80 ? (65...90).contains(value) : scalar.properties.isUppercase { upper += 1 }
                }
            } else {
                finish(index)
                if scalar != " " {
                    pendingPlaceholder = nil
                    gap = true
                }
                if scalar == "," || scalar == ":" || scalar == ";" || scalar == "-" || scalar == "(" || scalar == ")",
                   var last = items.last {
                    last.punctuationAfter = true
                    items[items.count - 1] = last
                }
                if scalar == "\n" || scalar == "\r" || scalar == "." || scalar == "!" || scalar == "?" { sentenceStart = true }
            }
            index = next
        }
        finish(text.endIndex)
        shouting = letters >= 8 && upper * 10 >= letters * 6
        let cased = items.filter { !$0.isCaseless }
        titleCase = cased.count >= 4 && cased.filter(\.isCapitalised).count * 10 >= cased.count * 7
    }

    private static func word(_ text: Substring, sentenceStart: Bool, afterBreak: Bool,
                             placeholderBefore: Placeholder?) -> Word {
        if let ascii = asciiWord(text, sentenceStart: sentenceStart, afterBreak: afterBreak, placeholderBefore: placeholderBefore) {
            return ascii
        }
        let first = text.unicodeScalars.first!
        let hasLower = text.unicodeScalars.contains { $0.properties.isLowercase }
        let hasUpper = first.properties.isUppercase
        let caseless = !hasLower && !text.unicodeScalars.contains { $0.properties.isUppercase }
        var lower = text.lowercased()
        var possessive = false
        for suffix in ["'s", "\u{2019}s"] where lower.hasSuffix(suffix) {
            lower.removeLast(2)
            possessive = true
        }
        _ = possessive
        if lower.contains("'") || lower.contains("\u{2019}") { lower.removeAll { $0 == "'" || $0 == "\u{2019}" } }
        let allCapitals = !hasLower && !caseless && text.count > 1
        return Word(text: text, lower: lower, key: NameKey.key(lower), range: text.startIndex..<text.endIndex,
                    isCapitalised: hasUpper && !allCapitals, isAllCapitals: allCapitals, isCaseless: caseless,
                    startsSentence: sentenceStart, isAfterBreak: afterBreak, placeholderBefore: placeholderBefore)
    }

    /// The same reading for a word of ASCII letters (most are), from its bytes.
    private static func asciiWord(_ text: Substring, sentenceStart: Bool, afterBreak: Bool,
                                  placeholderBefore: Placeholder?) -> Word? {
        var folded: [UInt8] = []
        folded.reserveCapacity(text.utf8.count)
        var upper = 0, lower = 0
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            switch byte {
            case 65...90: upper += 1; folded.append(byte + 32)
            case 97...122: lower += 1; folded.append(byte)
            case 39: folded.append(byte)
            default: folded.append(byte)
            }
        }
        if folded.count >= 2, folded[folded.count - 2] == 39, folded[folded.count - 1] == 115 { folded.removeLast(2) }
        folded.removeAll { $0 == 39 }
        let key = String(decoding: folded, as: UTF8.self)
        let first = text.utf8.first!
        let allCapitals = lower == 0 && upper > 1
        return Word(text: text, lower: key, key: key, range: text.startIndex..<text.endIndex,
                    isCapitalised: (65...90).contains(first) && !allCapitals, isAllCapitals: allCapitals, isCaseless: false,
                    startsSentence: sentenceStart, isAfterBreak: afterBreak, placeholderBefore: placeholderBefore)
    }
}
