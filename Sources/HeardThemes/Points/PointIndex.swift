import HeardCore

/// One theme's point cues compiled for matching: every distinct phrase once, indexed by its first stem (or,
/// for a one-word `word*` cue, by its first three letters), and for each point the phrases that are its cues
/// and the phrase lists of its `together:` pairs.
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
        var cues: [Int]
        var pairs: [(first: [Int], second: [Int])]
    }

    private(set) var phrases: [Phrase] = []
    private(set) var points: [CompiledPoint] = []
    private var numbers: [Phrase: Int] = [:]
    private var byFirstStem: [String: [Int]] = [:]
    private var byPrefixStart: [Substring: [Int]] = [:]
    private var shortPrefixes: [Int] = []

    /// Compiles the points at `indices` of `book` (all of one theme).
    init(book: PointBook, indices: [Int]) {
        for index in indices {
            let point = book.points[index]
            let cues = point.cues.compactMap { add($0) }
            let pairs = point.pairs.map { pair in (pair.first.compactMap { add($0) }, pair.second.compactMap { add($0) }) }
            points.append(CompiledPoint(point: index, isBroad: point.isBroad, cues: cues, pairs: pairs))
        }
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
        numbers[phrase] = number
        if let first = phrase.stems.first {
            byFirstStem[first, default: []].append(number)
        } else if let prefix = phrase.prefix, prefix.count >= 3 {
            byPrefixStart[prefix.prefix(3), default: []].append(number)
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
            func consider(_ number: Int) {
                let phrase = phrases[number]
                let length = phrase.length
                guard length >= bestLength, matches(phrase, comment, at: position) else { return }
                if length > bestLength { bestLength = length; best = [number] } else { best.append(number) }
            }
            for number in byFirstStem[comment.stems[position]] ?? [] { consider(number) }
            let folded = comment.folded[position]
            if folded.utf8.count >= 3, let sameStart = byPrefixStart[folded.prefix(3)] {
                for number in sameStart { consider(number) }
            }
            for number in shortPrefixes { consider(number) }
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
