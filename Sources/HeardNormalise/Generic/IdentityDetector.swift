import HeardCore

/// Recognises personal identifiers by a column's header and by its contents.
enum IdentityDetector {
    /// Header words that mark a personal identifier.
    static func headerSaysIdentity(_ header: String) -> Bool {
        let folded = " " + TextFolding.fold(header).replacingOccurrences(of: "-", with: " ") + " "
        return identityHeaderPhrases.contains { folded.contains(" \($0) ") || folded.contains(" \($0)?") }
    }

    static let identityHeaderPhrases = [
        "name", "names", "first name", "last name", "surname", "forename", "forenames", "full name", "your name",
        "email", "e mail", "email address", "phone", "mobile", "telephone", "tel", "contact number", "address",
        "postcode", "post code", "date of birth", "dob", "birthday", "d.o.b", "nhs", "nhs number",
        "national insurance", "ni number", "upn", "pupil number", "ip address", "school", "snapchat", "instagram",
        "social media", "username", "user name", "contact details", "lcs id", "mosaic id", "case number",
    ]

    /// The kind of identifier most of a column's values are, if any.
    static func contentKind(_ sample: ColumnSample) -> String? {
        guard sample.values.count >= 1 else { return nil }
        if sample.share(isEmail) >= 0.6 { return "email addresses" }
        if sample.share(isPhone) >= 0.6 { return "phone numbers" }
        if sample.share(isPostcode) >= 0.6 { return "postcodes" }
        if sample.share(isBirthDate) >= 0.6 { return "dates of birth" }
        if sample.share(isPersonName) >= 0.7 && sample.uniqueness >= 0.5 { return "names" }
        return nil
    }

    static func isEmail(_ text: String) -> Bool {
        text.wholeMatch(of: #/\s*[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+\s*/#) != nil
    }

    static func isPhone(_ text: String) -> Bool {
        let digits = text.filter(\.isNumber)
        let allowed = text.allSatisfy { $0.isNumber || " +-()".contains($0) }
        return allowed && (digits.count == 11 && digits.hasPrefix("0") || digits.count == 12 && digits.hasPrefix("44"))
    }

    static func isPostcode(_ text: String) -> Bool {
        text.uppercased().wholeMatch(of: #/\s*[A-Z]{1,2}[0-9][A-Z0-9]?\s*[0-9][A-Z]{2}\s*/#) != nil
    }

    /// A date in the years a child or care leaver could have been born.
    static func isBirthDate(_ text: String) -> Bool {
        guard let date = CalendarDate.parse(text), text.contains(where: { !$0.isNumber }) else { return false }
        return (1995...2022).contains(date.year)
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

    static let notNames: Set<String> = [
        "yes", "no", "always", "never", "sometimes", "often", "rarely", "male", "female", "boy", "girl",
        "other", "none", "foster", "care", "kinship", "home", "residential", "agree", "disagree", "strongly",
        "not", "sure", "maybe", "true", "false", "good", "bad", "ok", "okay", "fine", "happy", "sad",
    ]
}
