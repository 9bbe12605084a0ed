import Foundation

/// Numbers said in words right after a handle belong to it: "darkwolf seven seven", "[handle] two thousand and
/// eight".
extension HandleCues {
    /// "[social media handle] seven seven", "[social media handle] double oh nine", "[social media handle] ninety
    /// nine", "[social media handle] two thousand and eight": two number words or more said right after a handle
    /// are its number ("darkwolf seven seven"); one alone may be a count ("one day").
    static func joinSaidDigits(_ text: String) -> String {
        let mark = Placeholder.handle.rawValue
        guard ASCIISearch.contains(text, mark), let found = text.range(of: mark) else { return text }
        var result = text
        var searchFrom = found.lowerBound
        while let placeholder = result.range(of: mark, range: searchFrom..<result.endIndex) {
            var cursor = placeholder.upperBound
            var end = cursor
            var said = 0
            var words = 0
            while cursor < result.endIndex, result[cursor] == " " {
                let wordStart = result.index(after: cursor)
                // "[social media handle] then 2 zero zero 8": digits alone count as said ones.
                let wordEnd = result[wordStart...].firstIndex { !$0.isLetter && !$0.isASCIIDigit }
                    ?? result.endIndex
                let word = result[wordStart..<wordEnd].lowercased()
                words += 1
                let joining = word == "and" || word == "hundred" || word == "thousand"
                let digitAlone = word.count == 1 && word.first!.isASCIIDigit
                // "[social media handle] thousand and nine": the rest of a year said aloud, its first word taken.
                if words == 1 && (word == "thousand" || word == "hundred") {
                    said += 1
                } else if DigitWords.english[word] != nil || saidNumbers.contains(word) || digitAlone {
                    said += 1
                } else if DigitWords.multipliers[word] != nil {
                    said += 1
                } else if !(joining && said > 0) && !(word == "then" && words == 1) {
                    break
                }
                cursor = wordEnd
                if DigitWords.multipliers[word] == nil && word != "and" && word != "then" { end = wordEnd }
            }
            if said >= 2 || (said == 1 && words >= 1 && closesAfterOne(result, placeholder.upperBound, end)) {
                result.removeSubrange(placeholder.upperBound..<end)
            }
            searchFrom = placeholder.upperBound
        }
        return result
    }

    /// "[social media handle] ten tbh", "[social media handle] eleven!": one number word from two up after a handle
    /// (not "one" or "oh", and not a count: "[social media handle] ten years") belongs to it when the clause ends after it.
    private static func closesAfterOne(_ text: String, _ start: String.Index, _ end: String.Index) -> Bool {
        let word = text[start..<end].trimmingCharacters(in: .whitespaces).lowercased()
        // Any number in words from two to ninety ("one" is too often a word of its own).
        guard let value = DateReader.cardinals[word], value >= 2 else { return false }
        let rest = text[end...]
        guard let first = rest.first else { return true }
        if ".!?,;)".contains(first) { return true }
        let next = rest.drop { $0 == " " }.prefix { $0.isLetter }.lowercased()
        return ["tbh", "lol", "but", "cos", "coz", "and", "x", "xx", "innit", "btw", "if", "ok", "thanks", "add", "on", "pls"].contains(next)
    }

    /// Numbers said in words beyond single digits: "ninety nine", "twenty two", "nineteen".
    static let saidNumbers: Set<String> = [
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ]
}
