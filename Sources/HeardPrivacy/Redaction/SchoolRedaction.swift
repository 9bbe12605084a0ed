/// Schools, academies and colleges by name, as a whole: "Havelock Academy", "st margarets catholic primary
/// school", "St Mary's C of E Academy", "Tollbar Learning Centre", "harris academy oldfleet", "healing infant
/// school"; not "my school", "secondary school", "a catholic school" or "going to college".
enum SchoolRedaction {
    /// Ranges to replace by `[school]`.
    static func find(in words: Words) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        // "collge", "prmry", "HGH": a type mistyped is read as the type.
        let items = SchoolTypeSpelling.corrected(words.items)
        var index = 0
        while index < items.count {
            let word = items[index]
            // Most words start no school's name: one lookup says so.
            guard word.classes.contains(.schoolStart) else {
                // "(xsfc)", "at hsfc": a sixth form college by its letters.
                if isSixthFormLetters(word) { ranges.append(word.range) }
                index += 1
                continue
            }
            // "ProStart Training", "Prime Futures": a training provider's name before its word.
            if let first = SchoolProviders.start(items, endingAt: index, shouting: words.shouting) {
                ranges.append(items[first].range.lowerBound..<word.range.upperBound)
                index += 1
                continue
            }
            if let end = trustSchool(items, at: index, shouting: words.shouting) {
                ranges.append(items[index].range.lowerBound..<items[end].range.upperBound)
                index = end + 1
                continue
            }
            // "Westfield Sixth Form", "Saltmarsh Pupil Referral Unit", "Marsh Lane Alternative Provision": a type of
            // two words ("mental health provision" is no school).
            if let end = referralUnitOnAddress(items, at: index) {
                ranges.append(word.range.lowerBound..<end)
                index += 2
                continue
            }
            if let end = typeFirstSchool(items, at: index, shouting: words.shouting) {
                ranges.append(items[index].range.lowerBound..<items[end].range.upperBound)
                index = end + 1
                continue
            }
            // "blackthorn junior school", "wexham primary school": a kind before the type is read from the type,
            // back over the kind to the school's own words.
            if kinds.contains(word.lower), twoWordTypes[word.lower] == nil, index + 1 < items.count,
               ["school", "academy", "college"].contains(items[index + 1].lower), !items[index + 1].isAfterBreak,
               items[index + 1].onlySpacesBefore {
                index += 1
                continue
            }
            let compound = index > 0 && (twoWordTypes[word.lower]?.contains(items[index - 1].lower) == true
                || word.lower == "i" && items[index - 1].lower == "j" && gap(items, index) == "&")
            let isType = (types.contains(word.lower) && twoWordTypes[word.lower] == nil) || compound
                || ((denominations.contains(word.lower) || isChurchOfEngland(items, index))
                    && isDenominationEnd(items, index, shouting: words.shouting))
                || (word.lower == "secondary" && isDenominationEnd(items, index, shouting: words.shouting, afterPlace: false))
            guard isType, !(word.lower == "high" && !isHighSchool(items, index)), !(["centre", "center"].contains(word.lower)
                && !(index > 0 && centreKinds.contains(items[index - 1].lower)) && !(index + 2 < items.count && items[index + 1].lower == "for")) else {
                index += 1
                continue
            }
            // Back over the kinds ("catholic primary"), then the school's own words ("st margarets").
            var first = compound && word.lower == "i" ? index - 1 : index
            // "of" only in "C of E" and "Church of England": "weeks of school", "loads of college" name none.
            while first > 0, kinds.contains(items[first - 1].lower), !items[first].isAfterBreak,
                  items[first - 1].lower != "of" || ["e", "england"].contains(items[first].lower) { first -= 1 }
            var own = 0
            // Before a kind ("healing infant school"), any word that is not a small or generic one is the name.
            if first < index, first > 0, !items[first].isAfterBreak, items[first].onlySpacesBefore, isOwnWord(items[first - 1]) {
                first -= 1
                own += 1
            } else if first < index, first > 1, !items[first].isAfterBreak, items[first].onlySpacesBefore,
                      ["house", "hall"].contains(items[first - 1].lower), items[first - 1].onlySpacesBefore, isOwnWord(items[first - 2]) {
                // "Pioneer House High School", "brook hall primary school": a building's word after a word of its own.
                first -= 2
                own += 2
            }
            // Then back over up to four words that are not small or generic, keeping them from the first that
            // looks like a name: "ormiston maritime academy", not "the new maritime academy".
            var candidates: [Int] = []
            var cursor = first
            while cursor > 0, candidates.count < 4, !items[cursor].isAfterBreak, items[cursor].onlySpacesBefore,
                  isOwnWord(items[cursor - 1])
                    || ["st", "saint"].contains(items[cursor - 1].lower) || isCapitalisedOpening(items, cursor - 1, shouting: words.shouting) {
                cursor -= 1
                candidates.append(cursor)
            }
            // "moved to windmill hill academy": after "to", "at" or "from", every word of its own is the name.
            let cues = ["to", "at", "from", "2", "attend", "attended", "attends"]
            if let earliest = candidates.last, earliest > 0, cues.contains(items[earliest - 1].lower)
                || (earliest > 1 && items[earliest - 1].lower == "the" && cues.contains(items[earliest - 2].lower)) {
                own += first - earliest
                first = earliest
            } else if let start = candidates.last(where: { isNameLike(items[$0], shouting: words.shouting) }) {
                own += first - start
                first = start
            } else if candidates.count == 1, first == index, clauseTypes.contains(word.lower), opensClause(items, candidates[0]),
                      index + 1 < items.count, !items[index + 1].isAfterBreak, clauseVerbs.contains(items[index + 1].lower) {
                // "riverside utc is alright", "... - parkside academy were good": one word of its own before an
                // academy's type opening a clause about it.
                own += 1
                first = candidates[0]
            }
            // "Grimsby and District College", "Our Lady of the Rosary Catholic Academy": the name before "and" or "of".
            if own == 0, first > 0 {
                let extended = extendBackward(items, from: first)
                if extended < first && (extended..<first).contains(where: { !["and", "&", "of", "the"].contains(items[$0].lower) }) {
                    own += first - extended
                    first = extended
                }
            }
            // "[address] pupil referral unit", "[address] sixth form": a name the address finder took first.
            var start = items[first].range.lowerBound
            if own == 0, first < index || compound, items[first].placeholderBefore == .address,
               let placeholder = placeholderStart(before: items[first]) {
                start = placeholder
                own = 1
            }
            // Forward: more type words ("High School"), then an academy's place ("Harris Academy Oldfleet").
            var last = index
            while last + 1 < items.count, types.contains(items[last + 1].lower) || kinds.contains(items[last + 1].lower),
                  !items[last + 1].isAfterBreak, items[last + 1].range.lowerBound > items[last].range.upperBound,
                  // "of" only in "C of E" and "College of FE"; "Academy of Sport" is `extendForward`'s.
                  items[last + 1].lower != "of" || (last + 2 < items.count && ["e", "fe"].contains(items[last + 2].lower)) {
                last += 1
            }
            // "University Technical College Maltby", "UTC Leek", "Beacon Academy, Sefton": a place after the type.
            let typeFirst = own == 0 && ["utc", "university"].contains(word.lower)
            if own > 0 || typeFirst, let place = placeAfter(items, last, shouting: words.shouting),
               own > 0 ? ["academy", "college", "utc"].contains(items[last].lower)
                || ["upper", "lower"].contains(items[last].lower) && ["academy", "college"].contains(items[last - 1].lower) : true {
                last = place
                own += 1
            }
            if own > 0 {
                let extended = extendBackward(items, from: first)
                if extended < first { start = items[extended].range.lowerBound }
                last = extendForward(items, from: last)
                ranges.append(start..<items[last].range.upperBound)
            }
            index = last + 1
        }
        for found in SchoolCues.find(in: items, shouting: words.shouting)
        where !ranges.contains(where: { $0.overlaps(items[found].range) }) {
            ranges.append(items[found].range)
        }
        for span in SchoolFrames.find(in: items, shouting: words.shouting, found: ranges) {
            let range = items[span.lowerBound].range.lowerBound..<items[span.upperBound].range.upperBound
            if !ranges.contains(where: { $0.overlaps(range) }) { ranges.append(range) }
        }
        // "got an offer from oasis", "applying to xav and Oakwood": admitted or applying, as to a school.
        for span in SchoolAdmissions.find(in: items, found: ranges) {
            let range = items[span.lowerBound].range.lowerBound..<items[span.upperBound].range.upperBound
            if !ranges.contains(where: { $0.overlaps(range) }) { ranges.append(range) }
        }
        // Sentences about school and bare going ("im in year 13 at Cranbrook", "went ashbourne for a bit"); a
        // name another reading took in part ("[abbeydale] grange") is widened to the whole.
        for span in SchoolContext.find(in: items, shouting: words.shouting) {
            let range = items[span.lowerBound].range.lowerBound..<items[span.upperBound].range.upperBound
            if let at = ranges.firstIndex(where: { $0.overlaps(range) }) {
                ranges[at] = min(ranges[at].lowerBound, range.lowerBound)..<max(ranges[at].upperBound, range.upperBound)
            } else {
                ranges.append(range)
            }
        }
        // "Wuhan No.1 middle school", "school no. 14 in Voronezh", "[school] Boys": numbers and closing words.
        return SchoolNumbers.widen(ranges, in: items)
    }
}
