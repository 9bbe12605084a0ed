/// The year of a date `DateReader` reads: four digits, text-speak ("2k8", "'08"), words, and a calendar's mark after it.
extension DateReader {
    /// A year: four digits (1300 to 2100, for solar and Ethiopian years too; 2500 to 2800 for Kurdish and Buddhist
    /// ones), "2k8", "'08", or two digits when
    /// `twoDigits`; then any calendar mark ("E.C.", "ዓ.ም", "r."). The end, or nil.
    func year(at index: Int, twoDigits: Bool) -> Int? {
        guard index < tokens.count else { return nil }
        var end: Int
        let token = tokens[index]
        if token.key == "'", index + 1 < tokens.count, !tokens[index + 1].spaceBefore, tokens[index + 1].digits == 2 {
            end = index + 2
        } else if isTwoK(index) {
            end = index + 3
        } else if token.kind == .number, !isAttachedAfterWord(index),
                  (token.digits == 4 && (1300...2100 ~= token.value || 2500...2800 ~= token.value)) || (twoDigits && token.digits == 2) {
            end = index + 1
        } else if let words = wordYear(at: index) {
            return words
        } else if twoDigits, let said = saidTwoDigits(at: index) {
            end = said  // "forteenth of march oh nine"
        } else if twoDigits, index > 0, tokens[index - 1].key == "o", tokens[index].kind == .word,
                  let digit = Self.cardinals[tokens[index].key], digit < 10 {
            end = index + 1  // "march o nine": the "o" was passed over as a small word between the parts
        } else {
            return nil
        }
        // "2011-07-10": the first part of a date in numbers, not a year alone.
        if end + 1 < tokens.count, tokens[end].kind == .mark, ["-", "/", "."].contains(tokens[end].key), !tokens[end].spaceBefore,
           tokens[end + 1].kind == .number, !tokens[end + 1].spaceBefore { return nil }
        if end < tokens.count, !tokens[end].spaceBefore, tokens[end].kind == .number || tokens[end].kind == .word {
            if tokens[end].kind == .number || !(vocabulary.eras.contains(single: tokens[end].key) || vocabulary.glue.contains(tokens[end].key)) {
                return nil
            }
        }
        return eraEnd(from: end)
    }

    /// Past a calendar's mark after a year ("1999 E.C.", "1997 ዓ.ም", "2008 r."): the end.
    func eraEnd(from yearEnd: Int) -> Int {
        var end = yearEnd
        var cursor = end
        while cursor < tokens.count, tokens[cursor].key == "." || tokens[cursor].key == "," { cursor += 1 }
        if cursor < tokens.count, let words = vocabulary.eras.match({ wordKey(from: cursor, offset: $0) }, at: 0),
           let last = wordIndex(from: cursor, offset: words - 1) {
            end = last + 1
            if end < tokens.count, tokens[end].key == ".", !tokens[end].spaceBefore { end += 1 }
        }
        return end
    }

    /// "2k8", "2K09", "2k10": a year in text-speak.
    func isTwoK(_ index: Int) -> Bool {
        index + 2 < tokens.count && tokens[index].kind == .number && tokens[index].value == 2 && tokens[index].digits == 1
            && tokens[index + 1].key == "k" && !tokens[index + 1].spaceBefore && tokens[index + 2].kind == .number
            && !tokens[index + 2].spaceBefore && tokens[index + 2].digits <= 2
    }
}
