import HeardCore

/// What an answer label says beyond its words: nothing at all (a blank or a survey tool's "skipped"), "prefer
/// not to say", or "this does not apply to me" ("I don't have one", "I'm not at school or college"). Labels
/// are compared folded (`TextFolding.fold`).
enum AnswerMeaning {
    /// Blank or a survey tool's placeholder for a question not answered: no answer row.
    static func isBlank(_ folded: String) -> Bool {
        blanks.contains(folded)
    }

    /// "Prefer not to say" and the like: shown as its own row, outside the percentage base.
    static func isDeclined(_ folded: String) -> Bool {
        declined.contains(folded) || folded.hasPrefix("prefer not to") || folded.hasPrefix("i'd rather not")
            || folded.hasPrefix("i would rather not") || folded.hasPrefix("rather not")
    }

    /// An answer meaning the question does not apply to the young person: shown as its own row, outside the
    /// percentage base ("of 65 who have a social worker").
    static func doesNotApply(_ folded: String) -> Bool {
        if notApplicable.contains(folded) { return true }
        let text = PlainSearch.replacing("\u{2019}", with: "'", in: folded)
        if ["doesn't apply", "does not apply", "doesnt apply", "not applicable", "not relevant to me"]
            .contains(where: { PlainSearch.contains(text, $0) }) { return true }
        if lacking.contains(where: text.hasPrefix) { return true }
        let words = text.split { !$0.isLetter && $0 != "'" }.map(String.init)
        // "I'm not at school or college", "not in college", "I don't go to school".
        if let not = words.firstIndex(where: { $0 == "not" || $0 == "don't" || $0 == "dont" }),
           words.count - not <= 6, words.prefix(not).allSatisfy(["i'm", "im", "i", "am", "currently"].contains) {
            let rest = Set(words[(not + 1)...])
            return !rest.isDisjoint(with: ["school", "college", "uni", "university"]) && !rest.contains("like")
        }
        return false
    }

    private static let blanks: Set<String> = [
        "", "-", "--", "---", ".", "skip", "skipped", "no answer", "no response", "null", "#n/a", "none given",
        "[no answer]", "(no answer)", "not answered", "(blank)", "blank",
    ]

    private static let declined: Set<String> = [
        "prefer not to say", "prefer not to answer", "rather not say", "i'd rather not say", "i'd prefer not to say",
        "don't want to say", "i don't want to say", "i don't want to answer", "do not wish to say", "decline to answer",
    ]

    private static let notApplicable: Set<String> = [
        "n/a", "na", "n.a", "n/a.", "not applicable", "does not apply", "doesn't apply", "not relevant",
        "n/a to me", "doesnt apply", "does not apply to me", "doesn't apply to me", "this doesn't apply to me",
    ]

    /// Answers saying the young person has no such person or thing.
    private static let lacking = [
        "i don't have", "i dont have", "i do not have", "don't have", "dont have", "i haven't got", "i havent got",
        "i have not got", "i have no ", "haven't got", "i've never had", "i have never had", "never had one",
        "i haven't had one", "i've not got", "not got one", "no longer have", "i no longer have",
    ]
}
