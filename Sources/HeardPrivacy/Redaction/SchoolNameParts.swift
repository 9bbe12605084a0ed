import Foundation
import HeardCore

/// The parts of a school's name around its core ("Preston College"): what comes before it ("City of",
/// "Barking and Dagenham", "Sir John", "Our Lady of", "Sacred Heart", "St") and after it ("of Further
/// Education", "Group", "J&I").
extension SchoolRedaction {
    /// Whether published text names a school with its type ("Havelock Academy", "St Mary's Primary"), for the
    /// final scan of `Output/`. Schools named without a type are left to the comment redactor.
    static func namesSchool(_ line: String) -> Bool {
        // A byte search (the types are ASCII), not Foundation's `contains`, all types in one pass: this runs on
        // every line published. An ASCII line is lowered byte by byte (what `lowercased()` gives it).
        let bytes = TextFolding.isASCII(line) ? ASCIISearch.lowered(line) : Array(line.lowercased().utf8)
        guard typeNeedles.containsAny(bytes) else { return false }
        let words = Words(line)
        let bare = Set(SchoolCues.find(in: words.items, shouting: words.shouting).map { words.items[$0].range })
        // A name of its own: a capitalised word or one no English list holds ("Thornwick", not "mental health").
        return find(in: words).contains { range in
            !bare.contains(range) && words.items.contains { word in
                range.contains(word.range.lowerBound) && !types.contains(word.lower) && !kinds.contains(word.lower)
                    && (word.isCapitalised || !word.lists.isEveryday)
            }
        }
    }

    /// `types` for the final scan's one-pass search.
    private static let typeNeedles = ASCIISearch.Needles(types)

    /// A word that says a school's name is under way: its type ("college") or a kind before it ("community").
    static func isSchoolWord(_ lower: String) -> Bool {
        (types.contains(lower) && lower != "centre" && lower != "center") || (kinds.contains(lower) && !["of", "c", "e", "and"].contains(lower))
    }

    /// Words that open a school's name before a person's or a saint's name: "Sir John Lawes", "Our Lady of
    /// Lourdes", "Archbishop Tenison's", "Cardinal Newman", "City of Leeds".
    static let openers: Set<String> = [
        "st", "st.", "saint", "sir", "dame", "archbishop", "bishop", "cardinal", "king", "queen", "prince", "princess",
        "lady", "our", "city", "holy", "sacred", "blessed", "all", "christ", "the",
    ]

    /// Moves `first` back over the openers and joined names before a school's name: "City of [Preston
    /// College]", "Barking and [Dagenham College]", "Our Lady of [Lourdes Primary]", "Sir [John Lawes School]".
    static func extendBackward(_ items: [Words.Word], from first: Int) -> Int {
        var first = first
        while first > 0, !items[first].isAfterBreak,
              items[first].onlySpacesBefore || gap(items, first).trimmingCharacters(in: .whitespaces) == "&" {
            let previous = items[first - 1].lower
            // "Our Lady of the Rosary": "the" after "of".
            if previous == "the", first >= 3, items[first - 2].lower == "of", ["lady", "city", "university"].contains(items[first - 3].lower) {
                first -= 3
                continue
            }
            // "All Saints", "All Souls".
            if previous == "all", ["saints", "souls", "hallows"].contains(items[first].lower) {
                first -= 1
                continue
            }
            // "Stoke on Trent College", "Newcastle upon Tyne College": a town's name joined by "on" or "upon".
            if ["on", "upon"].contains(previous), first >= 2, items[first].isCapitalised, items[first - 1].onlySpacesBefore,
               !items[first - 1].isAfterBreak, items[first - 2].isCapitalised || items[first - 2].lists.contains(.place),
               !items[first - 2].classes.contains(.function) {
                first -= 2
                continue
            }
            // "Blackpool and the Fylde College": a place joined by "and the".
            if previous == "the", first >= 3, items[first - 2].lower == "and", items[first].isCapitalised,
               items[first - 1].onlySpacesBefore, items[first - 2].onlySpacesBefore, !items[first - 2].isAfterBreak,
               items[first - 3].isCapitalised, isJoinedName(items[first - 3]) {
                first -= 3
                continue
            }
            // "Middlesbrough & District College": an ampersand between two words.
            if gap(items, first).trimmingCharacters(in: .whitespaces) == "&", isJoinedName(items[first - 1]) {
                first -= 1
                continue
            }
            // "castleford campus of [selby college]": a campus of up to three words of its own before "of".
            if previous == "of", first >= 3, ["campus", "site"].contains(items[first - 2].lower), items[first - 1].onlySpacesBefore {
                var start = first - 2
                while start > 0, first - 2 - start < 3, items[start].onlySpacesBefore, !items[start].isAfterBreak,
                      !items[start - 1].classes.contains(.function), !items[start - 1].isTextSpeak,
                      // A name's word: a place, a capital or a word no list holds ("i start castleford campus of").
                      items[start - 1].lists.contains(.place) || items[start - 1].isCapitalised || !items[start - 1].lists.isEveryday {
                    start -= 1
                }
                if start < first - 2 {
                    first = start
                    continue
                }
            }
            if ["of", "and", "&"].contains(previous), first >= 2, !items[first - 1].isAfterBreak, items[first - 1].onlySpacesBefore {
                let before = items[first - 2]
                // "Our Lady of", "City of", "University of"; "Barking and Dagenham", "Wakefield and District".
                if ["city", "lady", "university", "borough", "county", "isle"].contains(before.lower) || (previous != "of" && before.lower == "lady")
                    || (previous != "of" && isJoinedName(before)) {
                    first -= 2
                    continue
                }
                break
            }
            // "our" only in "Our Lady": "our school is nice" names none.
            if ["sir", "dame", "archbishop", "bishop", "cardinal", "king", "queen", "prince", "princess", "our",
                "sacred", "holy", "blessed", "st", "st.", "saint", "lady"].contains(previous),
               previous != "our" || items[first].lower == "lady" {
                first -= 1
                continue
            }
            break
        }
        return first
    }

    /// The text between a word and the one before it.
    static func gap(_ items: [Words.Word], _ index: Int) -> Substring {
        guard index > 0, items[index - 1].range.upperBound <= items[index].range.lowerBound else { return "" }
        return items[index].text.base[items[index - 1].range.upperBound..<items[index].range.lowerBound]
    }

    /// A word that can be half of a place joined by "and": not a small or everyday word ("Barking", "Dagenham",
    /// "wakefield"), or any capitalised word.
    private static func isJoinedName(_ word: Words.Word) -> Bool {
        if word.classes.contains(.schoolGeneric) || word.classes.contains(.function) || types.contains(word.lower) { return false }
        return word.isCapitalised || word.lists.contains(.place) || !word.lists.isEveryday
            || word.lists.contains(.given)
    }

    /// Moves `last` on over what follows a school's type: "College of Further Education", "College Group",
    /// "Academy Trust", "Primary J&I".
    static func extendForward(_ items: [Words.Word], from last: Int) -> Int {
        var last = last
        func next(_ offset: Int) -> String? {
            let index = last + offset
            guard index < items.count, !items[index].isAfterBreak else { return nil }
            return items[index].lower
        }
        while true {
            // "for Learning and Enterprise", "of Art and Design", "of Science and Technology", "for Girls".
            if let first = next(1), first == "for" || first == "of", let topic = next(2), schoolTopics.contains(topic) {
                last += 2
                while true {
                    if let more = next(1), schoolTopics.contains(more) { last += 1; continue }
                    if let joint = next(1), joint == "and" || joint == "&", let more = next(2), schoolTopics.contains(more) { last += 2; continue }
                    break
                }
                continue
            }
            // "Academy and Sixth Form", "College & 6th Form".
            if let joint = next(1), joint == "and" || joint == "&", let kind = next(2), kind == "sixth" || kind == "6th",
               next(3) == "form" {
                last += 3
                continue
            }
            if next(1) == "of", next(2) == "further", next(3) == "education" { last += 3; continue }
            if next(1) == "of", next(2) == "fe" { last += 2; continue }
            if let word = next(1), ["group", "trust", "j&i", "fe", "campus", "federation", "ltd"].contains(word) { last += 1; continue }
            if next(1) == "j", next(2) == "&", next(3) == "i" { last += 3; continue }
            // "[college] city campus", "[college], ebbw vale campus", "[college] ashton site": a campus of up to
            // three words of its own after the school's name.
            if let campus = (2...4).first(where: { ["campus", "site"].contains(next($0) ?? "") }),
               (1..<campus).allSatisfy({ offset in
                   let word = items[last + offset]
                   return !word.classes.contains(.function) && !word.isTextSpeak && word.lower.count >= 2
               }) {
                last += campus
                continue
            }
            return last
        }
    }

    /// What a school is "for" or "of": "Centre for Learning", "College of Art and Design", "Institute of Technology".
    static let schoolTopics: Set<String> = [
        "learning", "enterprise", "technology", "art", "arts", "design", "science", "sciences", "sport", "sports", "girls",
        "boys", "excellence", "music", "performing", "media", "business", "engineering", "education", "languages", "maths",
        "mathematics", "computing", "the", "creative", "digital", "health", "care", "further", "deaf", "blind", "hearing",
        "visually", "impaired", "autism", "autistic",
    ]

    /// Academy trusts that name their schools "<trust> <place>": "Ark Kingsdown", "Dixons Hollinwood",
    /// "Harris Academy Oldfleet". A plain list because a trust's name alone ("ark", "lift", "star") is an
    /// everyday word.
    static let trusts: Set<String> = [
        "ark", "harris", "oasis", "outwood", "dixons", "delta", "e-act", "ormiston", "lift", "inspiration", "astrea",
        "greenwood", "aspire", "wellspring", "beckfoot", "laidlaw", "brigantia", "exceed",
    ]

    /// "ark kingsdown", "lift wyvern", "ark tanfield primary academy", "aspire academy thornleigh": a trust's
    /// name, perhaps a type, then a place's own word. The index of the last word, or nil.
    static func trustSchool(_ items: [Words.Word], at index: Int, shouting: Bool) -> Int? {
        guard trusts.contains(items[index].lower) else { return nil }
        var cursor = index + 1
        while cursor < items.count, !items[cursor].isAfterBreak, ["academy", "academies", "school", "college"].contains(items[cursor].lower) {
            cursor += 1
        }
        guard cursor < items.count, !items[cursor].isAfterBreak, items[cursor].onlySpacesBefore else { return nil }
        let place = items[cursor]
        guard !place.classes.contains(.schoolGeneric), !place.classes.contains(.function), !types.contains(place.lower),
              (place.isCapitalised && !shouting && items[index].isCapitalised) || !place.lists.isEveryday
        else { return nil }
        // "Harris Academy Upper Norwood": a place of two words.
        var last = secondPlaceWord(items, cursor, shouting: shouting) ?? cursor
        while last + 1 < items.count, !items[last + 1].isAfterBreak, types.contains(items[last + 1].lower) || kinds.contains(items[last + 1].lower),
              !["of", "and"].contains(items[last + 1].lower) {
            last += 1
        }
        return last
    }
}
