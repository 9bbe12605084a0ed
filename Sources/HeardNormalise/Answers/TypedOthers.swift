import HeardCore

/// Words a young person typed in a choice question's "Other" box, found in the question's own cells. Google Forms
/// and Microsoft Forms write them in place of a choice (alone, or after the options ticked), so such a column
/// holds a handful of the tool's options, each given by several young people, and now and then a few words of a
/// young person's own ("with my nan", "bnb till the council sorts it"). Those words are counted as one answer,
/// "Other", and kept as a comment (so the safeguarding screen and redaction read them): they never become a
/// published label.
///
/// A choice is typed words when the column's options (choices given by three or more young people, written as
/// an option is) hold most answers, and the choice is rare and reads as typed: it starts in lower case (a lone
/// word only when one or two gave it), or (given by one or two) uses text-speak, or is a first-person sentence
/// twice as long as any option.
struct TypedOthers: Hashable, Sendable {
    /// The label typed words are counted under.
    static let label = "Other"

    /// Folded choices of the sample that are typed words.
    let typed: Set<String>
    /// Labels given by three or more young people that are not empty comments ("no", "nothing"): at least two
    /// when the column is a closed question with typed "Other" answers.
    let coreLabels: Int
    /// Whether the column is a handful of a tool's options at all; only then can a choice be typed words.
    let qualifies: Bool
    /// The folded options, and how many words the longest has.
    private let options: Set<String>
    private let longestOption: Int
    private let rare: Int

    /// Whether `choice` is typed words: decided on the sample's counts when the sample holds it, else (a choice
    /// in a row the sample skipped, so a rare one) by how it reads.
    func contains(_ choice: String) -> Bool {
        guard qualifies else { return false }
        let folded = TextFolding.fold(choice)
        if typed.contains(folded) { return true }
        if options.contains(folded) || sampled.contains(folded) { return false }
        return Self.reads(choice, folded: folded, count: 1, longestOption: longestOption, rare: rare)
    }

    /// Every folded choice the sample holds.
    private let sampled: Set<String>

    /// `choices`: every choice in the sampled cells (a joined cell split into its choices).
    init(choices: [String]) {
        var counts: [String: (count: Int, spelling: String)] = [:]
        for choice in choices where !AnswerMeaning.isBlank(TextFolding.fold(choice)) {
            counts[TextFolding.fold(choice), default: (0, choice)].count += 1
        }
        sampled = Set(counts.keys)
        let total = counts.values.map(\.count).reduce(0, +)
        // The tool's options: given by three or more young people, and written as an option is.
        let core = counts.filter { $0.value.count >= 3 && ColumnSample.isLabelLike($0.value.spelling) }
        let coreTotal = core.values.map(\.count).reduce(0, +)
        coreLabels = core.values.filter { !TextFolding.isEmptyComment($0.spelling) }.count
        options = Set(core.keys)
        let longest = core.values.map { Self.words($0.spelling).count }.max() ?? 0, rare = max(5, total / 20)
        longestOption = longest
        self.rare = rare
        qualifies = total >= 12 && core.count >= 2 && Double(coreTotal) >= 0.75 * Double(total)
        typed = !qualifies ? [] : Set(counts.filter { folded, entry in
            core[folded] == nil && Self.reads(entry.spelling, folded: folded, count: entry.count, longestOption: longest, rare: rare)
        }.keys)
    }

    /// Whether a choice given by `count` young people reads as typed words: starting in lower case as no option
    /// does (a one-word "test" given by several is left alone), or, given by one or two, in a young person's own
    /// voice: text-speak, or a first-person sentence twice as long as any option (a long option such as "A say
    /// in where I live, who I live with" is not).
    private static func reads(_ spelling: String, folded: String, count: Int, longestOption: Int, rare: Int) -> Bool {
        guard count <= rare, !AnswerMeaning.isDeclined(folded), !AnswerMeaning.doesNotApply(folded),
              folded != TextFolding.fold(Self.label) else { return false }
        let words = words(spelling)
        let ownVoice = words.contains(where: textSpeak.contains)
            || (words.contains(where: firstPerson.contains) && words.count >= max(2 * longestOption, longestOption + 3))
        return (spelling.first?.isLowercase == true && (count <= 2 || words.count >= 2)) || (count <= 2 && ownVoice)
    }

    private static func words(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter && $0 != "'" }.map(String.init)
    }

    private static let firstPerson: Set<String> = ["i", "i'm", "my", "me", "we", "our", "myself"]

    /// Words no survey tool's option uses.
    private static let textSpeak: Set<String> = ["tbh", "lol", "idk", "u", "ur", "w", "bf", "gf", "gfs", "bfs",
                                                 "mates", "dunno", "coz", "cos", "innit", "nan's", "nans", "im"]
}
