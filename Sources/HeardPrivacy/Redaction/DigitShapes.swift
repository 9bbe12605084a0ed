/// Which digit patterns a comment could hold, from one pass over its bytes, so `PatternRedaction` runs a
/// regular expression only where its shape can be: most comments with a digit hold only a small number
/// ("2 sisters", "07700 900123"). Each shape is a superset of what its pattern matches.
struct DigitShapes {
    /// Digits, then "/", "." or "-", then a digit: a numeric date ("12/03/2009", "2009-03-12").
    var separatedDigits = false
    /// A letter right before a digit ("CLA123", "DN31", "ab123456"): references, NI numbers, postcodes.
    var letterBeforeDigit = false
    /// A digit, an optional space, a digit and a letter ("31 1HU", "1HU"): a postcode's inward code.
    var inwardCode = false
    /// The longest run of digits with nothing between them.
    var longestRun = 0
    /// Digits in all.
    var digits = 0

    init(_ text: String) {
        let bytes = Array(text.utf8)
        var run = 0
        for (index, byte) in bytes.enumerated() {
            let isDigit = byte >= 48 && byte <= 57
            if isDigit {
                digits += 1
                run += 1
                longestRun = max(longestRun, run)
                if index > 0, ASCIIBytes.isLetter(bytes[index - 1]) { letterBeforeDigit = true }
                if index + 1 < bytes.count, ASCIIBytes.isLetter(bytes[index + 1]) { inwardCode = true }
                if index + 2 < bytes.count, [47, 46, 45].contains(bytes[index + 1]), bytes[index + 2] >= 48 && bytes[index + 2] <= 57 {
                    separatedDigits = true
                }
            } else {
                run = 0
            }
        }
    }

    /// Whether a space stands before a run of exactly four digits ("... 2009"), as the year of
    /// `Patterns.otherLanguageDate` needs. Text with a byte outside ASCII may hold other digits: true.
    static func mayHoldYearAfterSpace(_ text: String) -> Bool {
        var run = 0
        var afterSpace = false
        for byte in text.utf8 {
            if byte >= 128 { return true }
            if byte >= 48 && byte <= 57 {
                run += 1
                continue
            }
            if afterSpace && run == 4 { return true }
            afterSpace = byte == 32
            run = 0
        }
        return afterSpace && run == 4
    }

}
