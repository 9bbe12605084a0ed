import HeardCore

/// Decides whether a comment praises (`positive`), complains (`negative`), asks (`request`) or just tells
/// (`neutral`), from word lists with negation: "not happy" and "never listens" count against, "dont want to
/// move" is a request. Requests win when a comment asks for more than it praises; otherwise the larger of
/// praise and complaint wins; a tie goes to what the question invited (`hint`), else neutral.
public struct PolarityClassifier: Sendable {
    public init() {}

    public func classify(_ words: [String], hint: Polarity? = nil) -> Polarity {
        var positive = 0.0, negative = 0.0, request = 0.0, softRequest = 0.0
        for (index, word) in words.enumerated() {
            let next = index + 1 < words.count ? words[index + 1] : ""
            let afterNext = index + 2 < words.count ? words[index + 2] : ""
            let window = words[max(0, index - 3)..<index]
            let negated = window.contains { Self.negators.contains($0) }
            let asksForHelp = word == "help" && (index == 0 || Self.askingBefore.contains(words[index - 1]))
                && ["with", "me", "to", "us", "finding", "getting", "for"].contains(next)
            if word == "want" && next == "to" && ["stay", "keep"].contains(afterNext) && !negated {
                positive += 1 // "i want to stay here": contentment, not a request
            } else if Self.requestWords.contains(word) || (word == "would" && (next == "like" || next == "love"))
                || asksForHelp || (word == "can" && ["we", "i", "you"].contains(next) && index == 0)
                || (word == "if" && next == "only") {
                request += 1
            } else if Self.softRequestWords.contains(word) {
                softRequest += 1
            } else if ["help", "helps", "takes", "got", "gets"].contains(word) && ["me", "us"].contains(next) {
                positive += 1 // "my carer helps me", "she got me into football"
            }
            if Self.negativeWords.contains(word) { negated ? (positive += 0.5) : (negative += 1) }
            if Self.positiveWords.contains(word) { negated ? (negative += 1) : (positive += 1) }
        }
        if request > 0 && request >= positive { return .request }
        if softRequest > 0 && softRequest > negative && softRequest >= positive { return .request }
        if positive > negative { return .positive }
        if negative > positive { return .negative }
        return hint ?? .neutral
    }

    static let requestWords: Set<String> = [
        "want", "wish", "need", "needs", "should", "more", "please", "could", "cheaper", "wanted", "needed",
    ]
    /// Words that ask only when nothing in the comment complains more ("stop", "change", "explain").
    static let softRequestWords: Set<String> = [
        "stop", "explain", "let", "give", "hope", "improve", "change", "allowed", "able", "tell",
    ]
    static let negativeWords: Set<String> = [
        "never", "rubbish", "bad", "hate", "hated", "annoying", "annoyed", "bullied", "unsafe", "lonely", "sad",
        "worse", "worst", "awful", "terrible", "crap", "late", "ignored", "scared", "nobody", "unfair", "horrible",
        "upset", "angry", "stressful", "stressed", "boring", "difficult", "hard", "struggle", "struggling", "waiting",
        "cancelled", "cancels", "forgot", "forget", "months", "ages", "wait", "strict", "dirty", "mice", "mould",
        "broken", "cold", "smelly", "embarrassing", "embarassing", "confusing", "confused", "hurt", "alone", "unhappy", "miss", "missing", "lost", "problem", "problems", "too",
        "cant", "wont", "didnt", "doesnt", "dont", "isnt", "wasnt", "no", "not", "without",
    ]
    static let positiveWords: Set<String> = [
        "good", "great", "love", "loved", "like", "liked", "amazing", "nice", "kind", "happy", "helped", "helps",
        "helpful", "best", "safe", "brilliant", "fab", "lovely", "caring", "massive", "enjoy", "enjoyed", "fun",
        "proud", "listens", "listened", "thanks", "thank", "supportive", "settled", "excellent", "awesome",
        "better", "glad", "grateful", "friendly", "perfect", "fine", "ok", "okay", "easier", "cool",
    ]
    /// Words before "help" that make it a request ("need help with"), unlike "my carer helps me with".
    static let askingBefore: Set<String> = ["need", "want", "more", "some", "please", "extra", "better", "get",
                                            "wants", "needs", "like", "any", "the", "for"]
    static let negators: Set<String> = ["not", "dont", "never", "isnt", "arent", "wasnt", "didnt", "doesnt", "no",
                                        "cant", "wont", "hardly", "nobody"]
}
