/// A co-occurrence cue: a word or phrase from `first` and one from `second` anywhere in the same comment count
/// as one full cue for the theme. "carers" alone says little, "kind" alone says little; "my carers are kind"
/// is about a relationship. Written in a codebook as `together: carer, carers, staff | kind, nice, listen`.
public struct CuePair: Sendable, Hashable {
    public var first: [String]
    public var second: [String]

    public init(first: [String], second: [String]) {
        self.first = first
        self.second = second
    }

    /// Reads "a, b | c, d"; nil unless both sides name something.
    public init?(line: String) {
        let sides = line.split(separator: "|", omittingEmptySubsequences: false)
        guard sides.count == 2 else { return nil }
        let lists = sides.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
        guard !lists[0].isEmpty, !lists[1].isEmpty else { return nil }
        self.init(first: lists[0], second: lists[1])
    }

    /// The codebook line for this pair.
    public var line: String { first.joined(separator: ", ") + " | " + second.joined(separator: ", ") }
}

/// A `CuePair` compiled to stems and indexed by each phrase's first stem, matched against a comment's words.
struct CompiledPair {
    var themeID: String
    var pair: CuePair
    private var first: [String: [[String]]] = [:]
    private var second: [String: [[String]]] = [:]

    init(themeID: String, pair: CuePair) {
        self.themeID = themeID
        self.pair = pair
        for stems in pair.first.map(CommentReader.cueStems) where !stems.isEmpty { first[stems[0], default: []].append(stems) }
        for stems in pair.second.map(CommentReader.cueStems) where !stems.isEmpty { second[stems[0], default: []].append(stems) }
    }

    /// The word ranges of the first phrase of each side found in `words`, or nil when a side is missing.
    func find(in words: [ReadWord]) -> (Range<Int>, Range<Int>)? {
        guard let one = Self.first(of: first, in: words), let two = Self.first(of: second, in: words, avoiding: one)
        else { return nil }
        return (one, two)
    }

    private static func first(of phrases: [String: [[String]]], in words: [ReadWord],
                              avoiding taken: Range<Int>? = nil) -> Range<Int>? {
        for start in words.indices {
            guard let candidates = phrases[words[start].stem] else { continue }
            for stems in candidates where start + stems.count <= words.count {
                let range = start..<(start + stems.count)
                if let taken, taken.overlaps(range) { continue }
                if stems.indices.allSatisfy({ words[start + $0].stem == stems[$0] }) { return range }
            }
        }
        return nil
    }
}
