/// Whether a word no list knows is an everyday word mistyped ("someting", "hostle", "reallly", "nmae") rather
/// than a name: one letter dropped, added, swapped with its neighbour or (in longer words) changed. Names
/// are rarely one slip away from an everyday word; the check runs only on words no list knows, which are few.
enum Misspelling {
    static func isNearEverydayWord(_ key: String) -> Bool {
        let letters = Array(key.unicodeScalars)
        guard letters.count >= 4, letters.allSatisfy({ $0.isASCII && $0.properties.isLowercase }) else { return false }
        func known(_ candidate: [Unicode.Scalar]) -> Bool {
            var text = String.UnicodeScalarView()
            text.append(contentsOf: candidate)
            let word = String(text)
            return word.count >= 3 && Gazetteer.englishWords.contains(word)
        }
        for index in 0..<(letters.count - 1) where letters[index] != letters[index + 1] {
            var swapped = letters
            swapped.swapAt(index, index + 1)
            if known(swapped) { return true }
        }
        // One letter too many ("reallly", "cancellled", "shifft").
        for index in letters.indices where letters.count >= 6 {
            var shorter = letters
            shorter.remove(at: index)
            if known(shorter) { return true }
        }
        guard letters.count >= 6 else { return false }
        for index in 0...letters.count {
            for letter in alphabet {
                var longer = letters
                longer.insert(letter, at: index)
                if known(longer) { return true }
            }
        }
        for index in letters.indices {
            for letter in alphabet where letter != letters[index] {
                var changed = letters
                changed[index] = letter
                if known(changed) { return true }
            }
        }
        return false
    }

    private static let alphabet = Array("abcdefghijklmnopqrstuvwxyz".unicodeScalars)
}
