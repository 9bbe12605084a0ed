/// References whose shape is numbers joined by slashes or a court's letters between numbers, whatever the
/// cue: "12/14913/18", "24/4966", "79/08542/17" (a police, council or child protection number), "U7037653 /
/// 930", "DWP / 39981874" (a number and its part or its office), and family court case numbers "wt 22 c
/// 43688", "YC 25 C 25352". A date ("12/03/2009", "12/2008"), a year range ("2019/20"), "24/7" and a score
/// ("7/10") are not references: a reference has a group of four digits or more that is not a year and six
/// digits or more in all.
enum NumberedReferences {
    /// Two to four groups of digits joined by "/", perhaps with spaces round it, perhaps with a short code of
    /// letters before the first group ("U7037653 / 930", "DWP / 39981874").
    static let slashed = Pattern(#"(?<![\w/.\-£$€])(?:[A-Za-z]{1,4} ?/ ?)?[A-Za-z]{0,2}\d{1,8}(?: ?/ ?\d{1,8}){0,3}(?![\w/]|\.\d)"#)
    /// A family court's case number: letters, the year's two digits, a letter and a number ("wt 22 c 43688").
    static let courtCase = Pattern(#"\b[A-Za-z]{2,3} ?\d{2} ?[A-Za-z] ?\d{4,6}\b"#)

    /// A log's number and the day it was opened, joined by a slash: "8667/16JAN22", "5789/25mar98". Read before
    /// the date readers, which would take the day alone and leave the number ("8667/[date]").
    static let dated = Pattern(#"(?<![\w/])\d{3,8} ?/ ?\d{1,2}-?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}-?(?:\d{4}|\d{2})(?![\w/])"#)

    static func redactDated(_ text: String) -> String {
        guard text.utf8.contains(47) else { return text }
        return dated.replace(in: text, with: .reference)
    }

    /// Family court numbers, before the readers that would take their last group alone ("wt 22 c [reference]").
    static func redactCourtCases(_ text: String) -> String {
        guard mayHoldCourtCase(text) else { return text }
        return courtCase.replace(in: text, with: .reference) { match in
            let letters = match.prefix { $0.isLetter }.lowercased()
            return match.first?.isUppercase == true || !NameCues.functionWords.contains(letters)
        }
    }

    /// Slashed numbers, after the readers that take a reference with its code and groups whole.
    static func redactSlashed(_ text: String) -> String {
        guard text.utf8.contains(47) else { return text }
        return slashed.replace(in: text, with: .reference) { isReference($0) }
    }

    /// Whether slashed numbers are a reference: a group of four digits or more that is not a year, six digits
    /// in all, and a letter code before them only if it is no everyday word ("DWP", not "and").
    static func isReference(_ match: String) -> Bool {
        guard match.contains("/") else { return false }
        let groups = match.split { !$0.isASCIIDigit }.map(String.init)
        let digits = groups.reduce(0) { $0 + $1.count }
        guard digits >= 6, groups.contains(where: { $0.count >= 4 && !isYear($0) }) else { return false }
        let code = match.prefix { $0.isLetter }.lowercased()
        // "573/631/4665": a phone or NHS number's groups, which `DigitRuns` reads.
        if code.isEmpty, (10...11).contains(digits), groups.allSatisfy({ $0.count >= 3 }) { return false }
        if !code.isEmpty, match.prefix(while: { $0.isLetter }).contains(where: \.isLowercase),
           NameCues.functionWords.contains(code) || Gazetteer.isEverydayWord(code) {
            return false
        }
        return true
    }

    private static func isYear(_ group: String) -> Bool {
        group.count == 4 && (Int(group).map { (1950...2039).contains($0) } ?? false)
    }

    /// Two digits, a letter alone and a digit: one pass over the bytes.
    static func mayHoldCourtCase(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes in courtShape(bytes) }
    }

    /// Two digits, an optional space, one letter alone, an optional space and a digit.
    private static func courtShape(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index + 3 < bytes.count {
            defer { index += 1 }
            guard ASCIIBytes.isDigit(bytes[index]), ASCIIBytes.isDigit(bytes[index + 1]) else { continue }
            var cursor = index + 2
            if bytes[cursor] == 32 { cursor += 1 }
            guard cursor + 1 < bytes.count, ASCIIBytes.isLetter(bytes[cursor]), !ASCIIBytes.isLetter(bytes[cursor + 1]) else { continue }
            cursor += 1
            if cursor < bytes.count, bytes[cursor] == 32 { cursor += 1 }
            if cursor < bytes.count, ASCIIBytes.isDigit(bytes[cursor]) { return true }
        }
        return false
    }

}
