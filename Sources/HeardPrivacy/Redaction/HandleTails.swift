/// What is said around a handle once it has been found: "the at" before it (the "@" read aloud: "roblox user is
/// the at [social media handle]") and a number after it, with at most one word between ("[social media handle]
/// rain 2004", "[social media handle] 44 is my gamertag"). A count after the number ("2000 followers", "3 times")
/// and a word that starts a clause ("since 2019") leave the number standing.
enum HandleTails {
    static func redact(_ text: String) -> String {
        Placeholder.handle.widenEach(in: text) { result, found in
            var lower = found.lowerBound
            // "the at [social media handle]", "the at sign [social media handle]".
            let before = result[..<lower].lowercased()
            if let said = saidAt.first(where: { before.hasSuffix($0) }), before.count == said.count || before.dropLast(said.count).last == " " {
                lower = result.index(lower, offsetBy: -said.count)
            }
            var upper = found.upperBound
            if result[upper...].hasPrefix(" ") {
                let words = result[result.index(after: upper)...].split(separator: " ", maxSplits: 3, omittingEmptySubsequences: false)
                if let end = numberAfter(words.map(String.init)) {
                    let number = words[end]
                    let kept = number.reversed().prefix { ".,!?;)".contains($0) }.count
                    upper = result.index(number.endIndex, offsetBy: -kept)
                }
            }
            return lower..<upper
        }
    }

    /// "at" said for the "@" of a handle, after "the".
    private static let saidAt = ["the at ", "the at sign ", "the at symbol "]

    /// The index of a number of two to four digits right after the handle, or after one word of letters that is no
    /// small word, when no count follows it.
    private static func numberAfter(_ words: [String]) -> Int? {
        guard !words.isEmpty else { return nil }
        var cursor = 0
        if !isNumber(words[cursor]) {
            let word = words[cursor]
            guard word.count >= 2, word.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
            let key = word.lowercased()
            guard !NameCues.functionWords.contains(key), !notTails.contains(key), cursor + 1 < words.count else { return nil }
            cursor += 1
            guard isNumber(words[cursor]) else { return nil }
        }
        if !words[cursor].last!.isNumber { return cursor }  // the clause ends with the number
        if cursor + 1 < words.count, counts.contains(EmailCues.key(Substring(words[cursor + 1]))) { return nil }
        return cursor
    }

    private static func isNumber(_ word: String) -> Bool {
        var digits = Substring(word)
        while let last = digits.last, ".,!?;)".contains(last) { digits = digits.dropLast() }
        return (2...4).contains(digits.count) && digits.allSatisfy(\.isASCIIDigit)
    }

    /// Words after which a number is not part of the handle.
    private static let notTails: Set<String> = ["since", "from", "till", "until", "age", "aged", "born", "year", "years", "in", "at",
                                                "on", "and", "or", "but", "about", "around", "like", "got", "has", "had", "have"]
    /// Counts said after a number.
    private static let counts: Set<String> = [
        "years", "year", "yrs", "yr", "times", "time", "mins", "minutes", "hours", "hrs", "days", "day", "weeks", "months", "followers",
        "follower", "subs", "subscribers", "likes", "views", "pounds", "quid", "k", "people", "friends", "mates", "posts", "streak",
        "%", "percent", "pm", "am", "o'clock", "oclock", "p", "points", "games", "wins",
    ]
}
