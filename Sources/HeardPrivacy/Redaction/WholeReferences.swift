import HeardCore

/// A reference is redacted whole: when one reader took part of it, what touches the `[reference]` and can only
/// be more of the same number goes too. After it: a group joined by a slash, dash or dot ("[reference]/7",
/// "[reference] - 4471", "[reference]-B12") and a group of three digits or more after a space ("[reference]
/// 7890"). Before it: a system's code in capitals that is no everyday word ("FRS [reference]", "DWP /
/// [reference]"), not a word naming the kind of number ("UPN [reference]" stays). A count after
/// a reference stays ("[reference] 3 times", "[reference] 12 weeks ago"), and so does an everyday word.
enum WholeReferences {
    static func join(_ text: String) -> String {
        let mark = Placeholder.reference.rawValue
        guard ASCIISearch.contains(text, mark) else { return text }
        var characters = Array(text)
        let placeholder = Array(mark)
        var index = 0
        while index + placeholder.count <= characters.count {
            guard characters[index] == "[", Array(characters[index..<(index + placeholder.count)]) == placeholder else {
                index += 1
                continue
            }
            let end = tailEnd(characters, from: index + placeholder.count)
            let start = prefixStart(characters, before: index)
            characters.replaceSubrange(start..<end, with: placeholder)
            index = start + placeholder.count
        }
        return String(characters)
    }

    /// Where the reference's tail ends: joined groups and spaced digit groups, as many as follow.
    private static func tailEnd(_ characters: [Character], from start: Int) -> Int {
        var end = start
        while true {
            var cursor = end
            var spaces = 0
            while cursor < characters.count, characters[cursor] == " ", spaces < 2 { cursor += 1; spaces += 1 }
            let joined = cursor < characters.count && "/-.".contains(characters[cursor])
            var tight = spaces == 0
            if joined {
                // A dot only tight ("[reference].7"): with a space it ends a sentence.
                if characters[cursor] == ".", spaces > 0 { return end }
                cursor += 1
                if cursor < characters.count, characters[cursor] == " " {
                    if characters[cursor - 1] == "." { return end }
                    cursor += 1
                    tight = false
                }
            } else if spaces == 0 {
                return end
            }
            let group = cursor
            while cursor < characters.count, characters[cursor].isASCIIDigit || characters[cursor].isASCIILetter { cursor += 1 }
            let piece = characters[group..<cursor]
            let digits = piece.filter(\.isASCIIDigit).count
            // Joined tight: any group holding a digit ("/7", "-B12"); with spaces: three digits or more, no letters,
            // and not a count ("[reference] - 2 weeks later", "[reference] 250 quid"); after one space, a short
            // group of digits and capitals alone ("[reference] 9V").
            let capitalsGroup = !joined && spaces == 1 && (2...4).contains(piece.count) && digits >= 1
                && piece.allSatisfy { $0.isASCIIDigit || $0.isUppercase } && digits < piece.count
                && (cursor == characters.count || !characters[cursor].isLetter)
            let belongs = joined && tight ? digits >= 1 && piece.count <= 12
                : capitalsGroup || digits >= 3 && digits == piece.count && !isCount(characters, after: cursor)
            guard belongs else { return end }
            end = cursor
        }
    }

    /// "7890 people", "250 quid": a number with what it counts after it is not part of a reference.
    private static func isCount(_ characters: [Character], after index: Int) -> Bool {
        guard index < characters.count, characters[index] == " " else { return false }
        let word = String(characters[(index + 1)...].prefix { $0.isLetter }).lowercased()
        return IdentifierChunks.units.contains(word) || countWords.contains(word)
    }

    static let countWords: Set<String> = [
        "times", "time", "years", "year", "weeks", "week", "days", "day", "months", "month", "people", "quid", "pounds",
        "pound", "hours", "miles", "calls", "emails", "texts", "messages", "pages", "words", "steps",
    ]

    /// Where the reference's code before it starts, or `index` when none stands there: a code touching it
    /// ("FRS [reference]"), or a code before the word naming the number ("HO ref [reference]", "DWP ref -
    /// [reference]"), which goes with it.
    private static func prefixStart(_ characters: [Character], before index: Int) -> Int {
        let touching = codeStart(characters, before: index)
        guard touching == index, let word = wordStart(characters, before: index) else { return touching }
        let spelt = String(characters[word..<(wordEnd(characters, from: word))]).lowercased()
        if isSystemName(spelt, characters, at: word, before: index) { return word }
        guard cueWords.contains(spelt) else { return touching }
        // "HO ref [reference]", "DWP ref - [reference]": capitals before the word, everyday words too ("HO").
        var start = word
        while start > 0, characters[start - 1] == " ", word - start < 2 { start -= 1 }
        guard start < word else { return index }
        let end = start
        while start > 0, characters[start - 1].isASCIILetter { start -= 1 }
        guard start < end, start == 0 || !isWordCharacter(characters[start - 1]) else { return index }
        let code = String(characters[start..<end])
        let lower = code.lowercased()
        guard (2...5).contains(code.count), code.allSatisfy(\.isUppercase), !NameCues.functionWords.contains(lower),
              !notCodes.contains(lower), !CodedReferences.notPrefixes.contains(lower), !kindsOfNumber.contains(lower),
              !IdentifierChunks.referencePrefixes.contains(lower) else { return index }
        return start
    }

    /// "account no is setup [reference]", "ref: mosaic [reference]": a word between a reference word and the
    /// number, one space before it, is the name of the system that holds the number (as `CodedReferences` reads
    /// "case ref mos 6253531"), unless it is a small word or says how ("my id is still [reference]").
    private static func isSystemName(_ word: String, _ characters: [Character], at start: Int, before index: Int) -> Bool {
        guard (2...12).contains(word.count), index - (start + word.count) == 1, !NameCues.functionWords.contains(word),
              !CodedReferences.notSystems.contains(word), !CodedReferences.cues.contains(word), !cueWords.contains(word),
              !IdentifierChunks.referencePrefixes.contains(word), !kindsOfNumber.contains(word),
              !IdentifierChunks.referenceCues.contains(word), !IdentifierChunks.namedReferences.contains(word) else { return false }
        // The reference word in the same sentence: "got reference is [reference]! log [reference]" keeps "log".
        var from = start
        while from > 0, start - from < 40, !".!?".contains(characters[from - 1]) { from -= 1 }
        return CodedReferences.isCued(Substring(String(characters[from..<start])))
    }

    /// Words naming the number between a system's code and the reference: "HO ref", "DWP no".
    private static let cueWords: Set<String> = ["ref", "reference", "no", "number", "num", "id"]
    /// Codes that say what kind of number follows, not whose system holds it: "MRN no [reference]" keeps "MRN no".
    private static let kindsOfNumber: Set<String> = ["mrn", "uan", "gwf", "brp", "pnc", "cid", "urn", "uci", "nino", "iban"]

    /// The start of the word just before `index` (spaces, or a mark with spaces, between), or nil.
    private static func wordStart(_ characters: [Character], before index: Int) -> Int? {
        var cursor = index
        while cursor > 0, characters[cursor - 1] == " ", index - cursor < 2 { cursor -= 1 }
        if cursor > 0, "-:".contains(characters[cursor - 1]), cursor < index { cursor -= 1 }
        while cursor > 0, characters[cursor - 1] == " ", index - cursor < 4 { cursor -= 1 }
        guard cursor < index else { return nil }
        var start = cursor
        while start > 0, characters[start - 1].isASCIILetter { start -= 1 }
        return start < cursor ? start : nil
    }

    private static func wordEnd(_ characters: [Character], from start: Int) -> Int {
        var end = start
        while end < characters.count, characters[end].isASCIILetter { end += 1 }
        return end
    }

    /// Where a code touching `index` (a space or a joining mark between) starts, or `index`.
    private static func codeStart(_ characters: [Character], before index: Int) -> Int {
        var cursor = index
        var spaces = 0
        while cursor > 0, characters[cursor - 1] == " ", spaces < 2 { cursor -= 1; spaces += 1 }
        // "DWP / [reference]", "LCS-[reference]": a code joined by a mark.
        if cursor > 0, "/-".contains(characters[cursor - 1]) {
            cursor -= 1
            if cursor > 0, characters[cursor - 1] == " " { cursor -= 1 }
        } else if spaces == 0 {
            return index
        }
        var start = cursor
        while start > 0, characters[start - 1].isASCIILetter { start -= 1 }
        guard start < cursor, start == 0 || !isWordCharacter(characters[start - 1]) else { return index }
        let code = String(characters[start..<cursor])
        return isCode(code) ? start : index
    }

    /// "FRS", "DWP", "LCS", "lac", "cp": a system's letters, not a word.
    static func isCode(_ code: String) -> Bool {
        let lower = code.lowercased()
        guard (2...5).contains(code.count), !NameCues.functionWords.contains(lower) else { return false }
        // "UPN [reference]", "cp [reference]": a word naming the kind of number says nothing of whose it is.
        if IdentifierChunks.referencePrefixes.contains(lower) { return false }
        return code.allSatisfy(\.isUppercase) && !Gazetteer.isEverydayWord(lower) && !CodedReferences.notPrefixes.contains(lower)
            && !notCodes.contains(lower)
    }

    /// Capitals that name something else before a number: "NHS", "NI", "DOB", "TEL".
    private static let notCodes: Set<String> = ["nhs", "ni", "dob", "tel", "mob", "uk", "gb", "no", "ref", "id", "my", "im"]

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_" || character == "]"
    }
}

extension Character {
    fileprivate var isASCIILetter: Bool { asciiValue.map { ($0 >= 65 && $0 <= 90) || ($0 >= 97 && $0 <= 122) } ?? false }
}
