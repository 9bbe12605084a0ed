/// Places in a sentence where a word that is also an everyday word ("Hope", "Will", "pat", "river") stands as
/// a person: the subject that opens a sentence and acts ("carol keeps changing my appointments"), the name a
/// relation is given ("my sw is jasmine", "my mum pat"), the name someone goes by ("i go by opal").
extension NameCues {
    /// "carol keeps ...", "Miles sed ...", "patience plays ...": the first word of a sentence, then a verb a
    /// person does. Not after a determiner ("the rain makes"), and not a word that is itself a verb or a modal.
    static func opensSentenceActing(_ items: [Words.Word], at index: Int) -> Bool {
        let word = items[index]
        guard index == 0 || word.startsSentence || word.isAfterBreak,
              index + 1 < items.count, !items[index + 1].isAfterBreak, !word.punctuationAfter else { return false }
        let next = items[index + 1].lower
        return personMarkers.contains(next) || actingVerbs.contains(next)
    }

    /// Verbs a person does, beyond `personMarkers`, that rarely follow an everyday noun opening a sentence.
    static let actingVerbs: Set<String> = [
        "sed", "sayd", "plays", "played", "watches", "watched", "supports", "copies", "wears", "shares", "ignores",
        "bullies", "blames", "blocked", "blocks", "screams", "laughed", "teaches", "taught", "cooks", "cooked",
        "drives", "lent", "owes", "swore", "stole", "steals", "hugs", "winds", "bought", "u", "ur", "r", "wanted",
    ]

    /// "my sw is jasmine", "my key worker at the home is brexleigh", "the carer before was kez": the word after
    /// "is" or "was" whose subject, a few words back, is a relation.
    static func namedByRelation(_ items: [Words.Word], at index: Int) -> Bool {
        guard index >= 3, !items[index].isAfterBreak, ["is", "was", "s"].contains(items[index - 1].lower) else { return false }
        if index + 1 < items.count, !items[index + 1].isAfterBreak, predicateFollowers.contains(items[index + 1].lower) {
            return false
        }
        var cursor = index - 2
        while cursor >= 0, index - cursor <= 6 {
            let lower = items[cursor].lower
            if relations.contains(lower), cursor > 0, owners.contains(items[cursor - 1].lower) || describers.contains(items[cursor - 1].lower)
                || items[cursor - 1].lower == "the" {
                return true
            }
            if items[cursor].isAfterBreak { break }
            cursor -= 1
        }
        return false
    }

    /// Words after "my sw is X" that make X an adjective or noun, not a name: "is kind and", "is brilliant at".
    static let predicateFollowers: Set<String> = ["at", "to", "about", "with", "for", "of", "than"]

    /// "i go by opal", "known as Hope", "everyone calls me Will".
    static func goesBy(_ items: [Words.Word], at index: Int) -> Bool {
        guard index >= 2, !items[index].isAfterBreak else { return false }
        let one = items[index - 1].lower, two = items[index - 2].lower
        return (one == "by" && ["go", "goes", "going", "went"].contains(two)) || (one == "as" && two == "known")
            || (one == "me" && ["calls", "call", "called"].contains(two))
    }
}
