/// Schools named without a type, read from the words around them rather than from a list: "left thornhill
/// with no gcses", "im at abbey grange doing my a levels", "jfk excluded me twice", "my old school hgs was
/// better", "got into qe for art", "go back to st thomas more", "moved from bramley secondary to [a school]".
/// A frame says "school" twice over (a cue before and a school phrase after) or once strongly (a school
/// noun just before); the words it holds must then look like a name to the degree the frame is weak.
enum SchoolFrames {
    /// Word ranges (first...last) of schools named without a type. `found` holds the schools already found,
    /// for "from X to <school>".
    static func find(in items: [Words.Word], shouting: Bool, found: [Range<String.Index>]) -> [ClosedRange<Int>] {
        var spans: [ClosedRange<Int>] = []
        var index = 0
        while index < items.count {
            if let span = framed(items, at: index, shouting: shouting, found: found) {
                spans.append(span)
                index = span.upperBound + 1
            } else {
                index += 1
            }
        }
        return spans
    }

    /// A school's name starting at `index`, or nil.
    private static func framed(_ items: [Words.Word], at index: Int, shouting: Bool, found: [Range<String.Index>]) -> ClosedRange<Int>? {
        guard isNameWord(items[index]) else { return nil }
        // "go 2 KES": the reader keeps "2" as a number, so it stands between the words.
        let twoForTo = index > 0 && !items[index].isAfterBreak && items[index - 1].classes.contains(.motion)
            && SchoolRedaction.gap(items, index).trimmingCharacters(in: .whitespaces) == "2"
        let cue = twoForTo ? .to : index > 0 && !items[index].isAfterBreak && items[index].onlySpacesBefore ? cueBefore(items, index) : .none
        // "st thomas more", "our lady's", "holy trinity", "notre dame": a saint's or faith's opener after a cue.
        let clauseStart = index == 0 || items[index].isAfterBreak || joins(items[index - 1])
        // Without a cue only "X excluded me" at a clause's start is left to look for.
        guard cue != .none || clauseStart else { return nil }
        if cue != .none, let end = saintName(items, at: index), !isPlace(items, at: index) { return index...end }
        // The longest run of name words (at most four) that a school phrase follows.
        var last = index
        while last + 1 < items.count, last - index < 3, !items[last + 1].isAfterBreak, items[last + 1].onlySpacesBefore,
              isNameWord(items[last + 1]) || SchoolRedaction.isSchoolWord(items[last + 1].lower) && items[last + 1].lower != "sixth" {
            last += 1
        }
        func allStrong(_ end: Int) -> Bool { (index...end).allSatisfy { isStrongNameWord(items[$0], shouting: shouting) } }
        for end in index...last {
            let after = frameAfter(items, end + 1)
            // Twice over: "at Thornhill till year 10", "left carr manor with no gcses", "from X to <school>".
            let weakAllowed = (index...end).allSatisfy { !placeNouns.contains(items[$0].lower) }
            if cue == .place || cue == .from, after == .school || after == .school2, weakAllowed { return index...end }
            // A town after "to" is a town ("moved to leeds for uni"); a town and a word more before "for uni" is a
            // university ("off to Bath Spa for uni", "going to nottingham trent for uni").
            let forUniversity = after == .school && end > index && end + 2 < items.count
                && ["uni", "university"].contains(items[end + 2].lower)
            if cue == .to, after == .school || after == .school2, allStrong(end),
               !(index...end).contains(where: { items[$0].lists.contains(.place) })
                || forUniversity && !(index...end).allSatisfy({ items[$0].lists.contains(.place) }) { return index...end }
            // "started at St Mary's in september", "joined Thornhill in september".
            if after == .term, cue == .place, startWords.contains(items[index - 1].lower)
                || (index >= 2 && startWords.contains(items[index - 2].lower)), weakAllowed { return index...end }
            if cue == .from, isSchoolStart(items, end + 1, found: found) { return index...end }
            // "jfk excluded me twice", "left QEH ... excluded": a name of its own before the phrase.
            if after == .excluded || after == .described, cue == .place || clauseStart,
               allStrong(end) || saintName(items, at: index) == end { return index...end }
        }
        // "my old school hgs was better", "school: cwm rhondda": every word a name's after a school noun.
        if cue == .schoolNoun {
            var end = index
            while end + 1 <= last, isStrongNameWord(items[end + 1], shouting: shouting) { end += 1 }
            // "my school is Ormiston", not "my school is alwys on at me": after "is", a name written as one.
            // A word no list knows only after "my (old) school": "briarwood secondary school domt know" is a slip.
            let nounAt = ["is", "was", "called", "named"].contains(items[index - 1].lower) ? index - 2 : index - 1
            let owned = nounAt >= 1 && (items[nounAt - 1].classes.contains(.owner) || ownedSchool.contains(items[nounAt - 1].lower))
            // "my old school was oakwood", "my uni is nottingham trent": someone's own school named after "is".
            let written = isAbbreviation(items[index], shouting: shouting) || (items[index].isCapitalised && !shouting) || owned
            if allStrong(end), written { return index...end }
        }
        // "go back to rgs", "nobody at qeh knew", "got into KGS": an abbreviation after a cue needs nothing more.
        // After "to" only where someone goes: "go back to rgs", not "had to rign".
        let goesTo = cue != .to || twoForTo || (index >= 2 && items[index - 2].classes.contains(.motion))
        // After "left", "started", "joined" only capitals: "i left cae at 18" is a slip for "care".
        let capitalsOnly = cue == .place && !["at", "into"].contains(items[index - 1].lower)
        if cue != .none, goesTo, isAbbreviation(items[index], shouting: shouting),
           !capitalsOnly || items[index].isAllCapitals { return index...index }
        // "from [school] to Fernhurst": the other end of a move whose one end is a school.
        let movedFromSchool = cue == .to && !found.isEmpty && index >= 2 && (max(1, index - 8)..<index).contains { start in
            items[start - 1].lower == "from" && found.contains { $0.lowerBound == items[start].range.lowerBound }
        }
        if cue == .to, index >= 2, movedFromSchool, items[index - 1].lower == "to", let end = movedTo(items, at: index, shouting: shouting) {
            return index...end
        }
        return nil
    }

    enum Cue { case none, place, from, to, schoolNoun }

    /// The cue just before a school's name: "at", "into", "left" (a place), "from", "to", or a school noun
    /// ("my old school", "my college is", "school:").
    static func cueBefore(_ items: [Words.Word], _ index: Int) -> Cue {
        let previous = items[index - 1].lower
        if ["is", "was", "called", "named"].contains(previous), index >= 2, items[index - 2].classes.contains(.schoolNoun),
           !items[index - 1].isAfterBreak {
            return .schoolNoun
        }
        if items[index - 1].classes.contains(.schoolNoun) {
            // "my old school X", "school X" after a placeholder or a list; not "a school trip" ("trip" is no name).
            return .schoolNoun
        }
        // "started the brook in september", "left the holy family with nothing": a school named with "the" after
        // starting or leaving; not what one starts or leaves as often ("started the course in september").
        if previous == "the", index >= 2, !items[index - 1].isAfterBreak, items[index - 1].onlySpacesBefore,
           ["started", "left", "joined", "attended", "attend", "attends"].contains(items[index - 2].lower),
           !notSchoolAfterThe.contains(items[index].lower) {
            return .place
        }
        if previous == "from" { return .from }
        if previous == "to" || previous == "2" { return .to }
        if items[index - 1].classes.contains(.placeCue) { return .place }
        return .none
    }

    enum After: Equatable { case none, school, school2, excluded, term, described }

    /// The school phrase after a name: "till year 10", "with no gcses", "doing my a levels", "in september",
    /// "for sixth form" (`school`); "excluded me", "expelled", "kicked me out" (`excluded`).
    static func frameAfter(_ items: [Words.Word], _ index: Int) -> After {
        func word(_ offset: Int) -> String? {
            let at = index + offset
            guard at < items.count, offset == 0 || !items[at].isAfterBreak else { return nil }
            return items[at].lower
        }
        guard let first = word(0) else { return .none }
        if ["excluded", "expelled", "suspended"].contains(first) { return .excluded }
        // "left stm with nothing", "left Cedar Mount with nothing": leaving a school with no qualifications.
        if ["with", "wiv", "w"].contains(first), word(1) == "nothing" { return .school }
        if first == "kicked", word(1) == "me", word(2) == "out" { return .excluded }
        // "RGS is the best school ive been to", "X was a rubbish college".
        if first == "is" || first == "was" || first == "were" {
            for offset in 1...4 {
                guard let next = word(offset) else { break }
                if ["school", "college", "academy", "skool", "sixth"].contains(next) { return .described }
                if NameCues.functionWords.contains(next) && !["the", "a", "an", "my", "best", "worst", "only"].contains(next) { break }
            }
        }
        if ["till", "until", "til", "in", "from", "since"].contains(first), let second = word(1) {
            if ["year", "yr", "years"].contains(second), items[index + 1].numberAfter { return .school }
            if ["y7", "y8", "y9", "y10", "y11", "y12", "y13", "reception"].contains(second) { return .school }
            if ["september", "sept"].contains(second) { return .term }
            if second == "sixth" || second == "6th" { return .school }
        }
        if ["with", "wiv", "w", "without"].contains(first), word(1) == "no" || first == "without",
           let topic = word(first == "without" ? 1 : 2), examWords.contains(topic) {
            return .school
        }
        if first == "doing" || first == "studying" {
            var offset = 1
            if let owner = word(offset), ["my", "ma", "me", "mi", "the", "a", "an", "her", "his"].contains(owner) { offset += 1 }
            if let next = word(offset), next == "a" || next == "as" { offset += 1 }
            if let topic = word(offset), examWords.contains(topic) || topic.hasPrefix("lev") || topic.hasPrefix("gcs") { return .school2 }
        }
        if first == "for", let topic = word(1), ["sixth", "6th", "gcses", "gcse", "btec", "uni", "university"].contains(topic) { return .school }
        return .none
    }

    /// "st thomas more", "St Mary's", "our lady's", "holy trinity", "notre dame", "sacred heart": the end of a
    /// saint's or faith's name starting here, or nil.
    static func saintName(_ items: [Words.Word], at index: Int) -> Int? {
        let opener = items[index].lower
        guard index + 1 < items.count, !items[index + 1].isAfterBreak, items[index + 1].onlySpacesBefore else { return nil }
        let next = items[index + 1]
        if opener == "our", next.lower == "lady" { return index + 1 }
        guard saintOpeners.contains(opener), !next.classes.contains(.function),
              !next.classes.contains(.schoolGeneric), !next.isTextSpeak else { return nil }
        if ["holy", "sacred", "notre", "blessed", "christ", "corpus"].contains(opener) && !faithNames.contains(next.lower) && !next.isCapitalised {
            return nil
        }
        var end = index + 1
        // "St Thomas More", "St John Fisher": a second name after a saint's given name.
        if ["st", "st.", "saint"].contains(opener), end + 1 < items.count, !items[end + 1].isAfterBreak, items[end + 1].onlySpacesBefore,
           next.lists.contains(.given) || next.isCapitalised,
           items[end + 1].lower == "more" || (items[end + 1].isCapitalised && !items[end + 1].startsSentence
                                               && !items[end + 1].classes.contains(.function)
                                               && !items[end + 1].classes.contains(.schoolGeneric)) {
            end += 1
        }
        return end
    }

    /// "moved from [school] to Fernhurst in year 9": the name after "to" (up to three words), ending at a
    /// break, a punctuation mark, a school phrase or a small word.
    private static func movedTo(_ items: [Words.Word], at index: Int, shouting: Bool) -> Int? {
        var end = index
        while end + 1 < items.count, end - index < 2, !items[end + 1].isAfterBreak, items[end + 1].onlySpacesBefore,
              !items[end].punctuationAfter, isNameWord(items[end + 1]) {
            end += 1
        }
        let closes = end + 1 >= items.count || items[end + 1].isAfterBreak || items[end].punctuationAfter
            || frameAfter(items, end + 1) != .none || items[end + 1].classes.contains(.function)
        guard closes, (index...end).contains(where: { isStrongNameWord(items[$0], shouting: shouting) }),
              !(index...end).contains(where: { items[$0].lists.contains(.place) }) else { return nil }
        return end
    }

    /// Whether a school already found starts at word `index` ("from X to <school>").
    private static func isSchoolStart(_ items: [Words.Word], _ index: Int, found: [Range<String.Index>]) -> Bool {
        guard index + 1 < items.count, items[index].lower == "to" || items[index].lower == "2" else { return false }
        let start = items[index + 1].range.lowerBound
        return found.contains { $0.lowerBound == start || $0.contains(start) }
    }

    /// A word that may stand in a school's name: not a small or generic word, a number, or text-speak.
    static func isNameWord(_ word: Words.Word) -> Bool {
        let lower = word.lower
        let classes = word.classes
        guard lower.count >= 2 || lower == "e", !word.isTextSpeak, !lower.allSatisfy(\.isNumber),
              !classes.contains(.function) || classes.contains(.saintOpener) || lower == "our",
              !classes.contains(.schoolGeneric) || classes.contains(.saintOpener) || lower == "our",
              !classes.contains(.relation), !classes.contains(.notSchool), !word.lists.contains(.notName)
        else { return false }
        return true
    }

    /// A word that looks like a name's on its own: an abbreviation, a capitalised word in mid-sentence, a word
    /// no English list knows, a place's or a saint's opener.
    static func isStrongNameWord(_ word: Words.Word, shouting: Bool) -> Bool {
        if isAbbreviation(word, shouting: shouting) || word.classes.contains(.saintOpener) { return true }
        if word.isCapitalised && !word.startsSentence && !shouting { return true }
        return isUnknown(word)
    }

    /// "QEGS", "kgv", "hca", "qe": two to five letters no list knows, in capitals (when the comment is not
    /// shouting) or, up to four letters, in lower case.
    static func isAbbreviation(_ word: Words.Word, shouting: Bool) -> Bool {
        let key = word.key
        guard key.count >= 2, key.allSatisfy({ $0.isASCII && $0.isLetter }), !word.isTextSpeak,
              !word.lists.isEveryday, !word.lists.contains(.place), !NameCues.functionWords.contains(key),
              !services.contains(key) else { return false }
        if word.isAllCapitals { return key.count <= 5 && (!shouting || !word.lists.isName) }
        return key.count <= 4 && !word.isCapitalised && !word.lists.isName && !Misspelling.isNearEverydayWord(key)
    }

    /// A word no English list knows and that is no typing slip for one ("alwys", "frmo"); a hyphenated word
    /// only when a part of it is ("e-mail" is not).
    static func isUnknown(_ word: Words.Word) -> Bool {
        let key = word.key
        if key.contains("-") { return isUnknown(key) }
        return key.count >= 2 && !word.lists.isEveryday && !Misspelling.isNearEverydayWord(key)
    }

    static func isUnknown(_ key: String) -> Bool {
        if key.contains("-") { return key.split(separator: "-").contains { isUnknown(String($0)) } }
        return key.count >= 2 && !Gazetteer.isEverydayWord(key) && !Misspelling.isNearEverydayWord(key)
    }

    /// "St Helens", "St Albans": a place that starts here (the built-in list spells "st" as "saint").
    private static func isPlace(_ items: [Words.Word], at index: Int) -> Bool {
        var keys = items[index...].prefix(3).map(\.key)
        // "St Mary's" with its apostrophe is a saint's school or church more often than the place.
        if items[min(index + 1, items.count - 1)].text.hasSuffix("'s") || items[min(index + 1, items.count - 1)].text.hasSuffix("\u{2019}s") {
            return false
        }
        if Gazetteer.places.match(keys, at: 0) >= 2 { return true }
        guard keys.first == "st" else { return false }
        keys[0] = "saint"
        return Gazetteer.places.match(keys, at: 0) >= 2
    }

    /// A word before a sentence's new clause: "and", "but", "then".
    private static func joins(_ word: Words.Word) -> Bool { ["and", "but", "then", "so", "cos", "coz", "n", "&"].contains(word.lower) }

    /// What one starts, leaves or joins after "the" that is no school: "left the army with nothing".
    static let notSchoolAfterThe: Set<String> = [
        "course", "job", "army", "navy", "forces", "team", "club", "band", "group", "programme", "program", "apprenticeship",
        "house", "room", "flat", "country", "area", "city", "town", "process", "game", "season", "gym", "company", "scheme",
        "service", "unit", "ward", "project", "system", "uk", "country", "hostel", "job", "internship", "training",
    ]

    static let schoolNouns: Set<String> = ["school", "skool", "skl", "college", "academy", "school:", "sixth-form", "uni", "university"]
    /// Words just before a school's name that say where someone is or was: "at", "into", "left", "attend".
    static let placeCues: Set<String> = ["at", "into", "left", "attend", "attends", "attended", "attending", "joined", "started"]
    /// Words before "to" that say someone goes somewhere: "go back to", "moved to", "sent 2".
    static let motionWords: Set<String> = [
        "go", "goes", "going", "gone", "went", "back", "moved", "move", "moving", "sent", "send", "get", "got", "come",
        "came", "transferred", "return", "returned", "returning", "off", "applied", "apply", "switched", "changed",
    ]
    static let ownedSchool: Set<String> = ["old", "new", "previous", "last", "first", "current", "next"]
    /// Services and shops young people name by their letters: never a school's.
    static let services: Set<String> = [
        "uc", "hmrc", "dwp", "dvla", "ucas", "jcp", "cab", "cex", "tk", "hmv", "mcd", "mcds", "ymca", "ywca", "bt", "ee",
        "nhs", "gp", "ae", "sw", "iro", "yot", "cps", "snap", "insta", "kfc", "jd", "ikea", "hsbc", "rspca", "nspcc",
        "flt", "fl", "apt", "rm", "blk", "ap", "sen",
    ]
    static let startWords: Set<String> = ["started", "start", "starting", "joined", "join", "joining", "moved", "move"]
    /// Places of everyday life a frame might hold: "went to town in september", "at the gym till year 10".
    static let placeNouns: Set<String> = [
        "town", "city", "church", "mosque", "temple", "gym", "park", "shops", "shop", "hospital", "work", "bed", "beach",
        "london", "england", "uk", "abroad", "camp", "club", "youth", "centre", "contact", "respite", "therapy", "court",
    ]
    static let saintOpeners: Set<String> = ["st", "st.", "saint", "holy", "sacred", "notre", "blessed", "christ", "all", "corpus"]
    /// Names that follow a faith's opener: "Holy Trinity", "Sacred Heart", "All Saints", "Notre Dame".
    static let faithNames: Set<String> = [
        "trinity", "cross", "family", "rosary", "spirit", "heart", "dame", "saints", "souls", "angels", "redeemer",
        "ghost", "name", "innocents", "child", "apostles", "martyrs", "king", "christi",
    ]
    static let examWords: Set<String> = [
        "gcses", "gcse", "qualifications", "exams", "levels", "level", "btec", "btecs", "a-levels", "alevels", "results",
        "grades", "maths", "english",
    ]
    /// Words that open no school's name even where a frame says school: people and the places of a life in care.
    static let notSchoolWords: Set<String> = [
        "home", "care", "foster", "placement", "hostel", "work", "uni", "university", "everyone", "everybody", "nobody",
        "someone", "they", "people", "staff", "school", "college", "teachers", "teacher", "kids", "mum", "dad", "mums",
        "dads", "nan", "nans", "mates", "friends", "police", "court", "hospital", "prison", "jail", "mainstream",
        "primary", "secondary", "sixth", "year", "yr", "classes", "lessons", "class", "pe", "it", "re", "dt",
    ]
}
