import HeardCore

/// One comment read against a codebook: its words (from Heard's one text reader, `TextReading`), the cues that
/// matched (longest first where they overlap), the weight each theme gathered in the whole comment and in each
/// sentence, and the evidence. Themes are kept by their place in the codebook's `CueIndex.themeIDs`.
struct Reading {
    let source: TextReading
    let words: [ReadWord]
    /// Each word's stem by its number in the codebook's `CueIndex` (-1: no cue, pair or model names it).
    let stemNumbers: [Int32]
    /// The number of the stem the models read for each word (`ReadWord.modelStem`): `stemNumbers` but for
    /// irregular forms.
    let modelStemNumbers: [Int32]
    /// The sentence each word is in.
    let sentenceOfWord: [Int]
    /// The codebook's theme ids (`CueIndex.themeIDs`).
    let themeIDs: [String]
    /// By theme: the weight of its cues (0: none matched).
    private(set) var weight: [Double]
    /// By sentence, then by theme; empty for a sentence no cue weighed in (an array by sentence, not a
    /// dictionary: hashing each sentence's number cost more than the few sentences a comment has).
    private(set) var sentenceWeight: [[Double]] = []
    /// By theme: its cues' words as written.
    private(set) var evidence: [[String]]
    /// Themes in the order their first cue appears.
    private(set) var order: [Int] = []
    /// For `--explain`: the cues behind each theme.
    private(set) var matchedCues: [String: [String]] = [:]

    var sentenceCount: Int { (sentenceOfWord.last ?? 0) + 1 }

    /// The words grouped into sentences, with their polarity lists, for polarity; sentences without a word are
    /// left out. A word's sentence never comes before the previous word's, so each sentence is gathered in one run
    /// (no empty list per sentence number and no filtering after).
    var sentences: [ListedWords] {
        var result: [ListedWords] = []
        var run = ListedWords(words: [], roles: [])
        var current = -1
        for index in words.indices {
            let sentence = sentenceOfWord[index]
            if sentence != current {
                if run.count > 0 { result.append(run) }
                run = ListedWords(words: [], roles: [])
                let left = words.count - index
                run.words.reserveCapacity(left)
                run.roles.reserveCapacity(left)
                current = sentence
            }
            run.words.append(words[index].word)
            run.roles.append(KnownWords.facts(words[index].known).roles)
        }
        if run.count > 0 { result.append(run) }
        return result
    }

    init(text: String, index: CueIndex, explains: Bool) {
        self.init(source: TextReading(text), index: index, explains: explains)
    }

    /// Reads a comment already read by `TextReading` (so one reading serves the tagger and the point matcher).
    init(source: TextReading, index: CueIndex, explains: Bool) {
        let words = CommentReader.read(source)
        self.source = source
        self.words = words
        themeIDs = index.themeIDs
        weight = [Double](repeating: 0, count: index.themeIDs.count)
        evidence = [[String]](repeating: [], count: index.themeIDs.count)
        sentenceOfWord = words.map { source.tokens[$0.token].sentence }
        // Each word is stemmed once, for its number; the stem's text is not kept (`ReadWord`).
        let stems = words.map { index.number(ofStem: Stemmer.stem($0.word)) }
        stemNumbers = stems
        var modelStems = stems
        for position in words.indices {
            if let lemma = KnownWords.facts(words[position].known).modelStem {
                modelStems[position] = index.number(ofStem: lemma)
            }
        }
        modelStemNumbers = modelStems
        let surface = { (range: Range<Int>) in
            String(source.original(tokens: words[range.lowerBound].token...words[range.upperBound - 1].token))
        }
        // The cues counted so far, by number: a comment matches a few, so a list beats hashing into a set.
        var seenCues: [Int] = []
        let (spans, spanCues) = Self.spans(words, stems: stems, index: index)
        for span in spans {
            let phrase = surface(span.start..<(span.start + span.length))
            // One span counts once per theme, at its strongest cue ("house" is not also "housing").
            // Cues are read in place by their place in the index: copying each (its texts, theme id and prefix)
            // cost a retain and a release of each string.
            var strongest: [(theme: Int32, weight: Double)] = []
            for place in spanCues[span.cues] {
                let number = index.cues[Int(place)].number
                guard !seenCues.contains(number) else { continue }
                seenCues.append(number)
                let theme = index.cues[Int(place)].theme, cueWeight = index.cues[Int(place)].weight
                if let at = strongest.firstIndex(where: { $0.theme == theme }) {
                    strongest[at].weight = max(strongest[at].weight, cueWeight)
                } else {
                    strongest.append((theme, max(0, cueWeight)))
                }
                if explains {
                    let cue = index.cues[Int(place)]
                    matchedCues[cue.themeID, default: []].append("\(cue.text) (\(cue.weight == 1 ? "1" : "0.5"))")
                }
            }
            for place in spanCues[span.cues] {
                let theme = index.cues[Int(place)].theme
                guard let at = strongest.firstIndex(where: { $0.theme == theme }) else { continue }
                add(strongest.remove(at: at).weight, to: Int(theme), evidence: phrase, sentence: sentenceOfWord[span.start])
            }
        }
        // Co-occurrence cues: one full cue per pair found, its two phrases as evidence; they count for the
        // whole comment, not for a sentence.
        let sides = stems.map { $0 >= 0 ? index.pairSides[Int($0)] : 0 }
        for (place, compiled) in index.pairs.enumerated() {
            guard let (one, two) = compiled.find(stems: stems, sides: sides, place: place) else { continue }
            add(1, to: Int(compiled.theme), evidence: surface(one) + " \u{2026} " + surface(two), sentence: nil)
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

    private mutating func add(_ gained: Double, to theme: Int, evidence phrase: String, sentence: Int?) {
        if !order.contains(theme) { order.append(theme) }
        weight[theme] += gained
        if let sentence {
            if sentenceWeight.isEmpty { sentenceWeight = [[Double]](repeating: [], count: sentenceCount) }
            if sentenceWeight[sentence].isEmpty { sentenceWeight[sentence] = [Double](repeating: 0, count: themeIDs.count) }
            sentenceWeight[sentence][theme] += gained
        }
        if !evidence[theme].contains(phrase) { evidence[theme].append(phrase) }
    }

    /// Every position's longest cues; then the longest spans win where spans overlap. In word order.
    /// The cues by their place in the index, each span's a range of the one list returned beside the spans (an
    /// array of cues per span was an allocation for every word a cue starts at).
    static func spans(_ words: [ReadWord], stems: [Int32], index: CueIndex)
        -> (spans: [(start: Int, length: Int, cues: Range<Int>)], cues: [Int32]) {
        var spans: [(start: Int, length: Int, cues: Range<Int>)] = []
        var found: [Int32] = []
        for position in words.indices {
            var bestLength = 0
            let mark = found.count
            index.forEachCandidate(at: words[position].word, stem: stems[position]) { cue in
                guard index.matches(cue, words, stems: stems, at: position) else { return }
                let length = index.length(of: cue)
                if length > bestLength {
                    bestLength = length
                    found.removeSubrange(mark...)
                    found.append(cue)
                } else if length == bestLength {
                    found.append(cue)
                }
            }
            // A not-cue as long as the longest cue here takes its words for no theme.
            if found[mark...].contains(where: { index.cues[Int($0)].isNot }) { found.removeSubrange(mark...) }
            if bestLength > 0 { spans.append((position, bestLength, mark..<found.count)) }
        }
        // Spans found in word order that do not overlap are all chosen, already in order (most comments).
        if zip(spans, spans.dropFirst()).allSatisfy({ $0.start + $0.length <= $1.start }) { return (spans, found) }
        var taken = [Bool](repeating: false, count: words.count)
        var chosen: [(start: Int, length: Int, cues: Range<Int>)] = []
        for span in spans.sorted(by: { ($0.length, -$0.start) > ($1.length, -$1.start) })
        where !taken[span.start..<(span.start + span.length)].contains(true) {
            for offset in 0..<span.length { taken[span.start + offset] = true }
            chosen.append(span)
        }
        return (chosen.sorted { $0.start < $1.start }, found)
    }
}
