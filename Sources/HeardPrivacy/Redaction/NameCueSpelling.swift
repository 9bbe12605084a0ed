/// Cue words mistyped: "rnag jay", "i huggged may", "my broher rose", "my littlle brother patience",
/// "willow neever turns up". A word no list holds that is one slip (two letters swapped, one letter doubled,
/// dropped, added or changed) from a cue word of five letters or more is read as that cue, so the name beside
/// it stands in the place it would with the cue spelled right (a four-letter cue only by two letters swapped). Only words the misspelling check already takes
/// for everyday words mistyped are read so, so a name no list holds ("tymarni") is never turned into a cue.
enum NameCueSpelling {
    /// The cue words, by length: verbs done to a person, relations and the words that describe them, and what
    /// follows a person who acts.
    private static let cues: [Int: [[UInt8]]] = {
        let words = NameCues.objectVerbs.union(NameCues.relations).union(NameCues.describers)
            .union(NameCues.personMarkers).union(NameCues.actingVerbs)
        var byLength: [Int: [[UInt8]]] = [:]
        for word in words where word.utf8.count >= 4 && word.utf8.allSatisfy({ $0 >= 97 && $0 <= 122 }) {
            byLength[word.utf8.count, default: []].append(Array(word.utf8))
        }
        return byLength
    }()

    /// The cue word `lower` is a slip of, or nil.
    static func cue(for lower: String) -> String? {
        let letters = Array(lower.utf8)
        guard letters.count >= 4, letters.count <= 12, letters.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { return nil }
        for length in (letters.count - 1)...(letters.count + 1) {
            // A four-letter cue only by two letters swapped ("rnag"): one letter more or less makes other words.
            for cue in cues[length] ?? [] where oneSlip(letters, cue) && (cue.count >= 5 || (cue.count == letters.count && cue != letters)) {
                if cue.count == 4 && cue.indices.filter({ cue[$0] != letters[$0] }).count != 2 { continue }
                return String(decoding: cue, as: UTF8.self)
            }
        }
        return nil
    }

    /// Whether `a` becomes `b` by one slip: a swap of neighbours, a change, or one letter more or less.
    static func oneSlip(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        if a.count == b.count {
            let differ = a.indices.filter { a[$0] != b[$0] }
            if differ.count == 1 { return true }
            return differ.count == 2 && differ[1] == differ[0] + 1 && a[differ[0]] == b[differ[1]] && a[differ[1]] == b[differ[0]]
        }
        let (long, short) = a.count > b.count ? (a, b) : (b, a)
        guard long.count == short.count + 1 else { return false }
        var index = 0
        while index < short.count, long[index] == short[index] { index += 1 }
        return long[(index + 1)...].elementsEqual(short[index...])
    }

    /// The items with each mistyped cue word read as the cue.
    static func corrected(_ items: [Words.Word]) -> [Words.Word] {
        var items = items
        for index in items.indices where items[index].lists.isEmpty && !items[index].isCapitalised {
            let word = items[index]
            guard Misspelling.isNearEverydayWord(word.key), let cue = cue(for: word.lower) else { continue }
            items[index].lower = cue
            items[index].key = cue
            items[index].classes = WordClasses.of(cue)
        }
        return items
    }
}
