/// A relation right before a word names it: "my sister X", "my foster carer X", "our new sw X", "dad holly is
/// back", with the words that may stand between the owner and the relation ("my little sister").
extension NameCues {
    /// "my sister X", "my foster carer X", "our new sw X", "my best friend X": a relation just before the word.
    static func afterRelation(_ items: [Words.Word], at index: Int) -> Bool {
        guard index >= 2, !items[index].isAfterBreak, !items[index - 1].isAfterBreak else { return false }
        // Most words follow no relation: one bit says so (`WordClasses.relation` is `relations`).
        guard items[index - 1].classes.contains(.relation) else { return false }
        let one = items[index - 1].lower, two = items[index - 2].lower
        let three = index >= 3 ? items[index - 3].lower : ""
        if owners.contains(two) || describers.contains(two) || two == "the" || two == "a" || two == "called" { return true }
        // "my maths tutor rose", "my english teacher summer": a subject between the owner and the teacher.
        if ["teacher", "tutor"].contains(one) && owners.contains(three) && !items[index - 2].isAfterBreak { return true }
        // "my mums partner rocky": a relation's relation.
        if ["mums", "dads", "nans", "sisters", "brothers", "carers", "moms", "mams"].contains(two) && owners.contains(three) { return true }
        return describers.contains(two) && owners.contains(three)
    }

    /// "Dad holly is back in prison", "nan pearl is poorly": a word of kin opening a clause, then the word,
    /// then the sentence going on (not a pronoun: "mum hope you are ok").
    static func afterKinOpening(_ items: [Words.Word], at index: Int) -> Bool {
        guard index >= 1, !items[index].isAfterBreak, !items[index - 1].punctuationAfter, items[index - 1].classes.contains(.kin),
              opensClause(items, at: index - 1), index + 1 < items.count, !items[index + 1].isAfterBreak,
              !items[index].punctuationAfter, !beforePronoun(items, at: index) else { return false }
        return true
    }

    /// Words of kin that name whom they go before even without "my": "dad holly", "nan pearl".
    static let kin: Set<String> = ["mum", "dad", "mam", "nan", "nana", "nanna", "brother", "sister", "bro", "sis", "mom",
                                   "stepdad", "stepmum"]

    /// Words between "my" and a relation: "my foster carer", "my little sister", "my new sw".
    static let describers: Set<String> = [
        "foster", "social", "key", "best", "little", "big", "older", "younger", "new", "old", "baby", "step", "half",
        "twin", "ex", "personal", "support", "youth", "leaving", "care", "family", "birth", "real", "favourite", "independent",
        "1st", "fav", "fave", "favorite",
        "lovely", "nice", "current", "last", "previous", "first", "other", "main", "school", "class", "form",
    ]

    /// "kurdish", "albanian", "congolese", "iraqi": a people's or a language's name, by its ending, which a relation
    /// may be described by ("my mum kurdish and my dad english") rather than named.
    static func namesAPeople(_ lower: String) -> Bool {
        ["ish", "ese", "ian", "an", "i", "ic"].contains { lower.hasSuffix($0) }
    }

    /// Whether only spaces stand between the word and the one before it ("my mate wembley", not "my mate @ wembley").
    static func onlySpaceBefore(_ items: [Words.Word], at index: Int) -> Bool {
        index > 0 && items[index].text.base[items[index - 1].range.upperBound..<items[index].range.lowerBound].allSatisfy { $0 == " " }
    }
}
