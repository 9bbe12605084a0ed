/// The strong cues around a name: what stands before one ("my sw X", "called X", "me and X", "Mr X", "this is
/// X") and after one ("X my carer", "X is my sw", "X and me", "X from the leaving care team").
extension NameCues {
    /// "my sw X", "called X", "me and X", "Mr X", "this is X".
    static func precedes(_ items: [Words.Word], at index: Int) -> Bool {
        guard index > 0, !items[index].isAfterBreak else { return false }
        let one = items[index - 1].lower
        let two = index > 1 ? items[index - 2].lower : ""
        let three = index > 2 ? items[index - 3].lower : ""
        // The lists the word before is in, found once when the words were read (`WordClasses`).
        let oneIs = items[index - 1].classes
        if oneIs.contains(.introducer) { return true }
        if oneIs.contains(.title) && (oneIs.contains(.unambiguousTitle) || items[index - 1].isCapitalised || items[index].isCapitalised) {
            return true
        }
        if afterRelation(items, at: index) || afterKinOpening(items, at: index) { return true }
        if (one == "and" || one == "n") && (two == "me" || (two == "i" && three != "")) { return true }
        if one == "an" && two == "me" { return true }  // "me an kaz"
        if one == "is" && (two == "name" || two == "this" || two == "nickname" || two == "surname" || two == "lastname")
            || one == "name" && (owners.contains(two) || nameKinds.contains(two)) {
            return true
        }
        if (one == "to" || one == "with") && ["speak", "talk", "spoke", "talked", "speaking", "talking"].contains(two) { return true }
        if oneIs.contains(.familyTitle) && !items[index - 1].isAfterBreak { return true }
        if one == "names" && owners.contains(two) { return true }
        if one == "as" && two == "known" { return true }
        // "the council has me as PHAM, charity", "they put me down as Kone".
        if one == "as" && (two == "me" || two == "down") { return true }
        return false
    }

    /// "my real surname is khan", "surname is wood", "my last name is baker": the word that says what a surname
    /// is, so a surname that is also an English word is the name there.
    static func afterSurnameWord(_ items: [Words.Word], at index: Int) -> Bool {
        guard index >= 2, !items[index].isAfterBreak, !items[index - 1].isAfterBreak, items[index - 1].lower == "is" else { return false }
        let two = items[index - 2].lower
        return two == "surname" || two == "lastname" || (two == "name" && index >= 3 && items[index - 3].lower == "last"
            && !items[index - 2].isAfterBreak)
    }

    /// "X my carer", "X is my sw", "X and me", "X from the leaving care team".
    static func follows(_ items: [Words.Word], at index: Int) -> Bool {
        guard index + 1 < items.count, !items[index + 1].isAfterBreak else { return false }
        let one = items[index + 1].lower
        let two = index + 2 < items.count && !items[index + 2].isAfterBreak ? items[index + 2].lower : ""
        let three = index + 3 < items.count ? items[index + 3].lower : ""
        let four = index + 4 < items.count ? items[index + 4].lower : ""
        let five = index + 5 < items.count ? items[index + 5].lower : ""
        // "Jay my carer", not "i hope my brother is ok" or "Call my carer".
        let word = items[index]
        let apposition = index == 0 || !subjectPronouns.contains(items[index - 1].lower)
        // "Chi, my sw, is lovely": set off by commas on both sides, the relation can only be said of the word.
        let apposed = word.punctuationAfter && index + 3 < items.count
            && ((relations.contains(two) && items[index + 2].punctuationAfter)
                || (describers.contains(two) && relations.contains(three) && items[index + 3].punctuationAfter))
        if items[index + 1].classes.contains(.owner) && apposition
            && (!word.startsSentence || !word.lists.isEveryday || word.lists.contains(.everydayName) || apposed)
            && (relations.contains(two) || (describers.contains(two) && (relations.contains(three)
                // "carol my old foster carer still texts me": two describing words before the relation.
                || (describers.contains(three) && relations.contains(four) && !items[index + 3].isAfterBreak)))) { return true }
        if ["is", "was", "s", "wuz", "woz", "iz"].contains(one) && owners.contains(two)
            && (relations.contains(three) || (describers.contains(three) && (relations.contains(four) || relations.contains(five)))) {
            return true
        }
        // "pickering is my dads surname", "vo is my surname".
        if ["is", "was", "s"].contains(one) && owners.contains(two)
            && (three == "surname" || (four == "surname" && ["dads", "mums", "nans", "real", "birth", "dad's", "mum's"].contains(three))) {
            return true
        }
        // "jade and me", "Jay n i" (not "i feel safe n i like it": a quality after "feel" or "so").
        if (one == "and" || one == "n" || one == "an") && (two == "me" || two == "i")
            && (index == 0 || word.isAfterBreak || !qualityBefore.contains(items[index - 1].lower)) { return true }
        if (one == "family" || one == "household" || one == "familys") && index > 0 && ["the", "th", "da"].contains(items[index - 1].lower) {
            return true
        }
        if (one == "from" || one == "at") && [three, four, five].contains(where: teams.contains) { return true }
        return false
    }
}
