import Foundation

/// A day and a month without a year ("25/11", "03/09", "bday 30/4", "[name], 5/11,"). A valid day and
/// month is a date unless it reads as a score ("8/10", "rated 7/9"), a fraction ("1/2", "3/4"), "24/7",
/// or a count ("5/11 times"); with a leading zero ("03/9") or a birthday word just before ("dob", "born",
/// "birthday", "on") it is always one.
enum DateRedaction {
    static func redact(_ text: String) -> String {
        Patterns.dayAndMonth.redact(in: text, with: .date) { match in
            guard let dayText = match.group(1), let monthText = match.group(2),
                  let day = Int(dayText), let month = Int(monthText),
                  (1...31).contains(day), (1...12).contains(month) else { return false }
            let before = match.before
            if let last = before.last, "£$€".contains(last) { return false }
            let padded = dayText.hasPrefix("0") || monthText.hasPrefix("0")
            guard !padded && !isCued(before) && !isCuedAfter(match.after) else { return true }
            // Uncued: not a score ("8/10"), a fraction ("1/2", "3/4"), "24/7", or "5/11 times".
            if month == 10 && day <= 10 || day <= 3 && month <= 4 || day == 24 && month == 7 { return false }
            let after = match.after.lowercased().split(separator: " ").first.map(String.init) ?? ""
            if ["times", "time", "hours", "hrs", "days", "weeks", "of", "people", "marks", "points", "stars", "%"].contains(after) {
                return false
            }
            return !before.lowercased().split(separator: " ").suffix(2)
                .contains(where: { ["rate", "rated", "score", "scored", "out", "gave", "give", "got"].contains($0) })
        }
    }

    /// A birthday word among the last five words before the date, or a name just before it ("[name], 5/11").
    static func isCued(_ before: Substring) -> Bool {
        let trimmed = before.reversed().drop { $0 == " " || $0 == "," }
        if String(trimmed.prefix(6).reversed()) == Placeholder.name.rawValue { return true }
        let words = before.lowercased().split { !$0.isLetter && $0 != "'" && $0 != "." }.suffix(5)
        return words.contains { cues.contains($0.replacingOccurrences(of: ".", with: "")) }
    }

    /// A birthday word among the next four words: "3/4 is my birthday", "16 9 '06 is my bday".
    static func isCuedAfter(_ after: Substring) -> Bool {
        let words = after.prefix(40).lowercased().split { !$0.isLetter && $0 != "'" }.prefix(4)
        return words.contains { afterCues.contains(String($0)) }
    }

    static let afterCues: Set<String> = ["birthday", "bday", "b'day", "birthdy", "birfday", "dob", "bday's", "birthday's"]

    /// A day, a month and a year with spaces between: "16 9 '06", "3 11 2008", "dob 4 7 09".
    static let spaced = Pattern(#"(?<![\d£$€.,:/])\b(\d{1,2}) (\d{1,2}) ('\d{2}|\d{4}|\d{2})\b(?![\d:.,/]\d)"#)

    /// Spaced dates: with an apostrophe's or a four-digit year anywhere, with a two-digit year only beside a
    /// birthday word ("dob 4 7 09"), so "2 10 15" as three counts stays.
    static func redactSpaced(_ text: String) -> String {
        // Only where one or two digits, a space, one or two digits and a space stand together ("16 9 '06"):
        // one pass over the bytes before the pattern, so a phone number ("07700 900123") costs no more.
        guard mayHoldSpaced(text) else { return text }
        return spaced.redact(in: text, with: .date) { match in
            guard let dayText = match.group(1), let monthText = match.group(2), let year = match.group(3),
                  let day = Int(dayText), let month = Int(monthText),
                  (1...31).contains(day), (1...12).contains(month) else { return false }
            let fourDigits = year.count == 4 && (year.hasPrefix("19") || year.hasPrefix("20"))
            guard year.hasPrefix("'") || fourDigits || isCued(match.before) || isCuedAfter(match.after) else { return false }
            return year.count != 4 || fourDigits
        }
    }

    private static func mayHoldSpaced(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        func digits(from start: Int) -> Int {
            var end = start
            while end < bytes.count, bytes[end] >= 48, bytes[end] <= 57 { end += 1 }
            return end - start
        }
        var index = 0
        while index < bytes.count {
            let run = digits(from: index)
            guard run > 0 else { index += 1; continue }
            let start = index
            index += run
            guard (1...2).contains(run), start == 0 || bytes[start - 1] == 32, index < bytes.count, bytes[index] == 32 else { continue }
            let second = digits(from: index + 1)
            let after = index + 1 + second
            if (1...2).contains(second), after + 1 < bytes.count, bytes[after] == 32,
               bytes[after + 1] == 39 || (bytes[after + 1] >= 48 && bytes[after + 1] <= 57) { return true }
        }
        return false
    }

    static let cues: Set<String> = [
        "dob", "born", "birthday", "birthdy", "birfday", "bday", "b'day", "bdy", "bday's", "birthdays", "date", "turn",
        "turned", "turning", "turns", "on", "d'o'b", "db", "birth", "brthday", "bithday", "dates",
    ]
}
