/// "winter!!! is the only one who gets me", "hazel!! was there for me": marks of feeling between a word and a
/// lower-case "is" or "was" do not end the sentence (a new sentence would not open on "is" in lower case), so
/// the places read after a word ("... is the only one who", "... was there for me") reach across them.
enum NameExclaimed {
    /// `items` with the break taken away before a lower-case "is" or "was" that only exclamation marks (and
    /// spaces) part from the word before it. Most comments have none: the array is returned as it came.
    static func joined(_ items: [Words.Word]) -> [Words.Word] {
        var items = items
        for index in items.indices.dropFirst() where items[index].isAfterBreak && (items[index].lower == "is" || items[index].lower == "was") {
            let word = items[index], before = items[index - 1]
            guard !word.isCapitalised, !word.isAllCapitals, word.placeholderBefore == nil, before.placeholderAfter == nil,
                  before.range.upperBound < word.range.lowerBound, onlyExclaimed(word.text.base[before.range.upperBound..<word.range.lowerBound])
            else { continue }
            items[index].isAfterBreak = false
            items[index].startsSentence = false
        }
        return items
    }

    /// One or more "!" and nothing else but spaces: "!!! ", "! ".
    private static func onlyExclaimed(_ between: Substring) -> Bool {
        var marks = 0
        for byte in between.utf8 {
            if byte == 33 { marks += 1 } else if byte != 32 { return false }
        }
        return marks > 0
    }
}
