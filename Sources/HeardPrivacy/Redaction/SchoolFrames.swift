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
        // "sir john cass": a title opens a name though it is no name word itself.
        guard isNameWord(items[index]) || items[index].classes.contains(.schoolOpener) else { return nil }
        // "go 2 KES": the reader keeps "2" as a number, so it stands between the words.
        let twoForTo = index > 0 && !items[index].isAfterBreak && items[index - 1].classes.contains(.motion)
            && SchoolRedaction.gap(items, index).trimmingCharacters(in: .whitespaces) == "2"
        let cue = twoForTo ? .to : index > 0 && !items[index].isAfterBreak && items[index].onlySpacesBefore ? cueBefore(items, index) : .none
        // "st thomas more", "our lady's", "holy trinity", "notre dame": a saint's or faith's opener after a cue.
        let clauseStart = index == 0 || items[index].isAfterBreak || joins(items[index - 1])
        // Without a cue only "X excluded me" at a clause's start is left to look for, or a name no list holds
        // described as a school ("... tenisons is a good school").
        guard cue != .none || clauseStart || frameAfter(items, index + 1) == .described && isUnknown(items[index])
                && !items[index].lists.contains(.place) else { return nil }
        let describedAnywhere = cue == .none && !clauseStart
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
            if after == .excluded || after == .described, cue == .place || clauseStart || describedAnywhere && after == .described,
               allStrong(end) || saintName(items, at: index) == end { return index...end }
            // "i go to the Bridge in sunderland", "goes to Tenisons in Grimsby": someone going, a name written as one
            // or no list holds, then the town it is in.
            if after == .inTown, goesToThe(items, index), (index...end).allSatisfy({ isWrittenName(items[$0], shouting: shouting) }) {
                return index...end
            }
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
            // A lower-case abbreviation after a school noun no one owns is a slip: "college is goig well".
            let abbreviation = isAbbreviation(items[index], shouting: shouting) && (items[index].isAllCapitals || ownedNoun(items, index))
            // "(school is oakwood)", "school: tenisons": a school noun opening its clause says whose it is.
            let opensClause = nounAt >= 0 && (nounAt == 0 || items[nounAt].isAfterBreak
                || SchoolRedaction.gap(items, nounAt).contains("(")) && ["is", "was"].contains(items[index - 1].lower)
            let written = abbreviation || (items[index].isCapitalised && !shouting) || owned || opensClause
            if allStrong(end), written { return index...end }
        }
        // "go back to rgs", "nobody at qeh knew", "got into KGS": an abbreviation after a cue needs nothing more.
        // After "to" only where someone goes: "go back to rgs", not "had to rign".
        let goesTo = cue != .to || twoForTo || (index >= 2 && items[index - 2].classes.contains(.motion))
        // After "left", "started", "joined" only capitals: "i left cae at 18" is a slip for "care".
        let capitalsOnly = cue == .place && !["at", "into"].contains(items[index - 1].lower)
        // After a school noun with no owner, lower case is a slip: "college is goig well", "school iis hard".
        let slipAfterNoun = cue == .schoolNoun && !items[index].isAllCapitals && !ownedNoun(items, index)
        if cue != .none, goesTo, isAbbreviation(items[index], shouting: shouting), !slipAfterNoun,
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

    /// Whether the school noun before word `index` is someone's ("my school hgs", "my old college is bhs") or set
    /// off by a mark ("school: hgs").
    private static func ownedNoun(_ items: [Words.Word], _ index: Int) -> Bool {
        let nounAt = ["is", "was", "called", "named"].contains(items[index - 1].lower) ? index - 2 : index - 1
        guard nounAt >= 0 else { return false }
        if items[nounAt].punctuationAfter { return true }
        return nounAt >= 1 && (items[nounAt - 1].classes.contains(.owner) || ownedSchool.contains(items[nounAt - 1].lower))
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
        // "sent me to the compass for year 11", "at the hive till year 10": a school called "the ...".
        if previous == "the", index >= 2, !items[index - 1].isAfterBreak, items[index - 1].onlySpacesBefore,
           ["to", "at", "into", "2"].contains(items[index - 2].lower), !notSchoolAfterThe.contains(items[index].lower),
           !SchoolAdmissions.notAfterThe.contains(items[index].lower) {
            return .place
        }
        if previous == "from" { return .from }
        if previous == "to" || previous == "2" { return .to }
        if items[index - 1].classes.contains(.placeCue) { return .place }
        return .none
    }

    enum After: Equatable { case none, school, school2, excluded, term, described, inTown }

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
        // "for year 11", "for y10": the years spent there.
        if first == "for", let topic = word(1), topic == "year" && items[index + 1].numberAfter
            || ["y7", "y8", "y9", "y10", "y11", "y12", "y13"].contains(topic) { return .school }
        // "in leeds", "in Grimsby": the town a place is in (a school only with someone going there, `goesToThe`).
        if first == "in", index + 1 < items.count, !items[index + 1].isAfterBreak, items[index + 1].lists.contains(.place),
           !items[index + 1].lists.isEveryday || items[index + 1].isCapitalised { return .inTown }
        return .none
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
}
