/// Digits said in words, for `RedactionEvaluation`'s number-word rule: "oh seven double one" is "0711". Only
/// the scorer reads them this way; the redactor's own spoken readers are `SpokenPhones` and their kin.
enum SaidDigits {
    /// Each number word and the digits it says.
    static let digits: [String: String] = [
        "zero": "0", "oh": "0", "o": "0", "nought": "0", "nil": "0", "one": "1", "two": "2", "three": "3", "four": "4",
        "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12",
        "thirteen": "13", "fourteen": "14", "fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18",
        "nineteen": "19", "twenty": "20", "thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70",
        "eighty": "80", "ninety": "90",
    ]

    /// The digits `words` say, in order ("double" and "triple" repeat the next), written digits included; nil
    /// when they say none in words. With `keepingOthers`, other words break nothing but add no digit either, so
    /// the digits of a whole comment read as one run, as the written digits of `RedactionEvaluation` are.
    static func read(_ words: [String], keepingOthers: Bool = false) -> String? {
        var result = ""
        var said = false
        var repeats = 1
        for word in words {
            if word == "double" || word == "triple" || word == "treble" {
                repeats = word == "double" ? 2 : 3
                continue
            }
            if let digit = digits[word] {
                result += String(repeating: digit, count: repeats)
                said = true
            } else if word.allSatisfy(\.isNumber) {
                result += String(repeating: word, count: repeats)
            }
            repeats = 1
        }
        return said || keepingOthers ? result : nil
    }
}
