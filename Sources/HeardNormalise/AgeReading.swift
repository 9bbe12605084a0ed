/// Reads an age as young people type it: `14`, `14 `, `14 yrs`, `14 years old`, `fourteen`.
public enum AgeReading {
    public static func parse(_ text: String) -> Int? {
        let lowered = text.lowercased().trimmingSpaces
        let digits = lowered.prefix { $0.isNumber }
        if !digits.isEmpty, let age = Int(digits) {
            let rest = lowered.dropFirst(digits.count)
            // "14.5" or "14 and a half" still mean 14; "14/02/2010" is a date, not an age.
            if rest.first == "/" { return nil }
            return (0...30).contains(age) ? age : nil
        }
        let firstWord = lowered.split(separator: " ").first.map(String.init) ?? lowered
        return words[firstWord]
    }

    private static let words: [String: Int] = [
        "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
        "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
        "nineteen": 19, "twenty": 20, "twenty-one": 21, "twenty-two": 22, "twenty-three": 23, "twenty-four": 24,
        "twenty-five": 25,
    ]
}
