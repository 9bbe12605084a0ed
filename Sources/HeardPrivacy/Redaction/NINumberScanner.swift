/// Finds what `Patterns.anyNINumber` matches in an ASCII comment, reading its bytes instead of asking the
/// regular expression engine (which copies the comment into UTF-16 for every call): two letters (a space
/// may stand between them), up to two separators (space, "-", ".", "/"), six digits in pairs ("12 34 56"),
/// in threes ("123 456") or one by one ("1 2 3 4 5 6"), maybe a last letter that ends the word, and no digit
/// just after. The matches are the pattern's own, in the same order, including where its greedy parts give
/// way: each choice is tried in the order the pattern tries it. Comments with any other byte go to the pattern.
struct NINumberScanner {
    private let bytes: [UInt8]

    init(ascii bytes: [UInt8]) { self.bytes = bytes }

    /// The byte ranges of every match, left to right and apart.
    func matches() -> [Range<Int>] {
        var found: [Range<Int>] = []
        var start = 0
        while start + 1 < bytes.count {
            if isLetter(start), start == 0 || !isWord(start - 1), let end = match(at: start) {
                found.append(start..<end)
                start = end
            } else {
                start += 1
            }
        }
        return found
    }

    /// The end of the match starting at a letter, or nil.
    private func match(at start: Int) -> Int? {
        // "K T": a space between the letters is tried first, then none.
        for second in [start + 2, start + 1] where second > start + 1 ? byte(start + 1) == 32 : true {
            guard isLetter(second) else { continue }
            for gap in stride(from: 2, through: 0, by: -1) where separators(from: second + 1, count: gap) {
                if let end = digitsAndTail(at: second + 1 + gap) { return end }
            }
        }
        return nil
    }

    /// The six digits in one of the three groupings, then the tail; each way tried in the pattern's order.
    private func digitsAndTail(at start: Int) -> Int? {
        // Pairs: "12 34 56", with up to two separators after the first and the second pair.
        if digits(start, 2) {
            for first in stride(from: 2, through: 0, by: -1) where separators(from: start + 2, count: first) {
                let second = start + 2 + first
                guard digits(second, 2) else { continue }
                for gap in stride(from: 2, through: 0, by: -1) where separators(from: second + 2, count: gap) {
                    let third = second + 2 + gap
                    if digits(third, 2), let end = tail(at: third + 2) { return end }
                }
            }
        }
        // Threes: "123 456", one or two separators between.
        if digits(start, 3) {
            for gap in [2, 1] where separators(from: start + 3, count: gap) {
                if digits(start + 3 + gap, 3), let end = tail(at: start + 6 + gap) { return end }
            }
        }
        // One by one: "1 2 3 4 5 6".
        if digits(start, 1), (1...5).allSatisfy({ byte(start + 2 * $0 - 1) == 32 && digits(start + 2 * $0, 1) }) {
            return tail(at: start + 11)
        }
        return nil
    }

    /// After the digits: a last letter that ends the word (up to two separators before it), tried first, then
    /// none; either way no digit may follow within two separators.
    private func tail(at end: Int) -> Int? {
        for gap in stride(from: 2, through: 0, by: -1) where separators(from: end, count: gap) {
            let letter = end + gap
            if isLetter(letter), !isLetterOrDigit(letter + 1), !digitFollows(letter + 1) { return letter + 1 }
        }
        return digitFollows(end) ? nil : end
    }

    /// Whether up to two separators and then a digit stand at `index` (the pattern's closing look-ahead).
    private func digitFollows(_ index: Int) -> Bool {
        (0...2).contains { separators(from: index, count: $0) && digits(index + $0, 1) }
    }

    private func byte(_ index: Int) -> UInt8? { index < bytes.count ? bytes[index] : nil }

    private func separators(from index: Int, count: Int) -> Bool {
        (0..<count).allSatisfy { byte(index + $0).map { $0 == 32 || $0 == 45 || $0 == 46 || $0 == 47 } ?? false }
    }

    private func digits(_ index: Int, _ count: Int) -> Bool {
        (0..<count).allSatisfy { byte(index + $0).map { $0 >= 48 && $0 <= 57 } ?? false }
    }

    private func isLetter(_ index: Int) -> Bool {
        byte(index).map { ($0 | 0x20) >= 97 && ($0 | 0x20) <= 122 } ?? false
    }

    private func isLetterOrDigit(_ index: Int) -> Bool { isLetter(index) || digits(index, 1) }

    /// A word character for `\b`: a letter, a digit or "_".
    private func isWord(_ index: Int) -> Bool { isLetterOrDigit(index) || byte(index) == 95 }
}
