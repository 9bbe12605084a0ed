import HeardCore

/// Tags a comment with every theme whose cues it holds, explainably:
///
/// - the comment is tokenised, shorthand and misspellings normalised ("ur sw" -> "your sw"), words stemmed;
/// - where matching cues overlap, the longest wins, so "live with my mum" counts for family, not for housing's
///   "live with"; cues of equal length for different themes all count;
/// - a not-cue ("pocket money") takes its words for no theme;
/// - a `together:` pair ("carers" ... "kind") anywhere in the comment counts as one cue;
/// - a cue weighs 1 and a weak cue 0.5; a theme is tagged when its distinct cues weigh 1 or more and at
///   least half the strongest theme's weight; in an answer of four words or fewer with no full cue, weak
///   cues alone tag ("the staff", "holidays");
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
    private let index: CueIndex
    private let polarity = PolarityClassifier()
    private let corrections: TagCorrections

    public init(framework: ThemeFramework, corrections: TagCorrections = TagCorrections()) {
        self.framework = framework
        self.index = CueIndex(framework: framework)
        self.corrections = corrections
    }

    public func tag(_ text: String) -> TaggingResult { tag(text, hint: nil) }

    /// `hint` is the polarity the question invites ("what could be better?" invites requests), used for ties.
    public func tag(_ text: String, hint: Polarity?) -> TaggingResult {
        let tokens = Tokeniser.tokens(text)
        let words = CommentReader.read(tokens)
        var weight: [String: Double] = [:]
        var evidence: [String: [String]] = [:]
        var seenCues: Set<Int> = []
        var matchedCues: [String: [String]] = [:]
        var order: [String] = []
        // Every position's longest cues; then the longest spans win where spans overlap.
        var spans: [(start: Int, length: Int, cues: [CueIndex.Cue])] = []
        for position in words.indices {
            var bestLength = 0
            var best: [CueIndex.Cue] = []
            for cue in index.candidates(at: words[position]) where index.matches(cue, words, at: position) {
                let length = cue.stems.count
                if length > bestLength {
                    bestLength = length
                    best = [cue]
                } else if length == bestLength {
                    best.append(cue)
                }
            }
            // A not-cue as long as the longest cue here takes its words for no theme.
            if best.contains(where: \.isNot) { best = [] }
            if bestLength > 0 { spans.append((position, bestLength, best)) }
        }
        var taken = [Bool](repeating: false, count: words.count)
        var chosen: [(start: Int, length: Int, cues: [CueIndex.Cue])] = []
        for span in spans.sorted(by: { ($0.length, -$0.start) > ($1.length, -$1.start) })
        where !taken[span.start..<(span.start + span.length)].contains(true) {
            for offset in 0..<span.length { taken[span.start + offset] = true }
            chosen.append(span)
        }
        for span in chosen.sorted(by: { $0.start < $1.start }) {
            let first = tokens[words[span.start].token], last = tokens[words[span.start + span.length - 1].token]
            let surface = String(text[first.range.lowerBound..<last.range.upperBound])
            // One span counts once per theme, at its strongest cue ("house" is not also "housing").
            var strongest: [String: Double] = [:]
            for cue in span.cues where seenCues.insert(cue.number).inserted {
                strongest[cue.themeID] = max(strongest[cue.themeID] ?? 0, cue.weight)
                if explains { matchedCues[cue.themeID, default: []].append("\(cue.text) (\(cue.weight == 1 ? "1" : "0.5"))") }
            }
            for cue in span.cues where strongest[cue.themeID] != nil {
                guard let gained = strongest.removeValue(forKey: cue.themeID) else { continue }
                if weight[cue.themeID] == nil { order.append(cue.themeID) }
                weight[cue.themeID, default: 0] += gained
                if !(evidence[cue.themeID]?.contains(surface) ?? false) { evidence[cue.themeID, default: []].append(surface) }
            }
        }
        // Co-occurrence cues: one full cue per pair found, its two phrases as evidence.
        for compiled in index.pairs {
            guard let (one, two) = compiled.find(in: words) else { continue }
            let surfaces = [one, two].map { range in
                String(text[tokens[words[range.lowerBound].token].range.lowerBound..<tokens[words[range.upperBound - 1].token].range.upperBound])
            }
            if weight[compiled.themeID] == nil { order.append(compiled.themeID) }
            weight[compiled.themeID, default: 0] += 1
            let phrase = surfaces.joined(separator: " \u{2026} ")
            if !(evidence[compiled.themeID]?.contains(phrase) ?? false) { evidence[compiled.themeID, default: []].append(phrase) }
            if explains { matchedCues[compiled.themeID, default: []].append("together: \(surfaces[0]) + \(surfaces[1]) (1)") }
        }
        // A theme far weaker than the strongest (under half its weight) is a passing mention, not a topic.
        let strongest = weight.values.max() ?? 0
        // A short answer ("the staff", "holidays") is about what it names, even when that is only a weak cue.
        let least = words.count <= Self.shortAnswer && strongest < 1 ? 0.5 : 1
        let tags = order.filter { weight[$0]! >= least && weight[$0]! >= Self.share * strongest }.map { theme in
            ThemeTag(themeID: theme, evidence: evidence[theme] ?? [], confidence: min(1, 0.4 + 0.2 * weight[theme]!))
        }
        let result = TaggingResult(tags: tags, polarity: polarity.classify(words.map(\.word), hint: hint),
                                   cues: matchedCues)
        return corrections.apply(to: result, text: text)
    }
}
