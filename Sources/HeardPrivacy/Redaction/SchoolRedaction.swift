/// Schools, academies and colleges by name ("Havelock Academy", "st james school", "Franklin College"),
/// not "my school", "secondary school" or "going to college".
enum SchoolRedaction {
    static let types: Set<String> = [
        "academy", "school", "college", "primary", "grammar", "infants", "juniors", "high", "comprehensive",
    ]

    /// Ranges to replace by `[school]`.
    static func find(in words: Words) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        let items = words.items
        for (index, word) in items.enumerated() where types.contains(word.lower) && index > 0 {
            // "high" is a school type only in "X High" or "X High School".
            if word.lower == "high" && !(index + 1 < items.count && items[index + 1].lower == "school")
                && !(word.isCapitalised && items[index - 1].isCapitalised) { continue }
            var first = index
            var cursor = index - 1
            while cursor >= 0 && index - cursor <= 4 {
                let candidate = items[cursor]
                guard isNameLike(candidate, shouting: words.shouting) else { break }
                first = cursor
                cursor -= 1
            }
            guard first < index else { continue }
            var last = index
            if word.lower == "high", index + 1 < items.count, items[index + 1].lower == "school" { last = index + 1 }
            ranges.append(items[first].range.lowerBound..<items[last].range.upperBound)
        }
        return ranges
    }

    private static func isNameLike(_ word: Words.Word, shouting: Bool) -> Bool {
        let lower = word.lower
        if generic.contains(lower) || types.contains(lower) { return false }
        if lower == "st" || lower == "saint" { return true }
        if word.isCapitalised && !shouting { return true }
        return !Gazetteer.isEverydayWord(word.key) || Gazetteer.isName(word.key)
    }

    static let generic: Set<String> = [
        "my", "the", "a", "an", "our", "your", "their", "his", "her", "this", "that", "at", "to", "in", "from", "after",
        "before", "for", "of", "and", "or", "new", "old", "same", "different", "another", "secondary", "primary",
        "high", "boarding", "special", "local", "nursery", "sixth", "form", "football", "dance", "drama", "driving",
        "summer", "sunday", "night", "main", "big", "good", "bad", "best", "whole", "village", "catholic", "free",
        "community", "further", "education", "virtual", "independent", "private", "state", "mainstream", "pru",
        "alternative", "boys", "girls", "mixed", "normal", "proper", "next", "last", "first", "previous", "current",
        "i", "we", "you", "they", "go", "went", "going", "gone", "like", "love", "hate", "miss", "left", "leave",
        "changed", "change", "moved", "move", "started", "start", "finished", "finish", "join", "joined", "is", "was",
        "am", "are", "be", "been", "get", "got", "getting", "help", "with", "on", "up", "out", "into", "not", "no",
        "bus", "uni", "art", "music", "sports", "sport", "cadet", "cadets", "coding", "cooking",
    ]
}
