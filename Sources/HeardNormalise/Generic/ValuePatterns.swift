import HeardCore

/// Shapes of personal identifiers in a cell, tested by hand over characters (no regular expression is built
/// or run per cell): emails, UK phone numbers and postcodes, birth dates, case references and ID numbers,
/// street addresses, person names and the names of schools.
enum ValuePatterns {
    static func isEmail(_ text: String) -> Bool {
        let trimmed = text.trimmingSpaces
        guard let at = trimmed.firstIndex(of: "@"), trimmed.count <= 254 else { return false }
        let local = trimmed[..<at], domain = trimmed[trimmed.index(after: at)...]
        guard !local.isEmpty, domain.contains("."), !domain.hasPrefix("."), !domain.hasSuffix(".") else { return false }
        return local.allSatisfy { $0.isLetter || $0.isNumber || "._%+-'".contains($0) }
            && domain.allSatisfy { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" }
    }

    /// 11 digits from 0 (07700 900123, 01472 123456) or 12 from 44 (+44 7700 900123).
    static func isPhone(_ text: String) -> Bool {
        var digits = 0, first: Character?, second: Character?
        for character in text {
            if character.isASCIIDigit {
                if digits == 0 { first = character } else if digits == 1 { second = character }
                digits += 1
            } else if !" +-().".contains(character) {
                return false
            }
        }
        return (digits == 11 && first == "0") || (digits == 12 && first == "4" && second == "4")
            || (digits == 10 && first == "7")
    }

    /// A UK postcode on its own: "DN31 1HU", "sw1a1aa".
    static func isPostcode(_ text: String) -> Bool {
        // An ASCII text (upper case changes no byte count there) with more than seven or fewer than five
        // characters besides spaces is none, without making its upper case: most sampled cells are sentences.
        if let plain = PlainSearch.nonSpaceCount(text, atMost: 8), !(5...7).contains(plain) { return false }
        let compact = Array(text.uppercased().filter { $0 != " " })
        guard (5...7).contains(compact.count) else { return false }
        let inward = compact.suffix(3), outward = compact.prefix(compact.count - 3)
        guard inward.first!.isASCIIDigit, inward.dropFirst().allSatisfy(\.isASCIILetter) else { return false }
        let letters = outward.prefix { $0.isASCIILetter }.count
        guard (1...2).contains(letters), outward.count > letters, outward[letters].isASCIIDigit else { return false }
        return outward.dropFirst(letters + 1).allSatisfy { $0.isASCIILetter || $0.isASCIIDigit }
    }

    /// A date in the years a child or care leaver could have been born.
    static func isBirthDate(_ text: String) -> Bool {
        guard text.contains(where: { !$0.isNumber }), let date = CalendarDate.parse(text) else { return false }
        return (1995...2022).contains(date.year)
    }

    /// A case reference or ID number: letters then digits ("CLA123456", "LCS-0012345", "MOS/77812"), or a
    /// run of six or more digits.
    static func isReference(_ text: String) -> Bool {
        let trimmed = text.trimmingSpaces
        guard (5...20).contains(trimmed.count) else { return false }
        let letters = trimmed.prefix { $0.isASCIILetter }.count
        let rest = trimmed.dropFirst(letters).drop { "-/ ".contains($0) }
        let digits = rest.prefix { $0.isASCIIDigit }.count
        let tail = rest.dropFirst(digits)
        guard tail.count <= 2, tail.allSatisfy(\.isASCIILetter) else { return false }
        return letters <= 4 && (letters == 0 ? digits >= 6 : digits >= 4)
    }

    /// A street address: a house number and a street word ("12 Elm Road", "Flat 3, 4 Mill Lane, Grimsby").
    static func isAddress(_ text: String) -> Bool {
        guard text.contains(where: \.isASCIIDigit) else { return false }
        let words = text.lowercased().split { !$0.isLetter }
        return words.contains { streetWords.contains(String($0)) }
    }

    /// One to three capitalised words of letters, like "Jayden", "Amelia Kowalski", "Ellie-Mae O'Neill".
    static func isPersonName(_ text: String) -> Bool {
        let words = text.split(whereSeparator: \.isWhitespace)
        guard (1...3).contains(words.count) else { return false }
        return words.allSatisfy { word in
            guard let first = word.first, first.isUppercase, word.count >= 2 else { return false }
            return word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "\u{2019}" }
                && !notNames.contains(word.lowercased())
        }
    }

    /// The name of a school or college: a school word and a capitalised word that is not a kind of school
    /// ("Hollybrook Academy", "St Aidan's High School"; not "Secondary school").
    static func isInstitutionName(_ text: String) -> Bool {
        let words = text.split { $0.isWhitespace || $0 == "," }
        guard (2...8).contains(words.count), words.contains(where: { schoolWords.contains($0.lowercased()) }) else {
            return false
        }
        return words.contains { word in
            guard let first = word.first, first.isUppercase else { return false }
            let lower = PlainSearch.replacing("'s", with: "", in: word.lowercased())
            return !schoolWords.contains(lower) && !kindsOfSchool.contains(lower)
        }
    }

    static let streetWords: Set<String> = [
        "road", "rd", "street", "st", "avenue", "ave", "lane", "close", "drive", "way", "court", "crescent",
        "grove", "place", "gardens", "terrace", "walk", "rise", "view", "mews", "parade", "square", "flat",
    ]
    static let schoolWords: Set<String> = ["school", "academy", "college", "primary", "university", "nursery"]
    static let kindsOfSchool: Set<String> = [
        "secondary", "high", "special", "grammar", "sixth", "form", "free", "independent", "boarding", "infant",
        "junior", "middle", "pupil", "referral", "unit", "alternative", "provision", "further", "education", "a",
        "the", "at", "in", "my", "i'm", "not", "local", "mainstream", "home", "no", "yes", "other", "private",
        "residential", "day", "state", "faith", "catholic", "college", "i", "go", "to", "don't", "dont", "or", "and",
    ]
    static let notNames: Set<String> = [
        "yes", "no", "always", "never", "sometimes", "often", "rarely", "male", "female", "boy", "girl", "other",
        "none", "foster", "care", "kinship", "home", "residential", "agree", "disagree", "strongly", "not", "sure",
        "maybe", "true", "false", "good", "bad", "ok", "okay", "fine", "happy", "sad", "very", "quite", "unhappy",
        "every", "week", "month", "day", "once", "twice", "daily", "weekly", "monthly", "most", "all", "some",
    ]
}

extension Character {
    var isASCIIDigit: Bool { asciiValue.map { $0 >= 48 && $0 <= 57 } ?? false }
    var isASCIILetter: Bool { asciiValue.map { ($0 >= 65 && $0 <= 90) || ($0 >= 97 && $0 <= 122) } ?? false }
}
