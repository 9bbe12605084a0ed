/// Places only a person fills, read by the grammar of the slot rather than by one writer's phrasing: the
/// object of a verb only people receive ("rang august", "texted ivy last night", "cant stand robin"), someone
/// fallen out or got on with ("had a row with iris"), one of a list of people ("me kitty an [name]",
/// "[name] then june then"), whoever is greeted or signs off ("marigold x", "shout out holly", "hi its
/// amber"), a writer ("written by lavender"), and a person from somewhere ("Patience from Barnardos"). The
/// word must be a name a list holds, and its ordinary reading must not fit: "i hope", "the rose", "in summer",
/// "may 5th" stay words. Weak places (greetings, "from") take only names that are seldom words
/// (`Gazetteer.seldomWordNames`, learnt from word frequencies): "marigold x" is a person, "love x" is not.
extension NameCues {
    /// Whether the everyday-word name at `index` stands where only a person does.
    static func inPersonSlot(_ items: [Words.Word], _ facts: [WordFacts], at index: Int) -> Bool {
        let word = items[index], fact = facts[index]
        let lower = word.lower
        let joinedBefore = index > 0 && !word.isAfterBreak && !items[index - 1].punctuationAfter
        let previous = joinedBefore ? items[index - 1].lower : ""
        let previous2 = joinedBefore && index > 1 && !items[index - 1].isAfterBreak && !items[index - 2].punctuationAfter
            ? items[index - 2].lower : ""
        let joinedAfter = index + 1 < items.count && !items[index + 1].isAfterBreak && !word.punctuationAfter
        let next = joinedAfter ? items[index + 1].lower : ""
        let next2 = joinedAfter && index + 2 < items.count && !items[index + 2].isAfterBreak && !items[index + 1].punctuationAfter
            ? items[index + 2].lower : ""
        let calendar = calendarNames.contains(lower) || seasonNames.contains(lower)
        // The ordinary readings: a verb after its subject ("i hope"), a thing after a determiner ("the rose"),
        // a time ("in summer", "may 5th", "april 2019").
        // "hi its amber im 15": a greeting, then who is speaking ("its" is no determiner here).
        if ["its", "im", "it's", "i'm"].contains(previous) && ["hi", "hiya", "hey", "hello", "yo", "heya"].contains(previous2) {
            return true
        }
        if subjectPronouns.contains(previous) || determiners.contains(previous) || word.numberAfter { return false }
        if calendar && (temporal.contains(previous) || isMonthContext(items, at: index)) { return false }
        let ends = !joinedAfter || word.placeholderAfter != nil || objectFollowers.contains(next)
        // "rang august", "texted ivy last night", "visited blue in hospital", "cant stand robin she grasses".
        if ends && (objectVerbs.contains(previous) || (previous == "stand" && ["cant", "cannot", "can't"].contains(previous2))) {
            return !(calendar && ["saw", "seen"].contains(previous))
        }
        // "had a row with iris", "i dont get on with raven", "with amber at the park".
        if ["with", "wiv", "w", "wth"].contains(previous) {
            // Living or staying with someone is also done "with hope": there, only a seldom word is a name.
            if companions.contains(previous2) && (fact.seldom || !sharers.contains(previous2)) { return true }
            // "i share a room wiv treasure": sharing a room is done with a person.
            if ["room", "bedroom"].contains(previous2), index >= 4, ["a", "my", "our"].contains(items[index - 3].lower),
               ["share", "shares", "sharing", "shared"].contains(items[index - 4].lower), !items[index - 2].isAfterBreak { return true }
            // "i wanna live with king but", "we went to alton towers with bill.": living with someone or going
            // out with them, then the clause's end, for a word whose own grammar never has "with" before it
            // ("live with hope", "with joy" stay).
            let clauseEnds = !joinedAfter || word.placeholderAfter != nil || withEnders.contains(next)
            if clauseEnds && !calendar && (fact.seldom || NameGrammar.seenWithout(before: "with", word: lower))
                && (sharers.contains(previous2) || wentOutBefore(items, at: index - 1)) { return true }
            if next == "at" && ["the", "th", "da", "tha"].contains(next2) && !seasonNames.contains(lower) { return true }
        }
        // "me kitty an [name] go", "me LILY and [name] are", "Me, april & [name]": between "me" and "and".
        let beforeJoin = ["and", "an", "n", "&"].contains(next) || (word.listAfter && index > 0 && items[index - 1].punctuationAfter)
        if beforeJoin, index > 0, !word.isAfterBreak, items[index - 1].lower == "me" { return true }
        // "i had [name] then june then", "I had Sapphire then [name] then": people one after another.
        if previous == "then" && items[index - 1].placeholderBefore == .name && (ends || next == "then") { return true }
        if next == "then" && items[index + 1].placeholderAfter == .name && (previous == "had" || previous == "then") { return true }
        // "shout out holly for", "shoutout to ivy", "hi its amber im 9", "written by lavender".
        if (previous == "out" && ["shout", "shoutout"].contains(previous2)) || previous == "shoutout"
            || (previous == "up" && previous2 == "big")
            || (previous == "to" && ["shoutout", "out"].contains(previous2)) { return !calendar }
        if previous == "by" && ["written", "wrote", "signed", "sent", "love"].contains(previous2) { return !calendar }
        // "staff member dean swore at me".
        if previous == "member" && previous2 == "staff" { return true }
        // "grimsby dawn is a legend", "rock is my brother": what only a person is.
        if ["is", "was", "wuz", "woz"].contains(next) && ["a", "my", "the", "da", "ma"].contains(next2) && index + 3 < items.count
            && (items[index + 3].classes.contains(.relation) || items[index + 3].lower == "legend") && !calendar { return true }
        // "so ray at camhs is ok", "tbh star from barnardos said": opening a clause, placed at a service only
        // people work at, then doing or being something.
        if !calendar, opensClause(items, at: index), ["at", "from"].contains(next), servicesOfPeople.contains(next2),
           index + 3 < items.count, !items[index + 3].isAfterBreak, !items[index + 2].punctuationAfter,
           serviceDoers.contains(items[index + 3].lower) { return true }
        // "faith [phone number]", "storm [email]": opening a clause, then a number or an email to reach them by.
        if !calendar, opensClause(items, at: index), let after = word.placeholderAfter, after == .phone || after == .email { return true }
        guard fact.seldom, opensClause(items, at: index) else { return false }
        // Weak places, for names that are seldom words: "marigold x", "bliss thank u", "Patience from Barnardos",
        // "cherry the cook at the home".
        if ["x", "xx", "xxx"].contains(next) || ["thank", "thanks", "ty", "thx", "cheers"].contains(next) { return true }
        // "Rocky on [phone number]", "jay [email]": a name given with how to reach them.
        let contacts: [Placeholder] = [.phone, .email, .handle]
        if let after = word.placeholderAfter, contacts.contains(after) { return true }
        if next == "on", let after = items[index + 1].placeholderAfter, contacts.contains(after) { return true }
        if index + 1 < items.count, items[index + 1].isAfterBreak || word.punctuationAfter, opensClause(items, at: index + 1),
           ["thank", "thanks", "ty", "thx", "x", "xx"].contains(items[index + 1].lower) { return true }
        if next == "from" || next == "at" {
            let from = items[index + 1]
            if from.placeholderAfter == .name || from.placeholderAfter == .school || from.placeholderAfter == .address { return true }
            if index + 2 < items.count, !items[index + 2].isAfterBreak, items[index + 2].isCapitalised || helpers.contains(next2) { return true }
        }
        if next == "the" && index + 3 < items.count && (relations.contains(next2) || staffRoles.contains(next2)) { return true }
        return false
    }

    /// "[name] grey but i dont know him", "[name] bull, [date]", "ring [name] WOOD on [phone number]": a
    /// surname that is also an everyday word, right after a name, then the end of the name.
    static func endsFullName(_ items: [Words.Word], _ facts: [WordFacts], at index: Int) -> Bool {
        let word = items[index], fact = facts[index]
        guard fact.surname, !fact.function, !word.classes.contains(.notNameAfterCue), !word.classes.contains(.relation),
              !afterNameWords.contains(word.lower), index < 2 || !items[index - 2].classes.contains(.determiner) else { return false }
        guard index + 1 < items.count, !items[index + 1].isAfterBreak, !word.punctuationAfter, word.placeholderAfter == nil else {
            return true
        }
        let next = items[index + 1].lower
        return ["and", "an", "n", "&", "but", "is", "was", "on", "staying", "from", "at", "x", "xx", "lol", "has", "had"].contains(next)
            || personMarkers.contains(next) || actingVerbs.contains(next)
    }

    /// What may end a clause after "with <someone>": "live with king but", "with bill tbh".
    static let withEnders: Set<String> = ["and", "n", "an", "but", "tbh", "lol", "x", "xx", "now", "again", "cos", "coz",
                                          "cuz", "because", "instead", "ngl", "forever", "innit", "fr", "smh", "idk", "tho",
                                          "pls", "xxx", "anymore"]

    /// "we all went to alton towers with", "been to the cinema with": going somewhere earlier in the clause
    /// that "with" at `index` ends.
    static func wentOutBefore(_ items: [Words.Word], at index: Int) -> Bool {
        var cursor = index - 1
        while cursor >= 0, index - cursor <= 6, !items[cursor + 1].isAfterBreak, !items[cursor].punctuationAfter {
            if goVerbs.contains(items[cursor].lower), cursor + 1 < index, ["to", "out", "bowling", "shopping", "swimming"].contains(items[cursor + 1].lower) {
                return true
            }
            cursor -= 1
        }
        return false
    }

    /// Verbs whose object is a person: the word after one, before the sentence goes on, is someone.
    static let objectVerbs: Set<String> = [
        "rang", "rung", "ring", "texted", "txted", "text", "txt", "messaged", "msg", "msgd", "dmd", "dm", "hugged",
        "hug", "phoned", "facetimed", "kissed", "visited", "visit", "met", "blocked", "told", "tell", "asked",
        "ask", "thank", "thanked", "saw", "seen", "snapchatted", "called", "emailed", "trust", "trusted",
    ]
    /// What follows a person as an object: "rang august when", "saw duke in", "told may that".
    static let objectFollowers: Set<String> = [
        "in", "at", "on", "when", "wen", "yesterday", "today", "tonight", "last", "and", "an", "n", "but", "x", "xx",
        "cos", "coz", "cuz", "because", "she", "he", "they", "loads", "again", "lol", "tbh", "for", "about", "back",
        "earlier", "after", "before", "from", "that", "i", "&", "ngl", "once", "twice", "every", "this", "too",
        "fr", "innit", "smh", "idk", "tho", "pls",
    ]
    /// Words before "with" that make its object a person: "a row with", "fell out with", "get on with".
    static let companions: Set<String> = [
        "row", "argument", "arguments", "argue", "argued", "arguing", "fight", "fighting", "fought", "out", "on",
        "along", "beef", "friends", "mates", "live", "living", "lives", "lived", "stay", "staying", "stayed", "share",
        "sharing", "shared", "contact",
    ]
    /// Companions' verbs that also take a feeling: "live with hope".
    static let sharers: Set<String> = ["live", "living", "lives", "lived", "stay", "staying", "stayed", "share", "sharing", "shared"]
    /// Services a person comes from: "Patience from barnardos".
    static let helpers: Set<String> = ["barnardos", "shelter", "nspcc", "childline", "camhs", "mind", "catch22", "council", "home"]
    /// Services where only people work, not things or subjects are done (not "home", "school"): "ray at camhs".
    static let servicesOfPeople: Set<String> = ["barnardos", "shelter", "nspcc", "childline", "camhs", "catch22", "council", "cahms"]
    /// What a person at a service does or is next: "ray at camhs is ok", "star from the council said".
    static let serviceDoers: Set<String> = [
        "is", "was", "said", "says", "has", "had", "helped", "helps", "told", "tells", "rang", "rings", "gave", "gives",
        "keeps", "kept", "listens", "listened", "sorted", "got", "gets", "does", "did", "never", "always", "really",
    ]
    /// Jobs named after "the": "cherry the cook at the home".
    static let staffRoles: Set<String> = ["cook", "manager", "nurse", "cleaner", "driver", "chef", "caretaker", "receptionist"]
    /// Words that follow a name in its ordinary reading: "[name] best", "thanks [name] love", "[name] house".
    static let afterNameWords: Set<String> = [
        "best", "love", "lots", "loads", "house", "room", "place", "flat", "bday", "birthday", "too", "again", "now",
        "today", "tonight", "home", "said", "says", "will", "may", "all", "well", "first", "last", "more", "most",
        "back", "fan", "fans", "mentor",
    ]
}

extension NameCues {
    /// The words of a birth phrase in another language ("je suis né le", "kam lindur më", "urodziłam się"),
    /// which are not names: a birth cue of `DateVocabulary` that is no English word, and up to two short words
    /// (four letters at most) no name list holds just before it ("ikraan hirsi dhalasho" keeps its names). English cues ("born") leave the words before them alone: "tymarni born in".
    static func birthPhraseWords(_ items: [Words.Word], _ facts: [WordFacts]) -> [Bool] {
        var marked = [Bool](repeating: false, count: items.count)
        let cues = DateVocabulary.shared.cues
        let keys: (Int) -> String? = { $0 < items.count ? items[$0].key : nil }
        var index = 0
        while index < items.count {
            guard let length = cues.match(keys, at: index) else { index += 1; continue }
            // A foreign cue: no English word, and no short abbreviation ("dob" before "full name X Y dob").
            let foreign = (index..<index + length).contains { !items[$0].lists.contains(.english) }
                && !(length == 1 && items[index].key.utf8.count <= 3 && items[index].key.utf8.allSatisfy { $0 < 0x80 })
            if foreign {
                for offset in index..<index + length { marked[offset] = true }
                var back = index - 1
                while back >= 0, back >= index - 2, !items[back + 1].isAfterBreak, !items[back].punctuationAfter,
                      !facts[back].listed, items[back].key.count <= 4, !items[back].isCapitalised || items[back].startsSentence {
                    marked[back] = true
                    back -= 1
                }
            }
            index += length
        }
        return marked
    }
}
