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

    /// Folded choices that are typed words.
    let typed: Set<String>
    /// Labels given by three or more young people that are not empty comments ("no", "nothing"): at least two
    /// when the column is a closed question with typed "Other" answers.
    let coreLabels: Int

    func contains(_ choice: String) -> Bool { !typed.isEmpty && typed.contains(TextFolding.fold(choice)) }

    /// `choices`: every choice in the sampled cells (a joined cell split into its choices).
    init(choices: [String]) {
        var counts: [String: (count: Int, spelling: String)] = [:]
        for choice in choices where !AnswerMeaning.isBlank(TextFolding.fold(choice)) {
            counts[TextFolding.fold(choice), default: (0, choice)].count += 1
        }
        let total = counts.values.map(\.count).reduce(0, +)
        // The tool's options: given by three or more young people, and written as an option is.
        let core = counts.filter { $0.value.count >= 3 && ColumnSample.isLabelLike($0.value.spelling) }
        let coreTotal = core.values.map(\.count).reduce(0, +)
        coreLabels = core.values.filter { !TextFolding.isEmptyComment($0.spelling) }.count
        guard total >= 12, core.count >= 2, Double(coreTotal) >= 0.75 * Double(total) else {
            typed = []
            return
        }
        let longestOption = core.values.map { Self.words($0.spelling).count }.max() ?? 0
        let rare = max(5, total / 20)
        var typed: Set<String> = []
        for (folded, entry) in counts where core[folded] == nil && entry.count <= rare {
            if AnswerMeaning.isDeclined(folded) || AnswerMeaning.doesNotApply(folded) { continue }
            if folded == TextFolding.fold(Self.label) { continue }
            let words = Self.words(entry.spelling)
            // Starting in lower case as no option does (a one-word "test" given by several is left alone), or
            // in a young person's own voice: text-speak, or a first-person sentence twice as long as any option
            // (a long option such as "A say in where I live, who I live with" is not).
            let ownVoice = words.contains(where: Self.textSpeak.contains)
                || (words.contains(where: Self.firstPerson.contains)
                    && words.count >= max(2 * longestOption, longestOption + 3))
            if (entry.spelling.first?.isLowercase == true && (entry.count <= 2 || words.count >= 2))
                || (entry.count <= 2 && ownVoice) {
                typed.insert(folded)
            }
        }
        self.typed = typed
    }

    private static func words(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter && $0 != "'" }.map(String.init)
    }

    private static let firstPerson: Set<String> = ["i", "i'm", "my", "me", "we", "our", "myself"]

    /// Words no survey tool's option uses.
    private static let textSpeak: Set<String> = ["tbh", "lol", "idk", "u", "ur", "w", "bf", "gf", "gfs", "bfs",
                                                 "mates", "dunno", "coz", "cos", "innit", "nan's", "nans", "im"]
}
