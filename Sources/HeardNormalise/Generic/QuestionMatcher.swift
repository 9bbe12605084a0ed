import HeardCore

/// Matches a column header to a question in the bank by its key words (see `QuestionWording`): the question
/// with the longest phrase whose words the header all holds wins.
struct QuestionMatcher {
    private let phrases: [(questionID: String, kind: Question.Kind, words: Set<String>)]

    init(bank: QuestionBank) {
        phrases = bank.questions.flatMap { question in
            (QuestionWording.phrases[question.id] ?? [question.text]).map { phrase in
                (question.id, question.kind, Set(HeaderWords.words(phrase)))
            }
        }.filter { !$0.words.isEmpty }
    }

    /// The best question of `kind` for `header`, with a 0...1 score (share of the header's words explained).
    /// The longest phrase wins; a tie goes to the question whose phrases explain more of the header.
    func match(_ header: String, kind: Question.Kind) -> (id: String, score: Double)? {
        let words = Set(HeaderWords.words(header))
        guard !words.isEmpty else { return nil }
        var longest: [String: Int] = [:]
        var covered: [String: Set<String>] = [:]
        var order: [String] = []
        for phrase in phrases where phrase.kind == kind && phrase.words.isSubset(of: words) {
            if longest[phrase.questionID] == nil { order.append(phrase.questionID) }
            longest[phrase.questionID] = max(longest[phrase.questionID] ?? 0, phrase.words.count)
            covered[phrase.questionID, default: []].formUnion(phrase.words)
        }
        guard let best = order.max(by: { a, b in
            (longest[a]!, covered[a]!.count) < (longest[b]!, covered[b]!.count)
        }) else { return nil }
        return (best, min(1, Double(covered[best]!.count) / Double(min(words.count, 4))))
    }
}
