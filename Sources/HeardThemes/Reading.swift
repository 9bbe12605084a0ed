import HeardCore

/// One comment read against a codebook: its words (from Heard's one text reader, `TextReading`), the cues that
/// matched (longest first where they overlap), the weight each theme gathered in the whole comment and in each
/// sentence, and the evidence.
struct Reading {
    let source: TextReading
    let words: [ReadWord]
    /// The sentence each word is in.
    let sentenceOfWord: [Int]
    private(set) var weight: [String: Double] = [:]
    private(set) var sentenceWeight: [Int: [String: Double]] = [:]
    private(set) var evidence: [String: [String]] = [:]
    /// Themes in the order their first cue appears.
    private(set) var order: [String] = []
    /// For `--explain`: the cues behind each theme.
    private(set) var matchedCues: [String: [String]] = [:]

    var sentenceCount: Int { (sentenceOfWord.last ?? 0) + 1 }

    /// The words grouped into sentences, for polarity.
    var sentences: [[String]] {
        var result = [[String]](repeating: [], count: sentenceCount)
        for (index, word) in words.enumerated() { result[sentenceOfWord[index]].append(word.word) }
        return result.filter { !$0.isEmpty }
    }

    init(text: String, index: CueIndex, explains: Bool) {
        let source = TextReading(text)
        let words = CommentReader.read(source)
        self.source = source
        self.words = words
        sentenceOfWord = words.map { source.tokens[$0.token].sentence }
        let surface = { (range: Range<Int>) in
            String(source.original(tokens: words[range.lowerBound].token...words[range.upperBound - 1].token))
        }
        var seenCues: Set<Int> = []
        for span in Self.spans(words, index: index) {
            let phrase = surface(span.start..<(span.start + span.length))
            // One span counts once per theme, at its strongest cue ("house" is not also "housing").
            var strongest: [String: Double] = [:]
            for cue in span.cues where seenCues.insert(cue.number).inserted {
                strongest[cue.themeID] = max(strongest[cue.themeID] ?? 0, cue.weight)
                if explains { matchedCues[cue.themeID, default: []].append("\(cue.text) (\(cue.weight == 1 ? "1" : "0.5"))") }
            }
            for cue in span.cues {
                guard let gained = strongest.removeValue(forKey: cue.themeID) else { continue }
                add(gained, to: cue.themeID, evidence: phrase, sentence: sentenceOfWord[span.start])
            }
        }
        // Co-occurrence cues: one full cue per pair found, its two phrases as evidence; they count for the
        // whole comment, not for a sentence.
        for compiled in index.pairs {
            guard let (one, two) = compiled.find(in: words) else { continue }
            add(1, to: compiled.themeID, evidence: surface(one) + " \u{2026} " + surface(two), sentence: nil)
            if explains {
                matchedCues[compiled.themeID, default: []].append("together: \(surface(one)) + \(surface(two)) (1)")
            }
        }
    }

    /// The young person's own words for a run of read words, as written.
    func surface(_ range: Range<Int>) -> String {
        String(source.original(tokens: words[range.lowerBound].token...words[range.upperBound - 1].token))
    }

    /// Whether a negator governs the word (the reader's negation scope: forward, within its clause).
    func isNegated(_ word: Int) -> Bool { source.tokens[words[word].token].isNegated }

    private mutating func add(_ gained: Double, to theme: String, evidence phrase: String, sentence: Int?) {
        if weight[theme] == nil { order.append(theme) }
        weight[theme, default: 0] += gained
        if let sentence { sentenceWeight[sentence, default: [:]][theme, default: 0] += gained }
        if !(evidence[theme]?.contains(phrase) ?? false) { evidence[theme, default: []].append(phrase) }
    }

    /// Every position's longest cues; then the longest spans win where spans overlap. In word order.
    static func spans(_ words: [ReadWord], index: CueIndex) -> [(start: Int, length: Int, cues: [CueIndex.Cue])] {
        var spans: [(start: Int, length: Int, cues: [CueIndex.Cue])] = []
        for position in words.indices {
            var bestLength = 0
            var best: [CueIndex.Cue] = []
            index.forEachCandidate(at: words[position]) { cue in
                guard index.matches(cue, words, at: position) else { return }
                if cue.stems.count > bestLength {
                    bestLength = cue.stems.count
                    best = [cue]
                } else if cue.stems.count == bestLength {
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
        return chosen.sorted { $0.start < $1.start }
    }
}
