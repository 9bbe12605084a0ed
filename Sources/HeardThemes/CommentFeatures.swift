import HeardCore

/// What a trained model reads in a comment: named features, each with a value and the words it came from (so a
/// tag can quote the words that weighed most). The names are the contract between this reader and the weights
/// trained offline by `Scripts/themes/train.py`, which reads them through `heard themes features`:
///
/// - `w:STEM`: a word, by its stem ("w:famili"), once however often it appears; an irregular form by its base
///   word's stem (`WordForms`: "told" as "w:tel"), as in `b:`, `n:` and `f:`;
/// - `b:STEM STEM`: two neighbouring words in one sentence ("b:nobody ask");
/// - `n:STEM`: a word a negator governs, as the text reader reads negation ("n:listen" in "they never listen");
/// - `f:STEM`: the first word of a sentence ("f:mak" in "Make sure..."), where requests and commands start;
/// - `c:THEME`: the weight of the codebook's cues for a theme that matched, at most 3 ("c:where-we-live");
/// - `k:THEME`: 1 where the codebook's cue rules alone would tag the theme ("k:relationships");
/// - `p:POINT`: 1 where one of a codebook point's cue phrases appears (`PointCues`: "p:seeing-family"), its
///   words those of the phrase;
/// - `r:POLARITY`: what the rule-based polarity reader says ("r:request");
/// - `t:+`, `t:-`, `t:ask`, `t:ask-soft`: how much praise, complaint and asking its word lists counted, each at
///   most 3;
/// - `s:+`, `s:-`: how much praise and complaint the feeling words hold (`FeelingWords`, a negated word counting
///   for the other side at half strength), each at most 2;
/// - `i:request-start`: a sentence starts with a word that usually asks (`RequestStarts`: "Give", "Make",
///   "Someone", "To"), not followed by "you" or "i" ("do you", "can i" are questions);
/// - `i:imperative`: a sentence starts by telling someone what to do (`ImperativeVerbs`: "Offer me...", "Make
///   sure...", "Don't give up on us"), a narrower reading than `i:request-start`;
/// - `q:?`: the comment asks a question; `x:number`: it holds a number ("37% of care leavers...").
///
/// `CommentFeatures.read` finds them once and hands them to a `FeatureSink`: `NamedFeatures` spells the names
/// out (for training and `--explain`); `ModelInput` looks each up in the models' `FeatureIndex` without building
/// a name (for tagging, where speed matters). Both see the same features in the same order.
enum CommentFeatures {
    /// The three features a word can give.
    enum WordFeature { case word, negated, first }

    /// The whole-comment features whose names never change, so a model can find them without a lookup.
    enum Fixed: Int, CaseIterable {
        case rulePositive, ruleNegative, ruleRequest, ruleNeutral, tallyPositive, tallyNegative, tallyAsk
        case tallySoftAsk, feelingPositive, feelingNegative, requestStart, imperative, question, number

        var name: String {
            switch self {
            case .rulePositive: "r:positive"
            case .ruleNegative: "r:negative"
            case .ruleRequest: "r:request"
            case .ruleNeutral: "r:neutral"
            case .tallyPositive: "t:+"
            case .tallyNegative: "t:-"
            case .tallyAsk: "t:ask"
            case .tallySoftAsk: "t:ask-soft"
            case .feelingPositive: "s:+"
            case .feelingNegative: "s:-"
            case .requestStart: "i:request-start"
            case .imperative: "i:imperative"
            case .question: "q:?"
            case .number: "x:number"
            }
        }

        static func rule(_ polarity: Polarity) -> Fixed {
            switch polarity {
            case .positive: .rulePositive
            case .negative: .ruleNegative
            case .request: .ruleRequest
            case .neutral: .ruleNeutral
            }
        }
    }

    /// Whether a feature stands for a theme's codebook cues (`c:` or `k:`), whose evidence is the cues' words.
    static func isCueFeature(_ name: String) -> Bool { name.hasPrefix("c:") || name.hasPrefix("k:") }

    /// `ruleThemes`: the themes the cue rules tagged, by their place in `reading.themeIDs`.
    static func read<Sink: FeatureSink>(_ reading: Reading, rulePolarity: Polarity, ruleThemes: [Int],
                                        tally: PolarityClassifier.Tally, points: PointCues, into sink: inout Sink) {
        var praise = 0.0, complaint = 0.0
        let words = reading.words
        for (index, word) in words.enumerated() {
            let sentence = reading.sentenceOfWord[index]
            let startsSentence = index == 0 || reading.sentenceOfWord[index - 1] != sentence
            sink.word(.word, at: index)
            if startsSentence {
                sink.word(.first, at: index)
                let next = index + 1 < words.count ? words[index + 1].word : ""
                if KnownWords.facts(word.known).startsRequest, next != "you", next != "i" {
                    sink.fixed(.requestStart, 1, words: index..<(index + 1))
                }
                let third = index + 2 < words.count && reading.sentenceOfWord[index + 2] == sentence ? words[index + 2].word : ""
                if ImperativeVerbs.isImperative(word.word, next, third) {
                    sink.fixed(.imperative, 1, words: index..<(index + 1))
                }
            }
            let negated = reading.isNegated(index)
            if var rating = KnownWords.facts(word.known).feeling {
                if negated { rating *= -0.5 }
                if rating > 0 { praise += rating } else { complaint -= rating }
            }
            if negated { sink.word(.negated, at: index) }
            if index + 1 < words.count, reading.sentenceOfWord[index + 1] == sentence { sink.pair(at: index) }
        }
        for theme in reading.order { sink.cue(theme, ruleTagged: false, min(3, reading.weight[theme])) }
        for theme in ruleThemes { sink.cue(theme, ruleTagged: true, 1) }
        points.forEachPoint(in: reading) { sink.point($0, words: $1) }
        sink.fixed(.rule(rulePolarity), 1, words: 0..<0)
        for (feature, count) in [(Fixed.tallyPositive, tally.positive), (.tallyNegative, tally.negative),
                                 (.tallyAsk, tally.request), (.tallySoftAsk, tally.softRequest)] where count > 0 {
            sink.fixed(feature, min(3, count), words: 0..<0)
        }
        if praise > 0 { sink.fixed(.feelingPositive, min(2, praise / 4), words: 0..<0) }
        if complaint > 0 { sink.fixed(.feelingNegative, min(2, complaint / 4), words: 0..<0) }
        let (question, number) = questionAndDigit(reading.source.text)
        if question { sink.fixed(.question, 1, words: 0..<0) }
        if number { sink.fixed(.number, 1, words: 0..<0) }
    }

    /// Whether the text holds a "?" and whether it holds a digit 0-9, in one pass over its contiguous bytes
    /// (two searches through the string's UTF-8 view cost about 1,500 instructions a comment).
    static func questionAndDigit(_ text: String) -> (question: Bool, digit: Bool) {
        var text = text
        return text.withUTF8 { bytes in
            var question = false, digit = false
            for byte in bytes {
                if byte == 63 { question = true } else if byte &- 48 < 10 { digit = true }
                if question && digit { break }
            }
            return (question, digit)
        }
    }
}

/// Receives a comment's features from `CommentFeatures.read`. A feature met twice counts once, at its first place.
protocol FeatureSink {
    /// A word's own feature (`w:`), its negated form (`n:`) or its first-in-sentence form (`f:`).
    mutating func word(_ kind: CommentFeatures.WordFeature, at index: Int)
    /// The word at `index` and the next (`b:`).
    mutating func pair(at index: Int)
    /// A theme's cue weight (`c:THEME`), or that the cue rules tagged it (`k:THEME`), the theme by its place in
    /// the reading's `themeIDs`.
    mutating func cue(_ theme: Int, ruleTagged: Bool, _ value: Double)
    /// A codebook point's cue phrase (`p:POINT`), by the point's number in `PointCues.ids`, at its words.
    mutating func point(_ number: Int32, words: Range<Int>)
    /// A whole-comment feature with a fixed name.
    mutating func fixed(_ feature: CommentFeatures.Fixed, _ value: Double, words: Range<Int>)
    /// Any other feature, by its full name: the way in for a new source of features (`ModelInput` finds it
    /// by one lookup of the name, so keep such features to a few a comment).
    mutating func named(_ name: String, _ value: Double, words: Range<Int>)
}

/// Features with their names spelled out: what `heard themes features` writes for training.
struct NamedFeatures: FeatureSink {
    struct Feature {
        var name: String
        var value: Double
        /// The read words it came from; empty for whole-comment features.
        var words: Range<Int>
    }

    let reading: Reading
    /// Point number -> id (`PointCues.ids`).
    let pointIDs: [String]
    private(set) var features: [Feature] = []
    private var seen: Set<String> = []

    init(_ reading: Reading, pointIDs: [String] = []) {
        self.reading = reading
        self.pointIDs = pointIDs
    }

    mutating func word(_ kind: CommentFeatures.WordFeature, at index: Int) {
        let prefix = switch kind { case .word: "w:" case .negated: "n:" case .first: "f:" }
        named(prefix + reading.words[index].modelStem, 1, words: index..<(index + 1))
    }

    mutating func pair(at index: Int) {
        named("b:" + reading.words[index].modelStem + " " + reading.words[index + 1].modelStem, 1, words: index..<(index + 2))
    }

    mutating func cue(_ theme: Int, ruleTagged: Bool, _ value: Double) {
        named((ruleTagged ? "k:" : "c:") + reading.themeIDs[theme], value, words: 0..<0)
    }

    mutating func point(_ number: Int32, words: Range<Int>) {
        named("p:" + pointIDs[Int(number)], 1, words: words)
    }

    mutating func fixed(_ feature: CommentFeatures.Fixed, _ value: Double, words: Range<Int>) {
        named(feature.name, value, words: words)
    }

    mutating func named(_ name: String, _ value: Double, words: Range<Int>) {
        if seen.insert(name).inserted { features.append(Feature(name: name, value: value, words: words)) }
    }
}
