import HeardCore

/// Decides whether a comment praises (`positive`), complains (`negative`), asks (`request`) or just tells
/// (`neutral`), from word lists with negation: "not happy" and "never listens" count against, "dont want to
/// move" is a request. Requests win when a comment asks for more than it praises; otherwise the larger of
/// praise and complaint wins; a tie goes to what the question invited (`hint`), else neutral. After "but",
/// the last clause decides when it praises or complains ("i like my flat but its far from everyone").
public struct PolarityClassifier: Sendable {
    public init() {}

    public func classify(_ words: [String], hint: Polarity? = nil) -> Polarity {
        if let but = words.lastIndex(of: "but"), but > 0, but + 1 < words.count {
            let last = score(Array(words[(but + 1)...]), hint: nil)
            if last == .positive || last == .negative { return last }
        }
        return score(words, hint: hint)
    }

    private func score(_ words: [String], hint: Polarity?) -> Polarity {
        var positive = 0.0, negative = 0.0, request = 0.0, softRequest = 0.0
        for (index, word) in words.enumerated() {
            let next = index + 1 < words.count ? words[index + 1] : ""
            let afterNext = index + 2 < words.count ? words[index + 2] : ""
            let window = words[max(0, index - 3)..<index]
            let negated = window.contains { Self.negators.contains($0) }
            let asksForHelp = word == "help" && (index == 0 || Self.askingBefore.contains(words[index - 1]))
                && ["with", "me", "to", "us", "finding", "getting", "for"].contains(next)
            let previous = index > 0 ? words[index - 1] : ""
            let beforePrevious = index > 1 ? words[index - 2] : ""
            let fourth = index + 3 < words.count ? words[index + 3] : ""
            if word == "want" && next == "to" && ["stay", "keep"].contains(afterNext) && !negated
                && (fourth.isEmpty || ["here", "where", "put", "living"].contains(fourth)) {
                positive += 1 // "i want to stay here": contentment, not a request
            } else if ["need", "needed"].contains(word) && previous == "i" && ["that", "what", "everything", "all"].contains(beforePrevious) {
                positive += 1 // "she gets me what i need"
            } else if (Self.requestWords.contains(word) || Self.softRequestWords.contains(word)) && (Self.otherPeople.contains(previous)
                || (previous == "i" && ["when", "if", "whenever"].contains(beforePrevious))) {
                // "they want to close my case", "there when i need her": not the young person asking;
                // "they let me have my friends round" is praise
                if ["let", "lets"].contains(word) && ["me", "us"].contains(next) { positive += 1 }
            } else if word == "more" && ["feel", "feeling", "felt", "am", "is", "are", "was"].contains(previous) {
                // "i feel more independent now": a comparison, not an ask
            } else if word == "better" && index == 0 {
                request += 1 // "better wifi in the flats"
            } else if word == "help" && ["big", "great", "real", "massive", "good", "huge"].contains(previous) {
                positive += 1 // "council tax exemption is a big help"
            } else if ["get", "got", "gets"].contains(word) && next == "to"
                && ["see", "go", "do", "have", "stay", "keep", "spend", "choose"].contains(afterNext) {
                negated ? (negative += 1) : (positive += 1) // "i get to see my nan", "i never get to see her"
            } else if word == "told" && next == "off" {
                negative += 1
            } else if ["do", "doing", "did", "done"].contains(word) && next == "well" {
                positive += 1 // "pushed me to do well"
            } else if (word == "have" || word == "had") && next == "to" && !["want", "wanted"].contains(previous) {
                negative += 1 // "i had to leave my stuff behind", "have to tell my story again"
            } else if word == "would" && (next == "help" || (next == "be" && ["good", "nice", "better", "great"].contains(afterNext))) {
                request += 1 // "cooking lessons would help", "it would be good to"
            } else if ["change", "changes", "changed", "changing"].contains(word) && next == "all" {
                negative += 1 // "staff change all the time"
            } else if (word == "nothing" && next == "to" && afterNext == "do")
                || (word == "away" && ["moved", "taken", "sent"].contains(previous)) || (word == "ended" && next == "up") {
                negative += 1 // "nothing to do", "moved away from my friends", "ended up in a b&b"
            } else if (word == "there" && next == "for" && ["me", "us"].contains(afterNext))
                || (word == "always" && next == "there")
                || (["get", "gets", "got", "getting"].contains(word) && next == "on" && ["well", "with"].contains(afterNext)) {
                positive += 1 // "always there for me", "i get on well with her"
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
            // "like" praises after a person or an adverb ("i like", "really like"), not in "what its like".
            let praising = word != "like" || Self.likeSubjects.contains(previous) || Self.negators.contains(previous)
            if Self.positiveWords.contains(word) && praising { negated ? (negative += 1) : (positive += 1) }
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
        "worried", "worry", "worrying", "anxious", "drugs", "police", "far", "broke", "stuck", "again", "kicked",
        "picked", "steal", "steals", "stole", "stolen", "weeks",
    ]
    static let positiveWords: Set<String> = [
        "good", "great", "love", "loved", "like", "liked", "amazing", "nice", "kind", "happy", "helped", "helps",
        "helpful", "best", "safe", "brilliant", "fab", "lovely", "caring", "massive", "enjoy", "enjoyed", "fun",
        "proud", "listens", "listened", "thanks", "thank", "supportive", "settled", "excellent", "awesome",
        "better", "glad", "grateful", "friendly", "perfect", "fine", "ok", "okay", "easier", "cool",
        "sorted", "opportunities", "opportunity", "saving", "cares", "respect", "respects", "teaches", "lets", "sound",
    ]
    /// People other than the young person: their wants are not requests.
    static let otherPeople: Set<String> = ["they", "he", "she", "it", "who", "people", "everyone", "staff", "them"]
    /// Words before "like" that make it praise.
    static let likeSubjects: Set<String> = ["i", "we", "they", "you", "he", "she", "really", "do", "did", "still",
                                            "also", "quite", "definitely", "actually", "all", "both", "would"]
    /// Words before "help" that make it a request ("need help with"), unlike "my carer helps me with".
    static let askingBefore: Set<String> = ["need", "want", "more", "some", "please", "extra", "better", "get",
                                            "wants", "needs", "like", "any", "the", "for"]
    static let negators: Set<String> = ["not", "dont", "never", "isnt", "arent", "wasnt", "didnt", "doesnt", "no",
                                        "cant", "wont", "hardly", "nobody"]
}
