/// Dates of birth written with words, in any language, alphabet or calendar: "12 października 2008", "dob 19
/// Dey 1389", "5 መስከረም 2000", "١٢ كانون الثاني ١٩٩٩", "12.III.2008", "3rd may 2k8", "2007. január 7.",
/// "ngày 6 tháng 3 năm 2005". A day, a month and a year in either order, the small words between them
/// ("de", "o", "anul") and a calendar's mark after the year ("E.C.", "ዓ.ም"). Months come from
/// `DateVocabulary`; after a birth cue ("dob", "born", "birthday is", "i turn 18 on") a date is found by its
/// shape alone: a day, any word and a year ("born 30 Ragfyr 2008"), a month or a season with a year
/// ("born in the summer of 2k8"), a day and a month number ("the 25th of the 5th 2012").
enum WrittenDates {
    typealias Token = DateTokens.Token

    /// Whether an ASCII comment with a digit could hold a written date: a month's first letters
    /// (`ShapeHints.month`), a four-digit run or "2k", or a word starting like a birth or document cue ("born",
    /// "dob", "bday", "turn", "passport"). One pass over the bytes; a superset of what `redact` finds in ASCII
    /// apart from a foreign month beside a day with no year and no cue.
    static func mayHold(_ text: String, month: Bool) -> Bool {
        if month { return true }
        var copy = text
        return copy.withUTF8 { bytes in
            var run = 0
            var wordStart = true
            for index in bytes.indices {
                let raw = bytes[index]
                if raw >= 48 && raw <= 57 {
                    run += 1
                    if run == 4 && (index + 1 == bytes.count || !(bytes[index + 1] >= 48 && bytes[index + 1] <= 57)) { return true }
                    if raw == 50, index + 1 < bytes.count, bytes[index + 1] | 0x20 == 107 { return true }  // "2k8"
                    wordStart = false
                    continue
                }
                run = 0
                let byte = raw | 0x20
                let letter = byte >= 97 && byte <= 122
                if wordStart && letter && cueInitials[Int(byte)] {
                    for stem in cueStems where index + stem.count <= bytes.count {
                        var same = true
                        for offset in stem.indices where bytes[index + offset] | 0x20 != stem[offset] { same = false; break }
                        if same { return true }
                    }
                }
                wordStart = !letter
            }
            return false
        }
    }

    private static let cueInitials: [Bool] = (0..<256).map { byte in cueStems.contains { $0.first == UInt8(byte) } }

    private static let cueStems: [[UInt8]] = ["bor", "dob", "d.o", "bir", "b da", "sweet", "my 1", "mi 1", "ma 1", "my 2", "bday", "b-d", "b'd", "brith", "bith", "turn", "along",
                                              "pass", "cert", "tazk", "paper", "urodz", "geb", "nac", "nasc", "dog", "doğ", "né",
                                              "verj", "geboor", "cumpl", "fecha", "anniv", "aniv", "data", "date", "compl",
                                              "nat", "nasc", "ziua", "zi ", "fod", "føds", "født", "synty", "rod", "naroz",
                                              "szul", "gimt", "gimi", "dzim", "ditel", "lind", "dhala", "siku", "janam"]
        .map { Array($0.utf8) }

    static func redact(_ text: String) -> String {
        let text = DateRedaction.redactSpaced(text)
        let tokens = DateTokens(text).items
        guard tokens.contains(where: { $0.kind == .number || DateReader.isDayWord($0) }) else { return text }
        let spans = DateReader(tokens: tokens, vocabulary: .shared).spans()
        guard !spans.isEmpty else { return text }
        var result = text
        for span in spans.reversed() {
            result.replaceSubrange(tokens[span.lowerBound].range.lowerBound..<tokens[span.upperBound - 1].range.upperBound,
                                   with: Placeholder.date.rawValue)
        }
        return result
    }
}
