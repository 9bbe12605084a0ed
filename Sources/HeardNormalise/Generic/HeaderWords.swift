import HeardCore

/// Folds a column header or a wording phrase into comparable key words: lower case, question numbering and
/// punctuation dropped, small words ignored, plurals and "-ing"/"-ed" endings removed.
public enum HeaderWords {
    public static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        func flush() {
            defer { current = "" }
            guard !current.isEmpty, !current.allSatisfy(\.isNumber), !stopWords.contains(current) else { return }
            words.append(stem(current))
        }
        for character in text.lowercased() {
            if character.isLetter || character.isNumber { current.append(character) } else if character != "'"
                && character != "\u{2019}" { flush() }
        }
        flush()
        // "q3" style numbering is not a word.
        return words.filter { !($0.count <= 3 && $0.first == "q" && $0.dropFirst().allSatisfy(\.isNumber)) }
    }

    static func stem(_ word: String) -> String {
        if let mapped = irregular[word] { return mapped }
        for suffix in ["ing", "ed", "es", "s"] where word.count > suffix.count + 3 && word.hasSuffix(suffix) {
            if suffix == "s" && word.hasSuffix("ss") { return word }
            return String(word.dropLast(suffix.count))
        }
        return word
    }

    static let irregular: [String: String] = [
        "children": "child", "people": "person", "adults": "adult", "carers": "carer", "lives": "live",
        "living": "live", "lived": "live", "feelings": "feeling", "feels": "feel", "friends": "friend",
        "decisions": "decision", "advisor": "adviser", "independently": "independ", "independence": "independ",
        "independent": "independ", "workers": "worker", "siblings": "sibling", "parents": "parent",
    ]

    static let stopWords: Set<String> = [
        "a", "an", "the", "do", "does", "did", "you", "your", "yours", "are", "is", "am", "be", "been", "to", "of",
        "in", "on", "at", "for", "with", "and", "or", "i", "me", "my", "we", "us", "our", "it", "this", "that",
        "have", "has", "there", "any", "please", "much", "as", "by", "from", "about", "if", "so", "can",
        "would", "will", "feel", "think", "currently", "current", "now", "where", "who", "which", "enough",
        "really", "often", "tick", "select", "choose", "all", "apply", "one", "option", "question",
    ]
}
