import HeardCore

/// Tags a comment with every theme whose cues it holds, explainably:
///
/// - the comment is tokenised, shorthand and misspellings normalised ("ur sw" -> "your sw"), words stemmed;
/// - where matching cues overlap, the longest wins, so "live with my mum" counts for family, not for housing's
///   "live with"; cues of equal length for different themes all count;
/// - a not-cue ("pocket money") takes its words for no theme;
/// - a `together:` pair ("carers" ... "kind") anywhere in the comment counts as one cue;
/// - a cue weighs 1 and a weak cue 0.5; a theme is tagged when its distinct cues weigh 1 or more and at
///   least half the strongest theme's weight, in the whole comment or in one of its sentences (a long answer
///   can be about several things); in an answer of four words or fewer with no full cue, weak cues alone tag
///   ("the staff", "holidays");
/// - evidence is the matched words as the young person wrote them; confidence grows with the weight.
///
/// Officer corrections (`TagCorrections`) override the result for comments they name.
public struct KeywordTagger: ThemeTagging {
    /// The share of the strongest theme's weight another theme needs to be tagged too, chosen on the two
    /// development sets of comments (dev, dev2): 0.4, 0.5 and 0.6 were measured; 0.5 scored best on them.
    static let share = 0.5

    /// Answers of at most this many words may be tagged on weak cues alone.
    static let shortAnswer = 4

    public let framework: ThemeFramework
    /// Whether results list the codebook cues behind each tag (`heard tag --explain`); off in the nightly job.
    public var explains = false
    let index: CueIndex
    /// The framework's codebook points as model features (`p:POINT`).
    var points: PointCues
    let polarity = PolarityClassifier()
    private let corrections: TagCorrections

    /// `points`: the codebook points its model features read (`features(of:)`); nil: the ones Heard ships for
    /// the framework's id (none for a council's own codebook).
    public init(framework: ThemeFramework, corrections: TagCorrections = TagCorrections(), points: PointBook? = nil) {
        self.init(framework: framework, corrections: corrections, alsoNumbering: [], points: points)
    }

    /// `stems`: more stems for the cue index to number (a trained model's, see `FeatureIndex`).
    init(framework: ThemeFramework, corrections: TagCorrections = TagCorrections(), alsoNumbering stems: Set<String>,
         points: PointBook? = nil) {
        let book = points ?? BuiltInPoints.book(for: framework.id)
        self.framework = framework
        let index = CueIndex(framework: framework, alsoNumbering: stems.union(PointCues.stems(of: book)).sorted())
        self.index = index
        self.points = book.points.isEmpty ? .none : PointCues(book: book, numbering: index)
        self.corrections = corrections
    }

    public func tag(_ text: String) -> TaggingResult { tag(text, hint: nil) }

    /// `hint` is the polarity the question invites ("what could be better?" invites requests), used for ties.
    public func tag(_ text: String, hint: Polarity?) -> TaggingResult {
        let reading = Reading(text: text, index: index, explains: explains)
        let result = self.result(of: reading, polarity: polarity.classify(sentences: reading.sentences, hint: hint))
        return corrections.apply(to: result, text: text)
    }

    /// The cue rules' tags for a comment already read.
    func result(of reading: Reading, polarity: Polarity) -> TaggingResult {
        result(of: reading, topics: topics(of: reading), polarity: polarity)
    }

    /// The cue rules' tags for a comment already read, given its `topics(of:)`.
    func result(of reading: Reading, topics: [Int], polarity: Polarity) -> TaggingResult {
        let tags = topics.map { theme in
            ThemeTag(themeID: reading.themeIDs[theme], evidence: reading.evidence[theme],
                     confidence: min(1, 0.4 + 0.2 * reading.weight[theme]))
        }
        return TaggingResult(tags: tags, polarity: polarity, cues: reading.matchedCues)
    }

    /// The themes the cue rules tag, by their place in `reading.themeIDs`, in the order their first cue appears.
    func topics(of reading: Reading) -> [Int] {
        let strongest = reading.weight.max() ?? 0
        // A short answer ("the staff", "holidays") is about what it names, even when that is only a weak cue.
        let least = reading.words.count <= Self.shortAnswer && strongest < 1 ? 0.5 : 1
        // A theme far weaker than the strongest (under half its weight) is a passing mention, not a topic,
        // unless it is a topic of one of the comment's sentences.
        var topics = [Bool](repeating: false, count: reading.weight.count)
        for theme in reading.order where reading.weight[theme] >= least && reading.weight[theme] >= Self.share * strongest {
            topics[theme] = true
        }
        if reading.sentenceCount >= 2 {
            for weights in reading.sentenceWeight where !weights.isEmpty {
                let top = weights.max() ?? 0
                for (theme, weight) in weights.enumerated() where weight >= 1 && weight >= Self.share * top { topics[theme] = true }
            }
        }
        return reading.order.filter { topics[$0] }
    }
}

extension KeywordTagger {
    /// The features a trained model reads in `text` (see `CommentFeatures`), by name, for offline training.
    public func features(of text: String) -> [(name: String, value: Double)] {
        let reading = Reading(text: text, index: index, explains: false)
        var named = NamedFeatures(reading, pointIDs: points.ids)
        readFeatures(reading, ruleThemes: topics(of: reading), into: &named)
        return named.features.map { ($0.name, $0.value) }
    }

    /// A read comment's model features, given the themes the cue rules tagged; returns the rule polarity
    /// (without a hint) it read on the way.
    @discardableResult
    /// `ruleThemes`: the themes the cue rules tagged, by place in `reading.themeIDs` (`topics(of:)`).
    func readFeatures<Sink: FeatureSink>(_ reading: Reading, ruleThemes: [Int], into sink: inout Sink) -> Polarity {
        let (rule, tally) = polarity.classifyAndTally(sentences: reading.sentences)
        CommentFeatures.read(reading, rulePolarity: rule, ruleThemes: ruleThemes, tally: tally, points: points, into: &sink)
        return rule
    }
}
