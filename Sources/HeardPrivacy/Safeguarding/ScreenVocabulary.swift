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
            let name = line.text[..<colon].trimmingCharacters(in: .whitespaces)
            guard Self.isGroupName(name) else {
                problems.append("words.txt line \(line.number): group names are in capitals")
                continue
            }
            if groups[name] == nil { order.append(name) }
            var entries = groups[name] ?? []
            for entry in line.text[line.text.index(after: colon)...].split(separator: ",") {
                let trimmed = entry.trimmingCharacters(in: .whitespaces)
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
        var output = ""
        for character in text.lowercased() {
            switch character {
            case "'", "\u{2019}", "\u{2018}": continue
            case "&": output += " and "
            case "*", "#", "£", "%": output.append(character)
            default: output.append(character.isLetter || character.isNumber ? character : " ")
            }
        }
        return output.split(separator: " ").flatMap { word -> [String] in
            if word.hasSuffix("*") || ["#", "£", "%"].contains(word) { return [String(word)] }
            return TextSpeak.standard.expansion(of: String(word)) ?? [String(word)]
        }.joined(separator: " ")
    }
}
