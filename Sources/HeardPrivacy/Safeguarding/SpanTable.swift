/// The atoms found in one comment: spans of words, in order of where they start, and which atoms occur at all.
struct SpanTable {
    struct Span: Hashable {
        var atom: Int32
        var start: Int32
        var end: Int32
    }

    private(set) var spans: [Span] = []
    private var firstAt: [Int32]
    private(set) var present: [UInt64]

    init(wordCount: Int, atomCount: Int) {
        firstAt = [Int32](repeating: 0, count: wordCount + 1)
        present = [UInt64](repeating: 0, count: (atomCount + 63) / 64)
    }

    mutating func beginWord(_ index: Int) { firstAt[index] = Int32(spans.count) }

    mutating func add(atom: Int32, start: Int, end: Int) {
        let span = Span(atom: atom, start: Int32(start), end: Int32(end))
        // Two entries of one group can find the same words ("self harm*" and "self harming"): keep one.
        // Compared field by field in a plain loop (a slice's `contains` cost more than the comparisons).
        var place = Int(firstAt[start])
        while place < spans.count {
            if spans[place].atom == span.atom, spans[place].end == span.end, spans[place].start == span.start { return }
            place += 1
        }
        spans.append(span)
        present[Int(atom) >> 6] |= 1 << UInt64(atom & 63)
    }

    mutating func finish() { firstAt[firstAt.count - 1] = Int32(spans.count) }

    /// The spans that start at word `position`.
    func spans(at position: Int) -> ArraySlice<Span> {
        guard position < firstAt.count - 1 else { return [] }
        return spans[Int(firstAt[position])..<Int(firstAt[position + 1])]
    }

    func contains(_ atom: Int) -> Bool { present[atom >> 6] & (1 << UInt64(atom & 63)) != 0 }
}
