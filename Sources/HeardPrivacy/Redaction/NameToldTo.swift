/// Places where only a person stands, whatever the word's ordinary sense: the one a name is "what my mum called
/// me" ("praise is what my mum called me"), the one something is told or written to ("i told it all to jasmine",
/// "i wrote a letter to honour but"), the one given a number ("please give my number to rocky"), the one who
/// does not pick up, the one seen on a weekday ("i go shops with mercy on saturdays"), and a name said alone
/// ("Cliff", "destiny!!", "its wisdom btw"). The ordinary readings stay: "give it to charity", "i hope",
/// "its sunny", "hope." alone.
extension NameCues {
    /// "praise is what my mum called me", "chip is what everyone calls me": what someone is called.
    static func calledWhat(_ items: [Words.Word], at index: Int) -> Bool {
        guard index + 4 < items.count, !items[index].punctuationAfter, !items[index + 1].isAfterBreak,
              copulas.contains(items[index + 1].lower), items[index + 2].lower == "what",
              !items[index + 2].isAfterBreak else { return false }
        var cursor = index + 3
        while cursor + 1 < items.count, cursor <= index + 6, !items[cursor].isAfterBreak {
            if callingVerbs.contains(items[cursor].lower) {
                return !items[cursor + 1].isAfterBreak && objectPronouns.contains(items[cursor + 1].lower)
            }
            cursor += 1
        }
        return false
    }

    /// "i told it all to jasmine", "i wrote a letter to honour but", "please give my number to rocky.": after
    /// "to", a verb of telling or writing a few words back (or of giving one's number), then the clause ends.
    static func toldTo(_ items: [Words.Word], at index: Int) -> Bool {
        guard index >= 3, !items[index].isAfterBreak, items[index - 1].lower == "to", !items[index - 1].isAfterBreak,
              clauseEndsAfter(items, at: index) else { return false }
        var cursor = index - 2
        var contact = false
        while cursor >= 0, index - cursor <= 5 {
            let lower = items[cursor].lower
            if contactWords.contains(lower) { contact = true }
            if tellingVerbs.contains(lower) || (contact && givingVerbs.contains(lower)) { return true }
            if items[cursor + 1].isAfterBreak || items[cursor].punctuationAfter || cursor == 0 || items[cursor].isAfterBreak { break }
            cursor -= 1
        }
        return false
    }

    /// Whether a clause ends right after the word: the comment's end, a mark, a placeholder or a joining word.
    static func clauseEndsAfter(_ items: [Words.Word], at index: Int) -> Bool {
        index + 1 == items.count || items[index].punctuationAfter || items[index + 1].isAfterBreak
            || items[index].placeholderAfter != nil || withEnders.contains(items[index + 1].lower)
    }

    /// Verbs whose "to" takes a person: "told it all to", "wrote a letter to", "explained everything to".
    static let tellingVerbs: Set<String> = [
        "told", "tell", "tells", "telling", "wrote", "write", "writes", "written", "writing", "explained", "explain",
        "said", "say", "sed", "lied", "talked", "spoke", "confessed", "admitted", "complained", "messaged", "texted",
    ]
    /// Verbs of giving, which take a person after "to" only when what is given is a way to reach someone.
    static let givingVerbs: Set<String> = ["give", "gave", "given", "giving", "send", "sent", "pass", "passed", "hand", "handed"]
    /// What is given only to a person: "my number", "my snap".
    static let contactWords: Set<String> = ["number", "num", "details", "email", "snap", "insta", "phone", "address", "addy"]

    /// "chase dont pick up", "Precious never picks up": a person who does not answer the phone.
    static func picksUp(_ items: [Words.Word], at index: Int) -> Bool {
        guard index + 3 < items.count, !items[index].punctuationAfter,
              (index + 1...index + 3).allSatisfy({ !items[$0].isAfterBreak }), negations.contains(items[index + 1].lower)
        else { return false }
        return pickWords.contains(items[index + 2].lower) && items[index + 3].lower == "up"
    }

    /// "i go shops with mercy on saturdays": someone one goes out with on a day of the week.
    static func withOnWeekdays(_ items: [Words.Word], at index: Int) -> Bool {
        guard index >= 1, index + 2 < items.count, !items[index].isAfterBreak, !items[index].punctuationAfter,
              withWords.contains(items[index - 1].lower), dayLeadIns.contains(items[index + 1].lower),
              !items[index + 1].isAfterBreak, !items[index + 2].isAfterBreak else { return false }
        let day = items[index + 2].lower
        return weekdays.contains(day) || weekdays.contains(String(day.dropLast())) || weekendWords.contains(day)
    }

    /// "Cliff", "destiny!!", "Charity. my ig ...", "thats it! bliss... ref": a name said alone as a sentence.
    static func saidAlone(_ items: [Words.Word], at index: Int) -> Bool {
        let word = items[index]
        guard index == 0 || word.startsSentence, word.placeholderAfter == nil, word.placeholderBefore == nil || index == 0 else { return false }
        return index + 1 == items.count || items[index + 1].startsSentence
    }

    /// "its wisdom btw", "its king here": who is writing, for a word whose ordinary grammar never has it after
    /// "its" or "is" ("its sunny btw" stays).
    static func introducedAsIts(_ items: [Words.Word], at index: Int) -> Bool {
        let word = items[index]
        guard index >= 1, index + 1 < items.count, !word.isAfterBreak, !word.punctuationAfter, !items[index + 1].isAfterBreak,
              itsWords.contains(items[index - 1].lower) else { return false }
        return introductionEnds.contains(items[index + 1].lower) && !NameGrammar.seenAfter("its", word: word.lower)
            && !NameGrammar.seenAfter("is", word: word.lower)
    }

    /// "i only get to see april once a month", "i visit hope every week": someone seen regularly.
    static func seenRegularly(_ items: [Words.Word], at index: Int) -> Bool {
        guard index >= 1, index + 1 < items.count, !items[index].isAfterBreak, !items[index + 1].isAfterBreak,
              !items[index].punctuationAfter else { return false }
        return seeingVerbs.contains(items[index - 1].lower) && timesWords.contains(items[index + 1].lower)
    }

    /// "my pa from leaving care jasmine is sound", "my sw from camhs rose said": a relation, where they are from,
    /// then the word, then what a person does or is.
    static func afterRelationFrom(_ items: [Words.Word], at index: Int) -> Bool {
        guard index >= 4, index + 1 < items.count, !items[index].isAfterBreak, !items[index + 1].isAfterBreak,
              !items[index].punctuationAfter else { return false }
        let next = items[index + 1].lower
        guard beingOrHaving.contains(next) || personMarkers.contains(next) || actingVerbs.contains(next) else { return false }
        var cursor = index - 1
        while cursor >= 2, index - cursor <= 3, !items[cursor].isAfterBreak, !items[cursor].punctuationAfter {
            if items[cursor].lower == "from" { return afterRelation(items, at: cursor) && cursor < index - 1 }
            cursor -= 1
        }
        return false
    }

    /// "i love dale, ...", "i love chase but": someone loved, for a name seldom written as a word, when the clause ends
    /// right after it and the word's ordinary grammar never has "love" before it ("i love summer", "i love honey" stay).
    static func lovedByMe(_ items: [Words.Word], at index: Int) -> Bool {
        guard index >= 2, !items[index].isAfterBreak, !items[index - 1].isAfterBreak, loveWords.contains(items[index - 1].lower),
              loverPronouns.contains(items[index - 2].lower), clauseEndsAfter(items, at: index) else { return false }
        return !NameGrammar.seenAfter("love", word: items[index].lower) && !NameGrammar.seenAfter("luv", word: items[index].lower)
    }
}
