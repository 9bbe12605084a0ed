import HeardCore

/// Cues indexed by their first stem, for one pass over a comment. Every stem a cue or a `together:` pair names
/// (and any others the tagger asks for, such as its models') is numbered once here (`number(ofStem:)`), so a
/// comment's words are looked up once and matched by number.
struct CueIndex {
    struct Cue {
        /// The stems by number; a prefix cue's last place is -1 (matched by `prefix`).
        var stems: [Int32]
        var themeID: String
        /// The theme's place in `CueIndex.themeIDs`; -1 for a not-cue.
        var theme: Int32
        var weight: Double
        /// The last word matches as a prefix (`foster*`, `foster carer*`).
        var prefix: String?
        var text: String
        /// Unique within the index, so a comment can count each cue once cheaply.
        var number = 0
        /// A not-cue: its words count for no theme.
        var isNot: Bool { themeID.isEmpty }
    }

    /// The codebook's theme ids, each once: a comment's weights and evidence are kept by place here.
    private(set) var themeIDs: [String] = []
    /// Stem -> number (looked up for every word of every comment: `WordNumbers` hashes no faster way).
    private(set) var stemNumbers = WordNumbers([String]())
    /// Every cue; the index and a comment's spans refer to them by place.
    private(set) var cues: [Cue] = []
    /// Every cue's stems laid out flat: cue `c`'s are `cueStems[cueStemStart[c]..<cueStemStart[c + 1]]`, read
    /// for every candidate cue of every word without retaining a cue's own array.
    private var cueStems: [Int32] = []
    private var cueStemStart: [Int32] = [0]
    /// Cues by the number of their first stem.
    private var byFirstStem: [[Int32]] = []
    /// Prefix cues whose first three characters are ASCII, by those three bytes; the others by their first
    /// three characters; shorter prefixes are tried on every word.
    private var prefixCuesByBytes: [UInt32: [Int32]] = [:]
    private var prefixCuesByStart: [Substring: [Int32]] = [:]
    /// The first two bytes of every key of `prefixCuesByBytes`, as bits.
    private var prefixStarts = ASCIIPairBits()
    private var shortPrefixCues: [Int32] = []

    /// Co-occurrence cues, every theme's.
    private(set) var pairs: [CompiledPair] = []
    /// By stem number: bit 2p when pair p's first side can start at the stem, bit 2p + 1 for its second side
    /// (pairs from the 33rd on are tried at every word).
    private(set) var pairSides: [UInt64] = []

    init(framework: ThemeFramework, alsoNumbering more: some Sequence<String> = [String]()) {
        for theme in framework.themes where !themeIDs.contains(theme.id) { themeIDs.append(theme.id) }
        for theme in framework.themes {
            for pair in theme.pairs {
                let sides = [pair.first, pair.second].map { side in
                    side.map(CommentReader.cueStems).filter { !$0.isEmpty }.map { $0.map { number(adding: $0) } }
                }
                pairs.append(CompiledPair(themeID: theme.id, theme: number(ofTheme: theme.id), pair: pair,
                                          first: sides[0], second: sides[1]))
            }
            for (texts, weight) in [(theme.cues, 1.0), (theme.weakCues, 0.5)] {
                for text in texts { add(text, theme: theme.id, weight: weight) }
            }
        }
        for text in framework.notCues { add(text, theme: "", weight: 0) }
        for stem in more { _ = number(adding: stem) }
        pairSides = [UInt64](repeating: 0, count: stemNumbers.count)
        for (place, pair) in pairs.enumerated() where place < 32 {
            for stem in pair.firstStarts { pairSides[Int(stem)] |= 1 << UInt64(2 * place) }
            for stem in pair.secondStarts { pairSides[Int(stem)] |= 1 << UInt64(2 * place + 1) }
        }
    }

    private var count = 0

    /// A theme's place in `themeIDs`; -1 for none (a not-cue's empty id).
    func number(ofTheme id: String) -> Int32 { themeIDs.firstIndex(of: id).map(Int32.init) ?? -1 }

    /// The number of a stem, or -1 when no cue, pair or model names it.
    func number(ofStem stem: String) -> Int32 { stemNumbers[stem] ?? -1 }

    private mutating func number(adding stem: String) -> Int32 {
        if let known = stemNumbers[stem] { return known }
        byFirstStem.append([])
        return stemNumbers.add(stem)
    }

    private mutating func add(_ text: String, theme: String, weight: Double) {
        count += 1
        if text.hasSuffix("*") {
            // "foster carer*": every word but the last as stems, the last as a prefix of the comment's word.
            var words = text.dropLast().lowercased().split(separator: " ").map(String.init)
            guard let stem = words.popLast() else { return }
            let leading = words.flatMap { CommentReader.cueStems($0) }.map { number(adding: $0) }
            let cue = Int32(cues.count)
            append(Cue(stems: leading + [-1], themeID: theme, theme: number(ofTheme: theme), weight: weight,
                       prefix: stem, text: text, number: count))
            if let first = leading.first {
                byFirstStem[Int(first)].append(cue)
            } else if stem.count >= 3 {
                let start = stem.prefix(3)
                if let key = Self.asciiKey(start.utf8) {
                    prefixCuesByBytes[key, default: []].append(cue)
                    prefixStarts.insert(key)
                } else {
                    prefixCuesByStart[start, default: []].append(cue)
                }
            } else {
                shortPrefixCues.append(cue)
            }
            return
        }
        let stems = CommentReader.cueStems(text).map { number(adding: $0) }
        guard let first = stems.first else { return }
        byFirstStem[Int(first)].append(Int32(cues.count))
        append(Cue(stems: stems, themeID: theme, theme: number(ofTheme: theme), weight: weight, prefix: nil,
                   text: text, number: count))
    }

    private mutating func append(_ cue: Cue) {
        cues.append(cue)
        cueStems += cue.stems
        cueStemStart.append(Int32(cueStems.count))
    }

    /// How many words the cue at `place` spans.
    @inline(__always)
    func length(of place: Int32) -> Int { Int(cueStemStart[Int(place) + 1] - cueStemStart[Int(place)]) }

    /// The first three bytes of a word as one number when they are ASCII (then they are its first three
    /// characters unless a combining mark follows, which `hasPrefix` then rules out), else nil.
    /// Read by a plain loop that stops at the third byte: `prefix(3)` of a string's bytes cost a slice and its
    /// index arithmetic for every word of every comment.
    @inline(__always)
    private static func asciiKey(_ bytes: some Collection<UInt8>) -> UInt32? {
        var key: UInt32 = 0, taken = 0
        for byte in bytes {
            guard byte < 0x80 else { return nil }
            key = key << 8 | UInt32(byte)
            taken += 1
            if taken == 3 { return key }
        }
        return nil
    }

    /// Calls `body` with the place of every cue that could start at `word` (whose stem is number `stem`),
    /// without gathering them into a new array. Inlined, so the caller's closure captures nothing: a closure
    /// context holding this index copied it (a retain and a release of each of its arrays) for every word.
    /// `word` is the comment's word as read (`ReadWord.word`): passing the whole `ReadWord` copied its three
    /// strings (a retain and a release of each) for every word of every comment.
    @inline(__always)
    func forEachCandidate(at word: String, stem: Int32, _ body: (Int32) -> Void) {
        if stem >= 0 { byFirstStem[Int(stem)].forEach(body) }
        if let key = Self.asciiKey(word.utf8) {
            // Most words share their first two bytes with no prefix cue: one bit says so without hashing.
            if prefixStarts.mayHold(key), let sameStart = prefixCuesByBytes[key] {
                for cue in sameStart where word.hasPrefix(cues[Int(cue)].prefix!) { body(cue) }
            }
        } else if word.utf8.count >= 3, let sameStart = prefixCuesByStart[word.prefix(3)] {
            for cue in sameStart where word.hasPrefix(cues[Int(cue)].prefix!) { body(cue) }
        }
        for cue in shortPrefixCues where word.hasPrefix(cues[Int(cue)].prefix!) { body(cue) }
    }

    /// Whether the cue at `place` matches the words from `start` (`stems`: the words' stem numbers).
    /// Reads the cue's stems alone (and its prefix only at a prefix cue's last place, whose stem is -1): copying
    /// the whole cue (its texts, theme id and prefix) cost a retain and a release of each for every candidate.
    func matches(_ place: Int32, _ words: [ReadWord], stems: [Int32], at start: Int) -> Bool {
        let lower = Int(cueStemStart[Int(place)]), length = Int(cueStemStart[Int(place) + 1]) - lower
        guard start + length <= words.count else { return false }
        for offset in 0..<length {
            let stem = cueStems[lower + offset]
            if stem == -1, offset == length - 1, let prefix = cues[Int(place)].prefix {
                if !words[start + offset].word.hasPrefix(prefix) { return false }
            } else if stems[start + offset] != stem {
                return false
            }
        }
        return true
    }
}
