import HeardCore

/// What a trained model reads in a comment: named features, each with a value and the words it came from (so a
/// tag can quote the words that weighed most). The names are the contract between this reader and the weights
/// trained offline by `Scripts/themes/train.py`, which reads them through `heard themes features`:
///
/// - `w:STEM`: a word, by its stem ("w:famili"), once however often it appears;
/// - `b:STEM STEM`: two neighbouring words in one sentence ("b:nobody ask");
/// - `n:STEM`: a word within three words after a negator in its sentence ("n:listen" in "they never listen");
/// - `f:STEM`: the first word of a sentence ("f:mak" in "Make sure..."), where requests and commands start;
/// - `c:THEME`: the weight of the codebook's cues for a theme that matched, at most 3 ("c:where-we-live");
/// - `k:THEME`: 1 where the codebook's cue rules alone would tag the theme ("k:relationships");
/// - `r:POLARITY`: what the rule-based polarity reader says ("r:request");
/// - `t:+`, `t:-`, `t:ask`, `t:ask-soft`: how much praise, complaint and asking its word lists counted, each at
///   most 3;
/// - `s:+`, `s:-`: how much praise and complaint the feeling words hold (`FeelingWords`, a negated word counting
///   for the other side at half strength), each at most 2;
/// - `i:request-start`: a sentence starts with a word that usually asks (`RequestStarts`: "Give", "Make",
///   "Someone", "To"), not followed by "you" or "i" ("do you", "can i" are questions);
/// - `q:?`: the comment asks a question; `x:number`: it holds a number ("37% of care leavers...").
struct CommentFeatures {
    struct Feature {
        var name: String
        var value: Double
        /// The read words it came from; empty for whole-comment features.
        var words: Range<Int>
    }

    private(set) var features: [Feature] = []

    /// Whether a feature stands for a theme's codebook cues (`c:` or `k:`), whose evidence is the cues' words.
    static func isCueFeature(_ name: String) -> Bool { name.hasPrefix("c:") || name.hasPrefix("k:") }

    /// Words that turn the next few words round.
    static let negators: Set<String> = ["not", "dont", "never", "isnt", "arent", "wasnt", "werent", "didnt", "doesnt",
                                        "no", "cant", "wont", "hardly", "nobody", "havent", "hasnt", "wouldnt",
                                        "couldnt", "shouldnt", "nothing", "without"]
    /// How many words after a negator it reaches.
    static let negationReach = 3

    init(_ reading: Reading, rulePolarity: Polarity, ruleThemes: [String], tally: PolarityClassifier.Tally) {
        var seen: Set<String> = []
        seen.reserveCapacity(reading.words.count * 3)
        func add(_ name: String, _ value: Double = 1, _ words: Range<Int>) {
            if seen.insert(name).inserted { features.append(Feature(name: name, value: value, words: words)) }
        }
        var negation = 0
        var praise = 0.0, complaint = 0.0
        for (index, word) in reading.words.enumerated() {
            let sentence = reading.sentenceOfWord[index]
            let startsSentence = index == 0 || reading.sentenceOfWord[index - 1] != sentence
            if startsSentence { negation = 0 }
            add("w:" + word.stem, 1, index..<(index + 1))
            if startsSentence {
                add("f:" + word.stem, 1, index..<(index + 1))
                let next = index + 1 < reading.words.count ? reading.words[index + 1].word : ""
                if RequestStarts.words.contains(word.word), next != "you", next != "i" {
                    add("i:request-start", 1, index..<(index + 1))
                }
            }
            if var rating = FeelingWords.ratings[word.word] {
                if negation > 0 { rating *= -0.5 }
                if rating > 0 { praise += rating } else { complaint -= rating }
            }
            if negation > 0 {
                add("n:" + word.stem, 1, index..<(index + 1))
                negation -= 1
            }
            if Self.negators.contains(word.word) { negation = Self.negationReach }
            if index + 1 < reading.words.count, reading.sentenceOfWord[index + 1] == sentence {
                add("b:" + word.stem + " " + reading.words[index + 1].stem, 1, index..<(index + 2))
            }
        }
        for theme in reading.order { add("c:" + theme, min(3, reading.weight[theme] ?? 0), 0..<0) }
        for theme in ruleThemes { add("k:" + theme, 1, 0..<0) }
        add("r:" + rulePolarity.rawValue, 1, 0..<0)
        for (name, count) in [("t:+", tally.positive), ("t:-", tally.negative), ("t:ask", tally.request),
                              ("t:ask-soft", tally.softRequest)] where count > 0 {
            add(name, min(3, count), 0..<0)
        }
        if praise > 0 { add("s:+", min(2, praise / 4), 0..<0) }
        if complaint > 0 { add("s:-", min(2, complaint / 4), 0..<0) }
        if reading.text.contains("?") { add("q:?", 1, 0..<0) }
        if reading.text.utf8.contains(where: { $0 >= 48 && $0 <= 57 }) { add("x:number", 1, 0..<0) }
    }
}
