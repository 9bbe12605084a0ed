import HeardCore

/// Finds runs of digits written with spaces, dashes, dots or brackets between groups ("07700 900 123",
/// "+44 (0)7700-900123", "943 476 5919") and replaces those long enough to identify someone: UK and
/// international phone numbers, NHS numbers (checked with their mod-11 digit) and any other number of six or
/// more digits. Short numbers ("4 social workers", "2024", "10/10") are left alone.
enum DigitRuns {
    static func redact(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 >= 48 && $0 <= 57 })
            || !TextFolding.isASCII(text) && hasDecimalScalarOutsideASCII(text) && text.contains(where: \.isRunDigit)
        else { return text }
        // An ASCII comment is read byte by byte (each byte is one character); any other character by character.
        if TextFolding.isASCII(text) {
            return scan(Array(text.utf8)).map { String(decoding: $0, as: UTF8.self) } ?? text
        }
        return scan(Array(text)).map { String($0) } ?? text
    }

    /// Whether a scalar outside ASCII is a decimal digit ("٧", "७"): a `Character` outside ASCII is a run's digit
    /// only when it is one such scalar, so a comment without one has no digit but ASCII's, answered without
    /// reading it character by character.
    static func hasDecimalScalarOutsideASCII(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.value >= 0x80 && $0.properties.numericType == .decimal }
    }

    /// The units with every long digit run replaced by its placeholder, or nil when none is.
    static func scan<Unit: DigitRunUnit>(_ characters: [Unit]) -> [Unit]? {
        var output: [Unit] = []
        var copied = 0  // units before this index are in `output` already
        var index = 0
        while index < characters.count {
            let character = characters[index]
            let startsRun = character.isRunDigit || (character.isByte(43) && index + 1 < characters.count  // "+"
                && characters[index + 1].isRunDigit) || (character.isByte(40) && index + 1 < characters.count  // "("
                && characters[index + 1].isRunDigit)
            let afterWord = index > 0 && (characters[index - 1].isRunLetter || characters[index - 1].isRunDigit)
            guard startsRun, !afterWord else {
                index += 1
                continue
            }
            var end = index
            var digits: [UInt8] = []
            var groups: [Int] = [0]
            var lastDigitEnd = index
            // Where the group before the last ended, and whether a lone space came between it and the last.
            var previousGroupEnd = index
            var lastGapIsSpace = false
            var spaced = false
            while end < characters.count {
                let current = characters[end]
                if current.isRunDigit {
                    if groups.last == 0, groups.count > 1 {
                        lastGapIsSpace = end == lastDigitEnd + 1 && characters[lastDigitEnd].isByte(32)
                        previousGroupEnd = lastDigitEnd
                    }
                    digits.append(current.runByte)
                    groups[groups.count - 1] += 1
                    end += 1
                    lastDigitEnd = end
                } else if current.isByte(43) || current.isByte(40) || current.isByte(41) || ((current.isByte(32) || current.isByte(45)
                            || current.isByte(46)) && end + 1 < characters.count
                            && (characters[end + 1].isRunDigit || characters[end + 1].isByte(40))) {
                    if groups.last != 0 { groups.append(0) }
                    end += 1
                } else if current.isByte(32), end + 2 < characters.count, characters[end + 1].isByte(32), characters[end + 2].isRunDigit {
                    // "490  753  6828": two spaces between groups.
                    if groups.last != 0 { groups.append(0) }
                    end += 2
                } else if (groups.last ?? 0) >= 2, let gap = spacedSeparator(characters, at: end, next: digits.count >= 6 ? 2 : 3) {
                    // "599 - 518 - 8232", "44 - 7917 - 9038": a separator with spaces round it, before a group of three or more
                    // (or of two, once six digits are in: "560 - 306 - 17 - 66").
                    if groups.last != 0 { groups.append(0) }
                    end += gap
                    spaced = true
                } else if current.isByte(47), (groups.last ?? 0) >= 3,
                          characters[(end + 1)...].prefix(while: \.isRunDigit).count >= 3 {
                    // "573/631/4665", not "2019/20".
                    if groups.last != 0 { groups.append(0) }
                    end += 1
                } else {
                    break
                }
            }
            // "485 777 3456 2 times", "07700 900123 3 times": a count after a whole NHS or phone number is the
            // sentence's, not the number's.
            if let kept = NumberAndCount.numberBeforeCount(digits, groups: groups, lastGapIsSpace: lastGapIsSpace,
                                                            startsWithPlus: character.isByte(43)) {
                digits.removeLast(digits.count - kept)
                groups = Array(groups.filter { $0 > 0 }.dropLast())
                lastDigitEnd = previousGroupEnd
            }
            let number = String(decoding: digits, as: UTF8.self)
            let followedByLetter = lastDigitEnd < characters.count && characters[lastDigitEnd].isRunLetter
            let nhsGrouping = groups.filter { $0 > 0 } == [3, 3, 4] && !number.hasPrefix("0")
            // A range ("2019-2021", "100 - 200") is no identifier; spaced separators join only a long number.
            let ordinary = isYearRange(groups, number) || (spaced && number.count < 9)
            if !ordinary, let placeholder = nhsGrouping ? .nhsNumber : classify(number, startsWithPlus: character.isByte(43)),
               !followedByLetter {
                output.append(contentsOf: characters[copied..<index])
                output.append(contentsOf: Unit.units(placeholder.rawValue))
                index = lastDigitEnd
                copied = index
            } else {
                index = max(lastDigitEnd, index + 1)
            }
        }
        guard copied > 0 else { return nil }
        output.append(contentsOf: characters[copied...])
        return output
    }

    /// The length of a gap like " - ", "- " or " /" at `index` (spaces and one dash, dot or slash, at most four
    /// characters) when `next` digits or more follow it, or nil.
    static func spacedSeparator<Unit: DigitRunUnit>(_ characters: [Unit], at index: Int, next: Int = 3) -> Int? {
        var end = index
        var marks = 0
        while end < characters.count, end - index < 4,
              characters[end].isByte(32) || characters[end].isByte(45) || characters[end].isByte(46) || characters[end].isByte(47) {
            if !characters[end].isByte(32) { marks += 1 }
            end += 1
        }
        guard marks == 1, characters[index].isByte(32) || characters[end - 1].isByte(32) else { return nil }
        return characters[end...].prefix(while: \.isRunDigit).count >= next ? end - index : nil
    }

    /// Two years joined: "2019-2021", "1998/2004", "2019-20".
    static func isYearRange(_ groups: [Int], _ digits: String) -> Bool {
        guard groups.count == 2, groups[0] == 4, groups[1] == 4 || groups[1] == 2 else { return false }
        func isYear(_ text: Substring) -> Bool { text.hasPrefix("19") || text.hasPrefix("20") }
        return isYear(digits.prefix(4)) && (groups[1] == 2 || isYear(digits.suffix(4)))
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
