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

/// A `CuePair` compiled to stem numbers (`CueIndex.number(ofStem:)`) and indexed by each phrase's first stem,
/// matched against a comment's words.
struct CompiledPair {
    var themeID: String
    /// The theme's place in `CueIndex.themeIDs`.
    var theme: Int32
    var pair: CuePair
    private var first: [Int32: [[Int32]]] = [:]
    private var second: [Int32: [[Int32]]] = [:]

    /// `first` and `second`: each side's phrases as stem numbers, none empty.
    init(themeID: String, theme: Int32, pair: CuePair, first: [[Int32]], second: [[Int32]]) {
        self.themeID = themeID
        self.theme = theme
        self.pair = pair
        for stems in first { self.first[stems[0], default: []].append(stems) }
        for stems in second { self.second[stems[0], default: []].append(stems) }
    }

    /// The stems each side's phrases start with.
    var firstStarts: Dictionary<Int32, [[Int32]]>.Keys { first.keys }
    var secondStarts: Dictionary<Int32, [[Int32]]>.Keys { second.keys }

    /// The word ranges of the first phrase of each side found in a comment whose words have stem numbers
    /// `stems`, or nil when a side is missing. `sides` holds each word's `CueIndex.pairSides` and `place` is
    /// this pair's place in the index: words whose bit is clear cannot start a phrase of that side.
    func find(stems: [Int32], sides: [UInt64], place: Int) -> (Range<Int>, Range<Int>)? {
        let mask: (UInt64, UInt64) = place < 32 ? (1 << UInt64(2 * place), 1 << UInt64(2 * place + 1)) : (0, 0)
        guard let one = Self.first(of: first, stems: stems, sides: sides, mask: mask.0),
              let two = Self.first(of: second, stems: stems, sides: sides, mask: mask.1, avoiding: one)
        else { return nil }
        return (one, two)
    }

    private static func first(of phrases: [Int32: [[Int32]]], stems: [Int32], sides: [UInt64], mask: UInt64,
                              avoiding taken: Range<Int>? = nil) -> Range<Int>? {
        for start in stems.indices where mask == 0 || sides[start] & mask != 0 {
            guard let candidates = phrases[stems[start]] else { continue }
            for phrase in candidates where start + phrase.count <= stems.count {
                let range = start..<(start + phrase.count)
                if let taken, taken.overlaps(range) { continue }
                if phrase.indices.allSatisfy({ stems[start + $0] == phrase[$0] }) { return range }
            }
        }
        return nil
    }
}
