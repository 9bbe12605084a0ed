import HeardCore

/// Gives each comment the points it makes under the themes it was tagged with: "my social worker keeps
/// changing and I never see my sister" tagged with Build not break relationships gets "Keeping the same social
/// worker" and "Seeing brothers and sisters". A comment may get several points or none (it is then one of the
/// "other things" about its theme).
///
/// The comment is read once with HeardCore's `TextReading` (folded, text-speak spelled out) and its words
/// stemmed as theme cues are; each tagged theme's cues are then looked up word by word in a dictionary, so a
/// comment costs a few lookups per word and theme.
public struct PointMatcher: Sendable {
    public let book: PointBook
    private let indexes: [String: PointIndex]

    public init(book: PointBook) {
        self.book = book
        var byTheme: [String: [Int]] = [:]
        for (index, point) in book.points.enumerated() { byTheme[point.themeID, default: []].append(index) }
        indexes = byTheme.mapValues { PointIndex(book: book, indices: $0) }
    }

    /// A comment's words as point cues see them.
    struct ReadComment {
        var stems: [String] = []
        var folded: [String] = []
        var prefixKeys: [UInt32?] = []
        var sentences: [Int] = []

        init(_ text: String) { self.init(TextReading(text)) }

        init(_ reading: TextReading) {
            let words = reading.words()
            stems.reserveCapacity(words.count)
            folded.reserveCapacity(words.count)
            prefixKeys.reserveCapacity(words.count)
            sentences.reserveCapacity(words.count)
            for word in words {
                stems.append(Stemmer.stem(word.text))
                folded.append(word.text)
                prefixKeys.append(PointIndex.prefixKey(word.text))
                sentences.append(reading.tokens[word.token].sentence)
            }
        }
    }

    /// The ids of the points `text` makes under `themes`, in the order the book lists them.
    public func points(in text: String, themes: [String]) -> [String] {
        points(in: TextReading(text), themes: themes)
    }

    /// `points(in:themes:)` of a comment already read (`reading.text`).
    public func points(in reading: TextReading, themes: [String]) -> [String] {
        let relevant = themes.compactMap { indexes[$0] }
        guard !relevant.isEmpty else { return [] }
        let comment = ReadComment(reading)
        var matched: [Int] = []
        for index in relevant { matched += Self.matched(index, comment) }
        return matched.sorted().map { book.points[$0].id }
    }

    /// The book indices of the points one theme's index finds in the comment (broad ones only if no other).
    private static func matched(_ index: PointIndex, _ comment: ReadComment) -> [Int] {
        let found = index.found(in: comment)
        guard !found.isEmpty else { return [] }
        var hit = [Bool](repeating: false, count: index.points.count)
        var sides: [(side: PointIndex.PairSide, sentence: Int)] = []
        for (phrase, sentence) in found {
            for point in index.cueOwners[phrase] { hit[point] = true }
            for side in index.pairOwners[phrase] { sides.append((side, sentence)) }
        }
        // A pair holds when one of its first phrases and one of its second share a sentence.
        for first in sides where first.side.isFirst && !hit[first.side.point] {
            if sides.contains(where: { !$0.side.isFirst && $0.side.point == first.side.point
                && $0.side.pair == first.side.pair && $0.sentence == first.sentence }) {
                hit[first.side.point] = true
            }
        }
        var specific: [Int] = []
        var broad: [Int] = []
        for (local, point) in index.points.enumerated() where hit[local] {
            if point.isBroad { broad.append(point.point) } else { specific.append(point.point) }
        }
        return specific.isEmpty ? broad : specific
    }
}
