import HeardCore

/// Decides whether a comment praises (`positive`), complains (`negative`), asks (`request`) or just tells
/// (`neutral`) from small word lists. Requests win when a comment asks for something; otherwise the larger of
/// praise and complaint wins, and a tie is neutral.
public struct PolarityClassifier: Sendable {
    public init() {}

    public func classify(_ words: [String]) -> Polarity {
        var positive = 0, negative = 0, request = 0
        for (index, word) in words.enumerated() {
            let next = index + 1 < words.count ? words[index + 1] : ""
            if Self.requestWords.contains(word) || (word == "would" && next == "like")
                || (word == "help" && (next == "with" || next == "me" || next == "to")) {
                request += 1
            }
            if Self.negativeWords.contains(word) { negative += 1 }
            if Self.positiveWords.contains(word) {
                let previous = index > 0 ? words[index - 1] : ""
                if Self.negators.contains(previous) { negative += 1 } else { positive += 1 }
            }
        }
        if request > 0 && request >= positive { return .request }
        if positive > negative { return .positive }
        if negative > positive { return .negative }
        return .neutral
    }

    static let requestWords: Set<String> = [
        "want", "wanna", "wish", "need", "needs", "should", "more", "pls", "please", "plz", "could", "can", "cheaper",
        "better", "stop", "dont", "explain", "tell", "let", "give",
    ]
    static let negativeWords: Set<String> = [
        "never", "rubbish", "bad", "hate", "hated", "annoying", "bullied", "unsafe", "lonely", "sad", "worse", "worst",
        "awful", "terrible", "crap", "long", "late", "ignored", "scared", "nobody", "didnt", "doesnt", "wasnt",
        "cant", "no", "not",
    ]
    static let positiveWords: Set<String> = [
        "good", "great", "love", "like", "amazing", "nice", "kind", "happy", "helped", "helps", "best", "safe",
        "brilliant", "fab", "lovely", "caring", "massive", "enjoy", "fun", "proud", "better", "listens", "thanks",
    ]
    static let negators: Set<String> = ["not", "dont", "never", "isnt", "arent", "wasnt", "didnt", "doesnt", "no"]
}
