import HeardCore

/// Closed questions that are not in the question bank are still kept: under an id made from their header
/// (`custom:how-often-do-you-see-your-iro`), with each answer's folded text as its label, and multi-select
/// cells ("Football;Art club;") split into one answer per choice.
enum CustomQuestion {
    static func id(forHeader header: String) -> String {
        let words = header.lowercased().split { !$0.isLetter && !$0.isNumber }.prefix(10)
        return "custom:" + words.joined(separator: "-")
    }

    /// The answers in one cell: through an officer's value map first, then the scale, else as typed.
    static func values(_ cell: String, matcher: AnswerMatcher?, valueMap: [String: String]) -> [Answer.Value] {
        if TextFolding.isNonAnswer(cell) { return [.notAnswered] }
        if let mapped = valueMap[TextFolding.fold(cell)] {
            return [TextFolding.isNonAnswer(mapped) ? .notAnswered : .option(mapped)]
        }
        if let matcher {
            let whole = matcher.match(cell)
            return [whole]
        }
        let choices = cell.split(separator: ";").map { TextFolding.fold(String($0)) }.filter { !$0.isEmpty }
        return choices.isEmpty ? [.notAnswered] : choices.map { .option($0) }
    }
}
