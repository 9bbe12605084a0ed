import Synchronization

/// Whether a word no list knows is an everyday word mistyped ("someting", "hostle", "reallly", "nmae") rather
/// than a name: one letter dropped, added, swapped with its neighbour or (in longer words) changed. Names
/// are rarely one slip away from an everyday word; the check runs only on words no list knows, which are few.
///
/// A seven-letter word has about 400 one-slip spellings to look up, so the candidates are built as bytes (no
/// `String` per letter) and each word's answer is remembered: the same names recur across an export's comments.
enum Misspelling {
    static func isNearEverydayWord(_ key: String) -> Bool {
        let letters = Array(key.utf8)
        // Lower-case ASCII letters only: every other key is a name's own spelling, never a slip of English.
        guard letters.count >= 4, letters.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { return false }
        if let known = answers.withLock({ $0[key] }) { return known }
        let answer = hasEverydayNeighbour(letters)
        answers.withLock { remembered in
            if remembered.count >= capacity { remembered.removeAll(keepingCapacity: true) }
            remembered[key] = answer
        }
        return answer
    }

    /// The answers found so far, keyed by word; emptied when full so memory stays bounded.
    private static let answers = Mutex<[String: Bool]>([:])
    private static let capacity = 50_000

    private static func hasEverydayNeighbour(_ letters: [UInt8]) -> Bool {
        var candidate = letters
        func known(_ bytes: [UInt8]) -> Bool {
            bytes.count >= 3 && Gazetteer.englishWords.contains(String(decoding: bytes, as: UTF8.self))
        }
        for index in 0..<(letters.count - 1) where letters[index] != letters[index + 1] {
            candidate.swapAt(index, index + 1)
            if known(candidate) { return true }
            candidate.swapAt(index, index + 1)
        }
        guard letters.count >= 6 else { return false }
        // One letter too many ("reallly", "cancellled", "shifft").
        for index in letters.indices {
            var shorter = letters
            shorter.remove(at: index)
            if known(shorter) { return true }
        }
        // One letter missing.
        var longer = letters
        longer.insert(0, at: 0)
        for index in 0...letters.count {
            if index > 0 { longer[index - 1] = letters[index - 1] }
            for letter in alphabet {
                longer[index] = letter
                if known(longer) { return true }
            }
        }
        // One letter changed.
        for index in letters.indices {
            for letter in alphabet where letter != letters[index] {
                candidate[index] = letter
                if known(candidate) { return true }
            }
            candidate[index] = letters[index]
        }
        return false
    }

    private static let alphabet = Array("abcdefghijklmnopqrstuvwxyz".utf8)
}
