import HeardCore

/// Words that praise or complain and how strongly (-4 to 4), from the plain list `Data/feeling-words.txt`. The
/// polarity model counts them so that it recognises praise and complaint in words it never saw in training.
enum FeelingWords {
    static let ratings: [String: Double] = parse(EmbeddedData.feelingWords)

    static func parse(_ text: String) -> [String: Double] {
        var ratings: [String: Double] = [:]
        for line in DataFile.lines(text) {
            let fields = line.text.split(separator: "\t")
            if fields.count == 2, let rating = Double(fields[1]) { ratings[String(fields[0])] = rating }
        }
        return ratings
    }
}

/// First words of a sentence that usually ask for something (`Data/request-starts.txt`): "Give us...", "Someone
/// who...", "To be listened to".
enum RequestStarts {
    static let words: Set<String> = Set(DataFile.lines(EmbeddedData.requestStarts).map { String($0.text) })
}

/// Verbs that, first in a sentence, almost always tell someone what to do (`Data/imperative-verbs.txt`): "Offer
/// me...", "Keep your promises". `isImperative` reads a sentence's opening the way the polarity model's
/// `i:imperative` feature does.
enum ImperativeVerbs {
    static let words: Set<String> = Set(DataFile.lines(EmbeddedData.imperativeVerbs).map { String($0.text) })
    /// After "don't" at the start, these tell rather than ask ("Don't know why", "Don't think so").
    static let tellingAfterDont: Set<String> = ["you", "i", "know", "think", "like", "really", "get", "have", "see"]

    /// Whether a sentence opening with `first`, `second`, `third` tells someone what to do: an imperative verb
    /// not followed by "you" or "i" (after an optional "please"), "don't ..." or "make sure".
    static func isImperative(_ first: String, _ second: String, _ third: String) -> Bool {
        if first == "please", !second.isEmpty { return isImperative(second, third, "") }
        if first == "dont" || (first == "do" && second == "not") { return !tellingAfterDont.contains(second) && !second.isEmpty }
        return words.contains(first) && second != "you" && second != "i"
    }
}
