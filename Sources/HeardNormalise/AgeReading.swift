import HeardCore

/// Reads an age as young people type it: `14`, `14 `, `14 yrs`, `14 years old`, `fourteen`, `I'm 15`, `15.5`.
/// A range ("11-13", "16+", "under 11", "18 or over") is not one age: a column of them is an ordinary closed
/// question whose labels are already bands.
public enum AgeReading {
    public static func parse(_ text: String) -> Int? {
        var lowered = Substring(text.lowercased().trimmingSpaces)
        guard !lowered.isEmpty, lowered.count <= 40 else { return nil }
        for lead in leads where lowered.hasPrefix(lead) {
            lowered = lowered.dropFirst(lead.count).drop { $0 == " " }
            break
        }
        let digits = lowered.prefix { $0.isASCIIDigit }
        if !digits.isEmpty, digits.count <= 3, let age = Int(digits) {
            let rest = lowered.dropFirst(digits.count).drop { $0 == " " }
            // "14.5" or "14 and a half" still mean 14; "14/02/2010" is a date and "11-13" or "16+" a range.
            if let first = rest.first, "/-\u{2013}+".contains(first) { return nil }
            if rangeWords.contains(where: { rest.hasPrefix($0) }) { return nil }
            return (0...99).contains(age) ? age : nil
        }
        let words = lowered.split { $0 == " " || $0 == "," || $0 == "." }
        guard let first = words.first else { return nil }
        guard let age = numbers[String(first)] else { return nil }
        // "twenty one" as well as "twenty-one".
        if age == 20, words.count > 1, let unit = units[String(words[1])] { return age + unit }
        return age
    }

    /// Whether `text` is a range of ages as a survey tool offers it ("Under 11", "11-13", "11 to 13", "16+",
    /// "18 or over"): the tool's own option, published as written. A date ("14/02/2010") is none.
    public static func isRange(_ text: String) -> Bool {
        var lowered = Substring(text.lowercased().trimmingSpaces)
        guard lowered.count <= 30, !lowered.contains("/") else { return false }
        for lead in ["aged ", "age "] where lowered.hasPrefix(lead) { lowered = lowered.dropFirst(lead.count) }
        for word in rangeLeads where lowered.hasPrefix(word) {
            return lowered.dropFirst(word.count).drop { $0 == " " }.first?.isASCIIDigit == true
        }
        let digits = lowered.prefix { $0.isASCIIDigit }
        guard !digits.isEmpty, digits.count <= 2 else { return false }
        let rest = lowered.dropFirst(digits.count).drop { $0 == " " }
        if rest.hasPrefix("+") || rangeWords.contains(where: { rest.hasPrefix($0) && $0 != "to " }) { return true }
        for joiner in ["-", "\u{2013}", "to "] where rest.hasPrefix(joiner) {
            return rest.dropFirst(joiner.count).drop { $0 == " " }.first?.isASCIIDigit == true
        }
        return false
    }

    /// Words before a number that make it a range.
    private static let rangeLeads = ["under", "over", "below", "above", "younger than", "older than", "less than",
                                     "more than", "up to"]

    /// Words before an age that do not change it.
    private static let leads = ["i'm ", "i\u{2019}m ", "im ", "i am ", "aged ", "age ", "just turned "]
    /// Words after a number that make it a range, not an age.
    private static let rangeWords = ["to ", "or over", "or older", "or above", "or under", "or younger", "and over",
                                     "and above", "and older", "and under", "plus", "or more"]

    private static let units = ["one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                                "nine": 9]

    private static let numbers: [String: Int] = {
        var table: [String: Int] = [
            "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
            "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
            "nineteen": 19, "twenty": 20,
        ]
        for (word, unit) in units { table["twenty-\(word)"] = 20 + unit }
        return table
    }()
}

/// The label an age is published under: its band from the `ageBands` setting ("11-15"), or "Under 4" /
/// "26 or over" / "Another age" when no band holds it. The exact age is never kept.
enum AgeBandLabels {
    static func label(for age: Int, in bands: [AgeBand]) -> String {
        if let band = AgeBand.band(for: age, in: bands) { return band.label }
        if let lowest = bands.map(\.lower).min(), age < lowest { return "Under \(lowest)" }
        if let highest = bands.map(\.upper).max(), age > highest { return "\(highest + 1) or over" }
        return "Another age"
    }

    /// Said beside an age question's table, wherever it is published.
    static func note(_ bands: [AgeBand]) -> String {
        "Ages are shown in bands (\(bands.map(\.label).joined(separator: ", "))) so that nobody's exact age is "
            + "published."
    }

    /// An answer in an age column that is not an age ("old enough", "idk"): counted, never shown as written.
    static let notAnAge = "Not given as an age"

    /// Where a published age label sorts ("11-15", "Under 11", "18 or over", "16+", "11 to 13"): by the youngest
    /// age it holds; nil for any other label.
    static func order(of label: String) -> Int? {
        if let band = AgeBand(label: label) { return band.lower }
        guard AgeReading.isRange(label) else { return nil }
        let lowered = label.lowercased()
        guard let start = lowered.firstIndex(where: \.isASCIIDigit),
              let age = Int(lowered[start...].prefix { $0.isASCIIDigit }) else { return nil }
        // "Under 11", "younger than 11", "up to 11": before 11.
        let below = ["under", "below", "younger", "less", "up to"].contains { lowered.hasPrefix($0) }
        return below ? age - 1 : age
    }
}
