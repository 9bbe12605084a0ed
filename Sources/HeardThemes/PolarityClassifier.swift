import HeardCore

/// Decides whether a comment praises (`positive`), complains (`negative`), asks (`request`) or just tells
/// (`neutral`), from word lists with negation: "not happy" and "never listens" count against, "dont want to
/// move" is a request. Requests win when a comment asks for more than it praises; otherwise the larger of
/// praise and complaint wins; a tie goes to what the question invited (`hint`), else neutral. After "but",
/// the last clause decides when it praises or complains ("i like my flat but its far from everyone"). In an
/// answer of several sentences, the polarity most sentences share wins ("I dont like my placement. The other
/// kids fight. I want to move." complains more than it asks).
public struct PolarityClassifier: Sendable {
    public init() {}

    /// A comment given sentence by sentence.
    public func classify(sentences: [[String]], hint: Polarity? = nil) -> Polarity {
        classify(sentences: sentences.map(ListedWords.init), hint: hint)
    }

    public func classify(_ words: [String], hint: Polarity? = nil) -> Polarity {
        classify(ListedWords(words), hint: hint)
    }

    /// `classify(sentences:hint:)` for words whose lists are already known.
    func classify(sentences: [ListedWords], hint: Polarity? = nil) -> Polarity {
        let whole = ListedWords(joining: sentences)
        guard sentences.count >= 2 else { return classify(whole, hint: hint) }
        var votes: [Polarity: Int] = [:]
        for sentence in sentences {
            let polarity = classify(sentence)
            if polarity != .neutral { votes[polarity, default: 0] += 1 }
        }
        let most = votes.values.max() ?? 0
        let leaders = votes.filter { $0.value == most }.map(\.key)
        return leaders.count == 1 ? leaders[0] : classify(whole, hint: hint)
    }

    func classify(_ words: ListedWords, hint: Polarity? = nil) -> Polarity {
        if let but = words.words.lastIndex(of: "but"), but > 0, but + 1 < words.count {
            let last = score(words.suffix(from: but + 1), hint: nil)
            if last == .positive || last == .negative { return last }
        }
        return score(words, hint: hint)
    }

    /// What `classify(sentences:)` says without a hint, and the whole comment's tally, each worked out once.
    func classifyAndTally(sentences: [ListedWords]) -> (Polarity, Tally) {
        let whole = ListedWords(joining: sentences)
        let tally = self.tally(whole)
        guard sentences.count < 2 else { return (classify(sentences: sentences), tally) }
        if let but = whole.words.lastIndex(of: "but"), but > 0, but + 1 < whole.count {
            let last = score(whole.suffix(from: but + 1), hint: nil)
            if last == .positive || last == .negative { return (last, tally) }
        }
        return (Self.decide(tally, hint: nil), tally)
    }

    /// How much praise, complaint and asking the word lists find in a comment's words (the model's `t:` features).
    struct Tally {
        var positive = 0.0, negative = 0.0, request = 0.0, softRequest = 0.0
    }

    private func score(_ words: ListedWords, hint: Polarity?) -> Polarity { Self.decide(tally(words), hint: hint) }

    private static func decide(_ tally: Tally, hint: Polarity?) -> Polarity {
        let (positive, negative, request, softRequest) = (tally.positive, tally.negative, tally.request, tally.softRequest)
        if request > 0 && request >= positive { return .request }
        if softRequest > 0 && softRequest > negative && softRequest >= positive { return .request }
        if positive > negative { return .positive }
        if negative > positive { return .negative }
        return hint ?? .neutral
    }

    func tally(_ listed: ListedWords) -> Tally {
        var positive = 0.0, negative = 0.0, request = 0.0, softRequest = 0.0
        let words = listed.words, roles = listed.roles
        func role(_ index: Int) -> WordRoles { index >= 0 && index < roles.count ? roles[index] : [] }
        for (index, word) in words.enumerated() {
            let next = index + 1 < words.count ? words[index + 1] : ""
            let own = roles[index]
            let negated = role(index - 1).contains(.negator) || role(index - 2).contains(.negator)
                || role(index - 3).contains(.negator)
            var effect: PolarityPhrases.Effect?
            if own.contains(.phrase) {
                effect = PolarityPhrases.effect(at: PolarityPhrases.Context(
                    word: word, previous: index > 0 ? words[index - 1] : "", beforePrevious: index > 1 ? words[index - 2] : "",
                    next: next, afterNext: index + 2 < words.count ? words[index + 2] : "",
                    fourth: index + 3 < words.count ? words[index + 3] : "", isFirst: index == 0, negated: negated))
            }
            if let effect {
                switch effect {
                case .positive: positive += 1
                case .negative: negative += 1
                case .request: request += 1
                case .nothing: break
                case .positiveUnlessNegated: negated ? (negative += 1) : (positive += 1)
                }
            } else if own.contains(.request) || (word == "would" && (next == "like" || next == "love"))
                || (word == "help" && (index == 0 || role(index - 1).contains(.askingBefore)) && role(index + 1).contains(.helpObject))
                || (word == "can" && role(index + 1).contains(.asker) && index == 0)
                || (word == "if" && next == "only") {
                request += 1
            } else if own.contains(.softRequest) {
                softRequest += 1
            } else if own.contains(.giving) && (next == "me" || next == "us") {
                positive += 1 // "my carer helps me", "she got me into football"
            }
            if own.contains(.negative) { negated ? (positive += 0.5) : (negative += 1) }
            // "like" praises after a person or an adverb ("i like", "really like"), not in "what its like".
            let praising = word != "like" || !role(index - 1).isDisjoint(with: [.likeSubject, .negator])
            if own.contains(.positive) && praising { negated ? (negative += 1) : (positive += 1) }
        }
        return Tally(positive: positive, negative: negative, request: request, softRequest: softRequest)
    }

    /// The lists a word is on, as bits.
    struct WordRoles: OptionSet, Sendable {
        let rawValue: UInt16
        static let negator = WordRoles(rawValue: 1 << 0), request = WordRoles(rawValue: 1 << 1)
        static let softRequest = WordRoles(rawValue: 1 << 2), giving = WordRoles(rawValue: 1 << 3)
        static let negative = WordRoles(rawValue: 1 << 4), positive = WordRoles(rawValue: 1 << 5)
        static let likeSubject = WordRoles(rawValue: 1 << 6), asker = WordRoles(rawValue: 1 << 7)
        static let helpObject = WordRoles(rawValue: 1 << 8), askingBefore = WordRoles(rawValue: 1 << 9)
        /// A `PolarityPhrases` rule may apply to it.
        static let phrase = WordRoles(rawValue: 1 << 10)
    }

    static let roles: [String: WordRoles] = {
        var roles: [String: WordRoles] = [:]
        let lists: [(Set<String>, WordRoles)] = [
            (negators, .negator), (requestWords, .request), (softRequestWords, .softRequest), (givingWords, .giving),
            (negativeWords, .negative), (positiveWords, .positive), (likeSubjects, .likeSubject), (askers, .asker),
            (helpObjects, .helpObject), (askingBefore, .askingBefore), (PolarityPhrases.triggerWords, .phrase),
        ]
        for (list, role) in lists {
            for word in list { roles[word, default: []].insert(role) }
        }
        return roles
    }()

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
        "picked", "steal", "steals", "stole", "stolen", "weeks", "bored", "bullying", "struggled", "abandoned",
        "homeless", "miles", "noisy", "loud", "losing", "mean", "stupid", "strangers", "hasnt", "died", "differently", "sick", "havent", "anyway",
    ]
    static let positiveWords: Set<String> = [
        "good", "great", "love", "loved", "like", "liked", "amazing", "nice", "kind", "happy", "helped", "helps",
        "helpful", "best", "safe", "brilliant", "fab", "lovely", "caring", "massive", "enjoy", "enjoyed", "fun",
        "proud", "listens", "listened", "thanks", "thank", "supportive", "settled", "excellent", "awesome",
        "better", "glad", "grateful", "friendly", "perfect", "fine", "ok", "okay", "easier", "cool",
        "sorted", "opportunities", "opportunity", "saving", "cares", "respect", "respects", "teaches", "lets", "sound", "trust", "proper", "enough", "passed", "interested",
    ]
    static let helpObjects: Set<String> = ["with", "me", "to", "us", "finding", "getting", "for"]
    static let askers: Set<String> = ["we", "i", "you"]
    static let givingWords: Set<String> = ["help", "helps", "takes", "got", "gets", "gives", "brings", "buys"]
    /// People other than the young person: their wants are not requests.
    static let otherPeople: Set<String> = ["they", "he", "she", "it", "who", "people", "everyone", "staff", "them",
                                           "carer", "carers", "mum", "dad", "worker", "workers", "teacher", "teachers",
                                           "school", "council", "family", "parents"]
    /// Words before "like" that make it praise.
    static let likeSubjects: Set<String> = ["i", "we", "they", "you", "he", "she", "really", "do", "did", "still",
                                            "also", "quite", "definitely", "actually", "all", "both", "would"]
    /// Words before "help" that make it a request ("need help with"), unlike "my carer helps me with".
    static let askingBefore: Set<String> = ["need", "want", "more", "some", "please", "extra", "better", "get",
                                            "wants", "needs", "like", "any", "the", "for"]
    static let negators: Set<String> = ["not", "dont", "never", "isnt", "arent", "wasnt", "didnt", "doesnt", "no",
                                        "cant", "wont", "hardly", "nobody"]
}
