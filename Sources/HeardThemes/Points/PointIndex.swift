import HeardCore

/// One theme's point cues compiled for matching: every distinct phrase once, indexed by its first stem (or,
/// for a one-word `word*` cue, by its first three letters), and for each phrase the points it is a cue of and
/// the `together:` pair sides it stands on, so a comment's few found phrases lead straight to its points.
struct PointIndex: Sendable {
    /// A cue phrase as stems; a `*` cue's last word is a prefix of the comment's folded word instead.
    struct Phrase: Sendable, Hashable {
        var stems: [String]
        var prefix: String?
        var length: Int { stems.count + (prefix == nil ? 0 : 1) }
    }

    struct CompiledPoint: Sendable {
        /// Index into the book's points.
        var point: Int
        var isBroad: Bool
    }

    private(set) var phrases: [Phrase] = []
    private(set) var points: [CompiledPoint] = []
    /// Per phrase: the points (indices into `points`) it is a cue of, and the pair sides it stands on.
    private(set) var cueOwners: [[Int]] = []
    private(set) var pairOwners: [[PairSide]] = []
    private var numbers: [Phrase: Int] = [:]
    private var byFirstStem: [String: [Int]] = [:]
    private var byPrefixStart: [UInt32: [Int]] = [:]
    private var shortPrefixes: [Int] = []

    /// One side of one `together:` pair of one point.
    struct PairSide: Sendable {
        var point: Int
        var pair: Int
        var isFirst: Bool
    }

    /// Compiles the points at `indices` of `book` (all of one theme).
    init(book: PointBook, indices: [Int]) {
        for index in indices {
            let point = book.points[index]
            let cues = point.cues.compactMap { add($0) }
            let pairs = point.pairs.map { pair in (pair.first.compactMap { add($0) }, pair.second.compactMap { add($0) }) }
            let local = points.count
            for cue in cues where !cueOwners[cue].contains(local) { cueOwners[cue].append(local) }
            for (number, pair) in pairs.enumerated() {
                for phrase in pair.0 { pairOwners[phrase].append(PairSide(point: local, pair: number, isFirst: true)) }
                for phrase in pair.1 { pairOwners[phrase].append(PairSide(point: local, pair: number, isFirst: false)) }
            }
            points.append(CompiledPoint(point: index, isBroad: point.isBroad))
        }
    }

    /// The first three UTF-8 bytes of a word as one number, for looking `word*` cues up; nil when shorter.
    static func prefixKey(_ word: String) -> UInt32? {
        var key: UInt32 = 0
        var count = 0
        for byte in word.utf8 {
            key = key << 8 | UInt32(byte)
            count += 1
            if count == 3 { return key }
        }
        return nil
    }

    /// A cue's stems, read like a comment: folded, text-speak spelled out, stemmed.
    static func phrase(_ cue: String) -> Phrase? {
        var text = cue.trimmingCharacters(in: .whitespaces)
        let isPrefix = text.hasSuffix("*")
        if isPrefix { text.removeLast() }
        let reading = TextReading(text)
        guard isPrefix else {
            let stems = reading.words().map { Stemmer.stem($0.text) }
            return stems.isEmpty ? nil : Phrase(stems: stems, prefix: nil)
        }
        let tokens = reading.tokens.filter(\.isWordLike)
        guard let last = tokens.last else { return nil }
        let leading = tokens.dropLast().flatMap(\.words).map(Stemmer.stem)
        return Phrase(stems: leading, prefix: last.folded)
    }

    private mutating func add(_ cue: String) -> Int? {
        guard let phrase = Self.phrase(cue) else { return nil }
        if let number = numbers[phrase] { return number }
        let number = phrases.count
        phrases.append(phrase)
        cueOwners.append([])
        pairOwners.append([])
        numbers[phrase] = number
        if let first = phrase.stems.first {
            byFirstStem[first, default: []].append(number)
        } else if let prefix = phrase.prefix, let key = Self.prefixKey(prefix) {
            byPrefixStart[key, default: []].append(number)
        } else {
            shortPrefixes.append(number)
        }
        return number
    }

    /// The phrases found in a comment, longest first where they overlap, each with the sentence it is in.
    func found(in comment: PointMatcher.ReadComment) -> [(phrase: Int, sentence: Int)] {
        var found: [(phrase: Int, sentence: Int)] = []
        var position = 0
        let count = comment.stems.count
        while position < count {
            var bestLength = 0
            var best: [Int] = []
            let byStem = byFirstStem[comment.stems[position]]
            let byPrefix = comment.prefixKeys[position].flatMap { byPrefixStart[$0] }
            if byStem != nil || byPrefix != nil || !shortPrefixes.isEmpty {
                for list in [byStem ?? [], byPrefix ?? [], shortPrefixes] {
                    for number in list {
                        let length = phrases[number].length
                        guard length >= bestLength, matches(phrases[number], comment, at: position) else { continue }
                        if length > bestLength {
                            bestLength = length
                            best = [number]
                        } else {
                            best.append(number)
                        }
                    }
                }
            }
            if bestLength == 0 {
                position += 1
                continue
            }
            for number in best { found.append((number, comment.sentences[position])) }
            position += bestLength
        }
        return found
    }

    private func matches(_ phrase: Phrase, _ comment: PointMatcher.ReadComment, at start: Int) -> Bool {
        guard start + phrase.length <= comment.stems.count else { return false }
        for (offset, stem) in phrase.stems.enumerated() where comment.stems[start + offset] != stem { return false }
        if let prefix = phrase.prefix, !comment.folded[start + phrase.stems.count].hasPrefix(prefix) { return false }
        return true
    }
}
