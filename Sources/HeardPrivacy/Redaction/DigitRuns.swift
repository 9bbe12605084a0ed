/// Finds runs of digits written with spaces, dashes, dots or brackets between groups ("07700 900 123",
/// "+44 (0)7700-900123", "943 476 5919") and replaces those long enough to identify someone: UK and
/// international phone numbers, NHS numbers (checked with their mod-11 digit) and any other number of six or
/// more digits. Short numbers ("4 social workers", "2024", "10/10") are left alone.
enum DigitRuns {
    static func redact(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 >= 48 && $0 <= 57 }) else { return text }
        let characters = Array(text)
        var output = ""
        var index = 0
        while index < characters.count {
            let character = characters[index]
            let startsRun = character.isASCIIDigit || (character == "+" && index + 1 < characters.count
                && characters[index + 1].isASCIIDigit) || (character == "(" && index + 1 < characters.count
                && characters[index + 1].isASCIIDigit)
            let afterWord = index > 0 && (characters[index - 1].isLetter || characters[index - 1].isASCIIDigit)
            guard startsRun, !afterWord else {
                output.append(character)
                index += 1
                continue
            }
            var end = index
            var digits = ""
            var groups: [Int] = [0]
            var lastDigitEnd = index
            while end < characters.count {
                let current = characters[end]
                if current.isASCIIDigit {
                    digits.append(current)
                    groups[groups.count - 1] += 1
                    end += 1
                    lastDigitEnd = end
                } else if "+()".contains(current) || ((current == " " || current == "-" || current == ".")
                            && end + 1 < characters.count && (characters[end + 1].isASCIIDigit || characters[end + 1] == "(")) {
                    if groups.last != 0 { groups.append(0) }
                    end += 1
                } else if current == " ", end + 2 < characters.count, characters[end + 1] == " ", characters[end + 2].isASCIIDigit {
                    // "490  753  6828": two spaces between groups.
                    if groups.last != 0 { groups.append(0) }
                    end += 2
                } else if current == "/", (groups.last ?? 0) >= 3,
                          characters[(end + 1)...].prefix(while: \.isASCIIDigit).count >= 3 {
                    // "573/631/4665", not "2019/20".
                    if groups.last != 0 { groups.append(0) }
                    end += 1
                } else {
                    break
                }
            }
            let followedByLetter = lastDigitEnd < characters.count && characters[lastDigitEnd].isLetter
            let nhsGrouping = groups == [3, 3, 4] && !digits.hasPrefix("0")
            if let placeholder = nhsGrouping ? .nhsNumber : classify(digits, startsWithPlus: character == "+"), !followedByLetter {
                output += placeholder.rawValue
                index = lastDigitEnd
            } else {
                output.append(contentsOf: characters[index..<lastDigitEnd])
                index = max(lastDigitEnd, index + 1)
            }
        }
        return output
    }

    static func classify(_ digits: String, startsWithPlus: Bool) -> Placeholder? {
        if digits.count == 10, isValidNHSNumber(digits) { return .nhsNumber }
        if (startsWithPlus || digits.hasPrefix("00")) && digits.count >= 9 { return .phone }
        if digits.hasPrefix("0") && (10...11).contains(digits.count) { return .phone }
        if digits.hasPrefix("44") && (11...13).contains(digits.count) { return .phone }
        if digits.count >= 6 { return digits.count >= 9 ? .phone : .number }
        return nil
    }

    /// NHS numbers: ten digits, the last a mod-11 check of the first nine.
    static func isValidNHSNumber(_ digits: String) -> Bool {
        let values = digits.compactMap(\.wholeNumberValue)
        guard values.count == 10 else { return false }
        let sum = (0..<9).reduce(0) { $0 + values[$1] * (10 - $1) }
        let check = 11 - sum % 11
        let expected = check == 11 ? 0 : check
        return expected != 10 && expected == values[9]
    }
}

extension Character {
    var isASCIIDigit: Bool { asciiValue.map { $0 >= 48 && $0 <= 57 } ?? false }
}
