import HeardCore
import Synchronization

/// Days written as English ordinals and mistyped: "forteenth", "frist", "eigth", "twelth", "thrid". A word no
/// everyday list holds is the ordinal it is one slip from (a letter missed, added, changed or two swapped),
/// for ordinals of five letters or more. `DateReader` takes such a day only where a month follows it, as it
/// does a day in counting words.
enum MisspeltOrdinals {
    /// The day a mistyped ordinal names, or nil. `afterTens` (after "twenty" or "thirty") lets an everyday word
    /// be the slip too: "twenty forth".
    static func day(_ key: String, afterTens: Bool = false) -> Int? {
        let bytes = key.utf8
        guard bytes.count >= 5, bytes.count <= 13, bytes.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { return nil }
        if afterTens, let value = nearest(Array(bytes)) { return value }
        if let known = cache.withLock({ $0[key] }) { return known.value }
        let answer = read(Array(bytes))
        cache.withLock { remembered in
            if remembered.count >= 10_000 { remembered.removeAll(keepingCapacity: true) }
            remembered[key] = Answer(value: answer)
        }
        return answer
    }

    private struct Answer { var value: Int? }

    private static func read(_ letters: [UInt8]) -> Int? {
        let key = String(decoding: letters, as: UTF8.self)
        guard DateReader.ordinals[key] == nil, !Gazetteer.isEverydayWord(key) else { return nil }
        return nearest(letters)
    }

    /// Whether a word ending like an ordinal ("...th", "...st") could be one mistyped: a test over its
    /// lower-case bytes for `ShapeHints` and `DateReader`, without the everyday-word check `day` makes.
    static func mayBeOrdinal(_ letters: [UInt8]) -> Bool {
        endsLikeOrdinal(letters) && nearest(letters) != nil
    }

    /// Whether five to thirteen bytes end in "th" or "st", as an ordinal does: the cheap half of `mayBeOrdinal`.
    static func endsLikeOrdinal<Bytes: BidirectionalCollection<UInt8>>(_ letters: Bytes) -> Bool {
        guard letters.count >= 5, letters.count <= 13 else { return false }
        let tail = letters.suffix(2)
        return (tail.first == 116 || tail.first == 115) && (tail.last == 104 || tail.last == 116)
    }

    /// The ordinal one slip from `letters` (a letter missed, added, changed or two neighbours swapped).
    private static func nearest(_ letters: [UInt8]) -> Int? {
        for (ordinal, value) in ordinals where abs(ordinal.count - letters.count) <= 1 && ordinal.first == letters.first
            || ordinal.count == letters.count && ordinal.last == letters.last {
            if EditDistance.isOneSlip(letters, ordinal) { return value }
        }
        return nil
    }

    private static let ordinals: [([UInt8], Int)] = DateReader.ordinals.filter { $0.key.count >= 5 }
        .sorted { $0.value < $1.value }.map { (Array($0.key.utf8), $0.value) }
    private static let cache = Mutex<[String: Answer]>([:])
}
