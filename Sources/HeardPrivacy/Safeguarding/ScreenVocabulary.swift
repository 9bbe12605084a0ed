import HeardCore

/// One word of a vocabulary entry: a word as written, a stem ("punch*": any ending) or any number ("#").
enum WordPattern: Hashable, Sendable {
    case word(String)
    case stem(String)
    case number

    init(_ text: Substring) {
        if text == "#" {
            self = .number
        } else if text.hasSuffix("*") {
            self = .stem(String(text.dropLast()))
        } else {
            self = .word(String(text))
        }
    }

    func matches(_ word: ScreenText.Word) -> Bool {
        switch self {
        case .word(let text): word.text == text
        case .stem(let stem): word.text.hasPrefix(stem)
        case .number: word.isNumber
        }
    }
}

/// The groups of `Data/safeguarding/words.txt`: each group's entries as rows of word patterns, with entries in
/// capitals (another group's name) brought in whole.
struct ScreenVocabulary: Sendable {
    private(set) var groups: [String: [[WordPattern]]] = [:]
    /// Lines that are not `GROUP: entries`, name an unknown group, or hold an entry with nothing to match.
    private(set) var problems: [String] = []
    /// Groups brought into another group ("WHO: FAMILY" brings in FAMILY).
    private(set) var referenced: Set<String> = []

    init(parsing text: String) {
        var references: [String: [(line: Int, name: String)]] = [:]
        var order: [String] = []
        for line in DataFile.lines(text) {
            guard let colon = line.text.firstIndex(of: ":") else {
                problems.append("words.txt line \(line.number): expected GROUP: entries")
                continue
            }
            let name = Self.trimmedSpaces(line.text[..<colon])
            guard Self.isGroupName(name) else {
                problems.append("words.txt line \(line.number): group names are in capitals")
                continue
            }
            if groups[name] == nil { order.append(name) }
            var entries = groups[name] ?? []
            for entry in line.text[line.text.index(after: colon)...].split(separator: ",") {
                let trimmed = Self.trimmedSpaces(entry)
                if Self.isGroupName(trimmed) {
                    references[name, default: []].append((line.number, trimmed))
                    referenced.insert(trimmed)
                    continue
                }
                let words = Self.fold(trimmed).split(separator: " ").map(WordPattern.init)
                if words.isEmpty || words.contains(where: { if case .stem(let stem) = $0 { stem.count < 3 } else { false } }) {
                    problems.append("words.txt line \(line.number): '\(trimmed)' has nothing to match (stems need 3 letters)")
                    continue
                }
                entries.append(words)
            }
            groups[name] = entries
        }
        // Bring referenced groups in, following chains ("WHO: FAMILY", "FAMILY: ..."), in the order written.
        func resolve(_ name: String, seen: Set<String>) -> [[WordPattern]] {
            var entries = groups[name] ?? []
            for reference in references[name] ?? [] {
                guard groups[reference.name] != nil || references[reference.name] != nil, !seen.contains(reference.name)
                else {
                    problems.append("words.txt line \(reference.line): no group \(reference.name) (or it refers to itself)")
                    continue
                }
                entries += resolve(reference.name, seen: seen.union([reference.name]))
            }
            return entries
        }
        var resolved: [String: [[WordPattern]]] = [:]
        for name in order { resolved[name] = resolve(name, seen: [name]) }
        groups = resolved
    }

    static func isGroupName(_ text: some StringProtocol) -> Bool {
        !text.isEmpty && text.allSatisfy { $0.isUppercase || $0 == "-" } && text.contains { $0.isLetter }
    }

    /// How an entry is read, the way the text reader reads a comment: lower case, apostrophes dropped, "&" as
    /// "and", other marks as spaces, and each word through the one text-speak table ("im" is "i am", "mam" is
    /// "mum"), so an entry and a comment always meet. "*" (a stem), "#", "£" and "%" are kept.
    static func fold(_ text: String) -> String {
        expandWords(foldASCII(text) ?? foldCharacters(text))
    }

    /// `fold`'s first step by characters: lower case, apostrophes dropped, "&" read as "and", every other
    /// character but a letter, a number or a wildcard mark a space.
    static func foldCharacters(_ text: String) -> String {
        var output = ""
        for character in text.lowercased() {
            switch character {
            case "'", "\u{2019}", "\u{2018}": continue
            case "&": output += " and "
            case "*", "#", "£", "%": output.append(character)
            default: output.append(character.isLetter || character.isNumber ? character : " ")
            }
        }
        return output
    }

    /// `foldCharacters` for a text of ASCII bytes, by its bytes (nil for any other text): the word list's
    /// entries and the rules are folded when the screen loads, and by characters that was half of loading it.
    /// In ASCII the letters are A-Z and a-z, the numbers 0-9, and each byte is a character of its own but
    /// "\r\n" (two spaces here for one there: the same words once split).
    static func foldASCII(_ text: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 8)
        for byte in text.utf8 {
            switch byte {
            case 0x80...: return nil
            case UInt8(ascii: "'"): continue
            case UInt8(ascii: "&"): bytes += Array(" and ".utf8)
            case UInt8(ascii: "*"), UInt8(ascii: "#"), UInt8(ascii: "%"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"): bytes.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(byte + 32)
            default: bytes.append(UInt8(ascii: " "))
            }
        }
        return bytes.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
    }

    /// `text.trimmingCharacters(in: .whitespaces)`, by bytes when `text` is ASCII (where only a space and a tab
    /// are among those characters): Foundation's trimming was a ninth of loading the screen.
    static func trimmedSpaces(_ text: Substring) -> String {
        guard !text.utf8.contains(where: { $0 >= 0x80 }) else { return text.trimmingCharacters(in: .whitespaces) }
        return String(LineBytes.trimmingSpacesAndTabs(text))
    }

    /// `fold`'s second step: the words of a folded text, each text-speak shorthand written out.
    private static func expandWords(_ output: String) -> String {
        output.split(separator: " ").flatMap { word -> [String] in
            if word.hasSuffix("*") || ["#", "£", "%"].contains(word) { return [String(word)] }
            return TextSpeak.standard.expansion(of: String(word)) ?? [String(word)]
        }.joined(separator: " ")
    }
}
