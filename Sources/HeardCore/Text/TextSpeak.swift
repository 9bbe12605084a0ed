/// The one table of text-speak, shorthand and common misspellings young people write, and what each stands
/// for ("ur" -> "your", "sw" -> "social worker", "bk" -> "back"). It is the plain file
/// `Sources/HeardCore/Data/text-speak.txt` (`shorthand = expansion` per line), embedded at build time, so a
/// participation officer can read and correct it. `TextReading` applies it to every word.
public struct TextSpeak: Sendable {
    /// Shorthand (folded: lower case, no apostrophes) -> the words it stands for, folded the same way.
    public let entries: [String: [String]]
    /// Line numbers that are not `shorthand = expansion`, or whose shorthand is not one word, or repeats an
    /// earlier line. Empty for the shipped table (a test checks).
    public let problems: [Int]

    /// The shipped table.
    public static let standard = TextSpeak(parsing: EmbeddedData.textSpeak)

    /// Reads a table written like `Data/text-speak.txt`.
    public init(parsing text: String) {
        var entries: [String: [String]] = [:]
        let parsed = DataFile.entries(text)
        var problems = parsed.malformed
        for (line, key, value) in parsed.entries {
            let shorthand = Self.fold(key)
            let expansion = value.split(whereSeparator: \.isWhitespace).map(Self.fold)
            guard !shorthand.isEmpty, !shorthand.contains(" "), entries[shorthand] == nil, !expansion.isEmpty else {
                problems.append(line)
                continue
            }
            entries[shorthand] = expansion
        }
        self.entries = entries
        self.problems = problems.sorted()
    }

    /// What `folded` stands for, or nil when it is not in the table.
    public func expansion(of folded: String) -> [String]? { entries[folded] }

    /// Lower case without apostrophes, as `TextToken.folded`.
    private static func fold(_ word: Substring) -> String {
        String(String.UnicodeScalarView(word.lowercased().unicodeScalars.filter {
            CharacterClass.of($0) != .apostrophe
        }))
    }
}
