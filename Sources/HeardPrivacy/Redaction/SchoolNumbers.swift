import HeardCore

/// Schools known by a number, as many countries name them, and the words that close a school's name: "Wuhan
/// No.1 middle school", "Shanghai No. 2 Middle School", "school no. 14 in Voronezh", "[school] in Homs",
/// "[school] Boys". A number's marker ("no", "nr", "number", "№") with its number, between a school's own
/// words and its type or straight after its type, is part of the name; so is a town no everyday list holds
/// after "in", and "Boys" or "Girls" written with a capital after a school found.
enum SchoolNumbers {
    static let markers: Set<String> = ["no", "nr", "number", "num", "numb", "№"]

    /// `ranges` widened by the numbered schools and the closing words in `items`, overlapping ranges joined.
    static func widen(_ ranges: [Range<String.Index>], in items: [Words.Word]) -> [Range<String.Index>] {
        var found = ranges
        for index in items.indices where items[index].classes.contains(.schoolNumberMarker) {
            guard let number = numberEnd(after: items[index]) else { continue }
            // "Wuhan No.1 middle school": own words, the number, then kinds and a type.
            var last = index
            var cursor = index + 1
            // "No. 2 Middle School": the marker's dot is no sentence's end.
            while cursor < items.count, cursor - index <= 3, cursor == index + 1 || !items[cursor].isAfterBreak,
                  SchoolRedaction.kinds.contains(items[cursor].lower)
                    || SchoolRedaction.types.contains(items[cursor].lower) {
                if SchoolRedaction.types.contains(items[cursor].lower) { last = cursor }
                cursor += 1
            }
            if last > index {
                var first = index
                while first > 0, index - first < 3, items[first].onlySpacesBefore || first == index, isOwnWord(items[first - 1]) { first -= 1 }
                guard first < index else { continue }
                found.append(items[first].range.lowerBound..<items[last].range.upperBound)
                continue
            }
            // "school no. 14", "gymnasium nr 3": a type, then its number.
            if index > 0, SchoolRedaction.types.contains(items[index - 1].lower) || items[index - 1].lower == "gymnasium" {
                found.append(items[index - 1].range.lowerBound..<number)
            }
        }
        return closing(joined(found), in: items)
    }

    /// Each range with "in <town>" and a capitalised "Boys" or "Girls" after it.
    private static func closing(_ ranges: [Range<String.Index>], in items: [Words.Word]) -> [Range<String.Index>] {
        guard !ranges.isEmpty else { return ranges }
        var result = ranges
        for (position, range) in ranges.enumerated() {
            // The first word after the range.
            guard let next = items.firstIndex(where: { $0.range.lowerBound >= range.upperBound }),
                  onlySpaces(items[next].text.base[range.upperBound..<items[next].range.lowerBound]) else { continue }
            if ["Boys", "Girls"].contains(items[next].text) {
                result[position] = range.lowerBound..<items[next].range.upperBound
            } else if let last = closingType(items, at: next) ?? townAfter(items, at: next) {
                // "[school] AP", "[school] VI Form", "[school] derby is rubbish": a type or the town closing the name.
                result[position] = range.lowerBound..<items[last].range.upperBound
            } else if ["in", "at"].contains(items[next].lower), next + 1 < items.count, items[next + 1].onlySpacesBefore, !items[next + 1].isAfterBreak,
                      isTown(items[next + 1]) || isKnownTown(items[next + 1]) {
                result[position] = range.lowerBound..<items[next + 1].range.upperBound
            }
        }
        return result
    }

    /// The last word of a type that closes a school's name at `index`: "AP", "PRU", "vi form", "sixth form".
    private static func closingType(_ items: [Words.Word], at index: Int) -> Int? {
        let word = items[index].lower
        // "[st thomas more] college": a type right after a school found by its frame.
        if ["ap", "pru", "utc"].contains(word) || SchoolRedaction.types.contains(word) && !["form", "unit", "service", "centre", "center", "tech"].contains(word) {
            return index
        }
        guard index + 1 < items.count, items[index + 1].lower == "form", items[index + 1].onlySpacesBefore,
              SchoolRedaction.twoWordTypes["form"]?.contains(word) == true else { return nil }
        return index + 1
    }

    /// A town everyone knows right after a school, where the clause goes on about the school or ends: "[school]
    /// derby is rubbish", "[school] BLACKBURN."; not "[school] reading club".
    private static func townAfter(_ items: [Words.Word], at index: Int) -> Int? {
        let word = items[index]
        guard word.lists.contains(.place), word.lower.count >= 3, !word.classes.contains(.function),
              !word.classes.contains(.schoolGeneric), !DateVocabulary.shared.months.contains(single: word.key) else { return nil }
        let ends = index + 1 == items.count || items[index + 1].isAfterBreak || word.punctuationAfter
            || closingVerbs.contains(items[index + 1].lower)
        return ends ? index : nil
    }

    /// What a clause about a school goes on with after its name.
    private static let closingVerbs: Set<String> = [
        "is", "was", "were", "are", "has", "had", "wont", "won't", "dont", "don't", "didnt", "didn't", "gave", "said",
        "phoned", "rang", "excluded", "kicked", "says", "sucks", "helped", "never", "lol", "tbh", "idk", "innit", "x",
    ]

    /// "Homs", "voronezh": a word no everyday list holds and no place everyone knows ("in Leeds" stays), nor
    /// a month ("started at [school] in sept").
    private static func isTown(_ word: Words.Word) -> Bool {
        let lists = word.lists
        guard !lists.isEveryday, !lists.contains(.place), word.lower.count >= 3,
              !DateVocabulary.shared.months.contains(single: word.key) else { return false }
        return !word.classes.contains(.function) && !word.classes.contains(.schoolGeneric)
    }

    /// "[school] in Harlow", "[school] at walsall": a town everyone knows right after a school says which school
    /// it is; not a month ("in march") or a small word.
    private static func isKnownTown(_ word: Words.Word) -> Bool {
        guard word.lists.contains(.place), word.lower.count >= 3, !word.classes.contains(.function),
              !word.classes.contains(.schoolGeneric), !DateVocabulary.shared.months.contains(single: word.key) else { return false }
        return word.isCapitalised || !word.lists.isEveryday
    }

    private static func isOwnWord(_ word: Words.Word) -> Bool {
        guard !word.classes.contains(.function), !word.classes.contains(.schoolGeneric), word.lower.count >= 2,
              !SchoolRedaction.types.contains(word.lower), !SchoolRedaction.kinds.contains(word.lower) else { return false }
        return word.isCapitalised || word.isCaseless || !word.lists.isEveryday || word.lists.contains(.place)
    }

    /// The end of the number after a marker ("No.1", "no. 14", "№ 3"), or nil.
    private static func numberEnd(after marker: Words.Word) -> String.Index? {
        let text = marker.text.base
        var cursor = marker.range.upperBound
        var skipped = 0
        while cursor < text.endIndex, skipped < 3, [" ", ".", ":"].contains(text[cursor]) {
            cursor = text.index(after: cursor)
            skipped += 1
        }
        let start = cursor
        while cursor < text.endIndex, text[cursor].isASCII, text[cursor].isNumber { cursor = text.index(after: cursor) }
        guard cursor > start, text.distance(from: start, to: cursor) <= 3 else { return nil }
        return cursor
    }

    private static func onlySpaces(_ text: Substring) -> Bool { text.allSatisfy { $0 == " " } }

    /// Ranges sorted, overlapping ones joined.
    static func joined(_ ranges: [Range<String.Index>]) -> [Range<String.Index>] {
        var result: [Range<String.Index>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = result.last, range.lowerBound <= last.upperBound {
                result[result.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                result.append(range)
            }
        }
        return result
    }
}
