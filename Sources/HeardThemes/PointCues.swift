import HeardCore

/// A framework's codebook points (`Data/points/<framework>.txt`, read by `PointFile`) as model features:
/// `p:POINT` (value 1) when one of the point's `cues:` phrases appears anywhere in the comment, its words in a
/// row. Phrases are read as `PointMatcher` reads them (`PointIndex.phrase`: stems, and a `*` on the last word
/// matching the start of the comment's word); the comment's words are the tagger's own (`Reading`), numbered by
/// the codebook's `CueIndex`, so finding the points costs one array look-up a word.
///
/// Unlike a summary's points, every point counts whatever the comment's themes, `together:` pairs and `broad:`
/// are not read, and overlapping phrases do not compete: each point is a feature of its own. Its words (for a
/// tag's evidence) are those of its first phrase in the comment. The Python twin is `Scripts/themes/points.py`
/// (`Scripts/themes/points_differential.py` compares the two on every statement).
struct PointCues: Sendable {
    /// A phrase, with the points it is a cue of.
    struct Phrase: Sendable {
        /// Stem numbers in the `CueIndex`; a prefix phrase's last word is matched by `prefix` instead.
        var stems: [Int32]
        var prefix: String?
        var points: [Int32]
        var length: Int { stems.count + (prefix == nil ? 0 : 1) }
    }

    /// Point number -> id, in the book's order.
    let ids: [String]
    private var phrases: [Phrase] = []
    /// Phrases by the number of their first stem.
    private var byFirstStem: [[Int32]]
    /// One-word prefix phrases whose prefix starts with three letters a-z, by those letters (`letterKey`).
    private var prefixByLetters: [[Int32]]
    /// Every other one-word prefix phrase, tried on every word.
    private var otherPrefixes: [Int32] = []

    /// The stems the book's point cues name: the `CueIndex` must number them (`ThemeTagger`, `KeywordTagger`).
    static func stems(of book: PointBook) -> Set<String> {
        Set(book.points.flatMap(\.cues).compactMap(PointIndex.phrase).flatMap(\.stems))
    }

    /// No points: a council's own codebook, or a framework Heard ships no points for.
    static let none = PointCues(book: PointBook(frameworkID: "", points: []), numbering: nil)

    /// `index` must number every stem of `stems(of: book)`.
    init(book: PointBook, numbering index: CueIndex?) {
        ids = book.points.map(\.id)
        byFirstStem = [[Int32]](repeating: [], count: index?.stemNumbers.count ?? 0)
        prefixByLetters = [[Int32]](repeating: [], count: book.points.isEmpty ? 0 : 26 * 26 * 26)
        var numbers: [PointIndex.Phrase: Int] = [:]
        for (point, entry) in book.points.enumerated() {
            for phrase in entry.cues.compactMap(PointIndex.phrase) {
                if let known = numbers[phrase] {
                    if !phrases[known].points.contains(Int32(point)) { phrases[known].points.append(Int32(point)) }
                    continue
                }
                guard let index else { continue }
                let stems = phrase.stems.map { index.number(ofStem: $0) }
                precondition(!stems.contains(-1), "the cue index numbers every stem of the points")
                let number = Int32(phrases.count)
                numbers[phrase] = phrases.count
                phrases.append(Phrase(stems: stems, prefix: phrase.prefix, points: [Int32(point)]))
                if let first = stems.first {
                    byFirstStem[Int(first)].append(number)
                } else if let key = phrase.prefix.flatMap(Self.letterKey) {
                    prefixByLetters[key].append(number)
                } else {
                    otherPrefixes.append(number)
                }
            }
        }
    }

    /// The first three bytes of a word as a number below 26³ when they are all letters a-z, else nil.
    @inline(__always)
    static func letterKey(_ word: String) -> Int? {
        var key = 0, taken = 0
        for byte in word.utf8 {
            guard byte >= 97, byte <= 122 else { return nil }
            key = key * 26 + Int(byte - 97)
            taken += 1
            if taken == 3 { return key }
        }
        return nil
    }

    /// Calls `body` once for each point the comment makes, with the words of its first phrase, in word order.
    func forEachPoint(in reading: Reading, _ body: (Int32, Range<Int>) -> Void) {
        guard !phrases.isEmpty else { return }
        var seen = [Bool](repeating: false, count: ids.count)
        let words = reading.words, stems = reading.stemNumbers
        // The phrase is read in place: copying it (its stems, prefix and points) cost a retain and a release of
        // each for every candidate at every word.
        func tryPhrase(_ number: Int32, at start: Int) {
            let place = Int(number)
            let stemCount = phrases[place].stems.count, length = phrases[place].length
            guard start + length <= words.count else { return }
            for offset in 0..<stemCount where stems[start + offset] != phrases[place].stems[offset] { return }
            if let prefix = phrases[place].prefix, !words[start + stemCount].word.hasPrefix(prefix) { return }
            for point in phrases[place].points where !seen[Int(point)] {
                seen[Int(point)] = true
                body(point, start..<(start + length))
            }
        }
        for position in words.indices {
            let stem = stems[position]
            if stem >= 0 { for number in byFirstStem[Int(stem)] { tryPhrase(number, at: position) } }
            if let key = Self.letterKey(words[position].word) {
                for number in prefixByLetters[key] { tryPhrase(number, at: position) }
            }
            for number in otherPrefixes { tryPhrase(number, at: position) }
        }
    }
}
