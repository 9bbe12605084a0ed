/// Finds people's names: the export's own identity values (the deny list) wherever they recur; names from the
/// gazetteer; names that are also everyday words ("Will", "Hope") only in a name context; and names no list
/// holds after a cue ("my sw Zorbina", "called ...", "me and ..."), capitalised mid-sentence, or after a name.
struct NameRedaction {
    let denied: Set<String>

    /// The words to replace by `[name]`, as ranges, plus the lower-case names found (to deny elsewhere).
    func find(in words: Words) -> (ranges: [Range<String.Index>], names: [String]) {
        var ranges: [Range<String.Index>] = []
        var names: [String] = []
        var previousWasName = false
        let items = words.items
        for (index, word) in items.enumerated() {
            let lower = word.lower
            let capital = word.isCapitalised && !words.shouting
            let midSentenceCapital = capital && !word.startsSentence
            let english = Gazetteer.englishWords.contains(lower) || NameCues.functionWords.contains(lower)
            let care = Gazetteer.careWords.contains(lower)
            let cued = NameCues.precedes(items, at: index) || NameCues.follows(items, at: index)
            // After a cue, a word followed by a verb is the subject: "me and will are mates", "my sw may is kind".
            let subject = cued && index + 1 < items.count && NameCues.verbsAfterSubject.contains(items[index + 1].lower)
            var isName = false
            if denied.contains(lower) {
                isName = !english || capital || cued
            } else if subject && !NameCues.functionWords.contains(lower) && !["my", "i", "me", "you", "we", "they", "he", "she", "it", "is", "was"].contains(lower) {
                isName = true
            } else if NameCues.calendarNames.contains(lower) {
                // "in May", "May 5th" are months; "ask May she knows", "me and May" are people.
                isName = (cued && (capital || words.shouting))
                    || (midSentenceCapital && !NameCues.isMonthContext(items, at: index))
            } else if care || lower.count < 2 {
                isName = false
            } else if Gazetteer.isName(lower) {
                isName = (!english && lower.count >= 3) || midSentenceCapital
                    || (cued && (capital || !english || NameCues.everydayNames.contains(lower)))
                    || (NameCues.afterRelation(items, at: index) && Gazetteer.givenNames.contains(lower)
                        && !NameCues.notNamesAfterCue.contains(lower) && !NameCues.functionWords.contains(lower))
                    || (previousWasName && capital)
            } else if !english {
                isName = cued || midSentenceCapital || (previousWasName && capital)
                    || (capital && word.startsSentence && index + 1 < items.count && NameCues.follows(items, at: index))
            }
            if isName {
                ranges.append(word.range)
                names.append(lower)
            }
            previousWasName = isName
        }
        return (ranges, names)
    }
}

/// Words around a name that mark it as one.
enum NameCues {
    /// "my sw X", "called X", "me and X", "Mr X".
    static func precedes(_ items: [Words.Word], at index: Int) -> Bool {
        guard index > 0, !items[index].isAfterBreak else { return false }
        let one = items[index - 1].lower
        let two = index > 1 ? items[index - 2].lower : ""
        if introducers.contains(one) { return true }
        if titles.contains(one) && (unambiguousTitles.contains(one) || items[index - 1].isCapitalised || items[index].isCapitalised) {
            return true
        }
        if afterRelation(items, at: index) { return true }
        if one == "and" && two == "me" { return true }
        if one == "is" && two == "name" || one == "name" && two == "my" { return true }
        return false
    }

    /// "X my carer", "X is my sw", "X and me".
    static func follows(_ items: [Words.Word], at index: Int) -> Bool {
        guard index + 2 < items.count, !items[(index + 1)...(index + 2)].contains(where: \.isAfterBreak) else { return false }
        let one = items[index + 1].lower, two = items[index + 2].lower
        let three = index + 3 < items.count ? items[index + 3].lower : ""
        let four = index + 4 < items.count ? items[index + 4].lower : ""
        if one == "my" && (relations.contains(two) || (describers.contains(two) && relations.contains(three))) { return true }
        if one == "is" && two == "my" && (relations.contains(three) || (describers.contains(three) && relations.contains(four))) {
            return true
        }
        if one == "and" && two == "me" { return true }
        return false
    }

    /// "my sister X", "my foster carer X", "our new sw X": a relation just before the word.
    static func afterRelation(_ items: [Words.Word], at index: Int) -> Bool {
        guard index >= 2, !items[index].isAfterBreak, !items[index - 1].isAfterBreak else { return false }
        let one = items[index - 1].lower, two = items[index - 2].lower
        let three = index >= 3 ? items[index - 3].lower : ""
        if relations.contains(one) && (owners.contains(two) || describers.contains(two)) { return true }
        return relations.contains(one) && describers.contains(two) && owners.contains(three)
    }

    static let owners: Set<String> = ["my", "our", "your", "his", "her", "their"]

    /// A month name used as a month: after "in", "on", "since"... or before a number.
    static func isMonthContext(_ items: [Words.Word], at index: Int) -> Bool {
        let before = index > 0 ? items[index - 1].lower : ""
        return temporal.contains(before)
    }

    static let temporal: Set<String> = ["in", "on", "of", "since", "until", "till", "by", "last", "next", "this",
                                        "early", "late", "mid", "end", "from", "during", "before", "after", "every"]

    /// Everyday words that follow "my sister", "my sw" without being names ("my sw will ring", "my mate is").
    static let notNamesAfterCue: Set<String> = [
        "will", "may", "can", "could", "would", "should", "is", "was", "has", "had", "does", "did", "says", "said",
        "gets", "got", "goes", "went", "comes", "came", "always", "never", "just", "really", "who", "which", "that",
        "and", "but", "so", "too", "also", "keeps", "helps", "lives", "loves", "likes", "wants", "needs", "tried",
        "tries", "knows", "thinks", "told", "tells", "makes", "made", "takes", "took", "left", "leaves", "rings",
        "texts", "visits", "sees", "saw", "in", "at", "on", "to", "from", "with", "because", "when", "as", "or", "if",
        "more", "less", "lots", "alot", "a", "the", "all", "both", "again", "now", "then", "here", "there", "about",
        "are", "were", "am", "be", "been", "being", "do", "dont", "didnt", "doesnt", "isnt", "wasnt", "aint", "cant",
        "wont", "my", "me", "you", "we", "they", "he", "she", "it", "his", "her", "their", "our", "your", "not", "no",
        "yes", "very", "so", "such", "what", "where", "why", "how", "this", "these", "those", "one", "some", "any",
        "birthday", "dob", "number", "insta", "snap", "phone", "email", "mates", "mate",
    ]

    /// Words between "my" and a relation: "my foster carer", "my little sister", "my new sw".
    static let describers: Set<String> = ["foster", "social", "key", "best", "little", "big", "older", "younger",
                                          "new", "old", "baby", "step", "half", "twin", "ex"]

    /// Words that follow a subject, marking the word before them as a person after a cue.
    static let verbsAfterSubject: Set<String> = [
        "are", "were", "is", "was", "went", "goes", "go", "have", "has", "had", "got", "gets", "both", "helps",
        "helped", "says", "said", "knows", "told", "lives", "lived", "came", "comes", "listens", "rings", "texts",
    ]
    /// Names that are also months or seasons: only a cue makes them names ("me and May", not "in May").
    static let calendarNames: Set<String> = ["may", "april", "june", "august", "january"]
    /// Names that are also everyday words, taken as names after a cue even in lower case ("my friend jack").
    /// Modal verbs ("will", "may") are left out: "my sw will ring" is far more common.
    static let everydayNames: Set<String> = [
        "jack", "bill", "mark", "rose", "hope", "grace", "summer", "sky", "skye", "dawn", "faith", "amber", "ruby",
        "holly", "ivy", "daisy", "lily", "poppy", "jade", "crystal", "sandy", "penny", "frank", "ray", "rob", "pat",
        "sue", "don", "guy", "drew", "chase", "hunter", "mason", "gene", "joy", "eve", "bob", "victor", "jasmine",
        "heather", "violet", "hazel", "iris", "pearl", "robin", "jay", "dean", "dale", "glen", "reed", "brook",
        "taylor", "jordan", "harley", "paige", "kai", "destiny", "precious", "angel", "honey", "blessing", "patience",
    ]
    static let titles: Set<String> = ["mr", "mrs", "miss", "ms", "mx", "dr", "sir", "auntie", "aunty", "uncle"]
    /// Titles that are never ordinary words ("miss" is also a verb).
    static let unambiguousTitles: Set<String> = ["mr", "mrs", "ms", "mx", "dr"]
    static let introducers: Set<String> = ["called", "named", "nicknamed"]
    static let relations: Set<String> = [
        "sw", "social", "worker", "carer", "carers", "mum", "dad", "brother", "sister", "bro", "sis", "friend",
        "mate", "bf", "gf", "boyfriend", "girlfriend", "pa", "iro", "teacher", "nan", "keyworker", "cousin", "auntie",
        "uncle", "partner", "son", "daughter", "baby", "stepdad", "stepmum", "grandma", "grandad", "tutor", "mentor",
    ]
    /// Short words the English list may lack but that are never names in a comment.
    static let functionWords: Set<String> = [
        "im", "ive", "dont", "cant", "wont", "didnt", "isnt", "wasnt", "doesnt", "arent", "thats", "theres", "lets",
        "ur", "u", "r", "n", "y", "k", "ya", "yeah", "yep", "nah", "na", "tho", "cuz", "cos", "coz", "gonna", "wanna",
    ]
}
