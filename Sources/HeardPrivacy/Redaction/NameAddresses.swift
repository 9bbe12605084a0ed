/// Where a young person writes to or about someone by name without a relation word: signing off ("love from
/// rose x"), speaking to them ("miss u rose"), introducing themselves ("im hope and im 15", "names hope"),
/// giving their age ("rose is 14"), saying how they feel about them ("i like hope she is nice"), and pairs
/// named together ("hope and faith are my sisters").
extension NameCues {
    /// Whether the word stands where only a person does, in any of the ways above.
    static func isAddressedOrIntroduced(_ items: [Words.Word], at index: Int) -> Bool {
        signsOff(items, at: index) || spokenTo(items, at: index) || introducesSelf(items, at: index)
            || givesAge(items, at: index) || feltAbout(items, at: index) || namedPair(items, at: index)
    }

    /// "from summer" or "love rose x" at the end of a comment; "hope x" alone.
    static func signsOff(_ items: [Words.Word], at index: Int) -> Bool {
        var end = index + 1
        while end < items.count, kisses.contains(items[end].lower) { end += 1 }
        guard end == items.count else { return false }
        let kissed = end > index + 1
        guard index > 0, !items[index].isAfterBreak else { return kissed && (index == 0 || items[index].isAfterBreak) }
        let one = items[index - 1].lower
        return one == "from" || one == "frm" || (kissed && ["love", "luv", "thanks", "thx", "ty", "cheers"].contains(one))
    }

    static let kisses: Set<String> = ["x", "xx", "xxx", "xxxx", "xo", "xoxo"]

    /// "miss u rose", "love you hope", "summer if ur reading this".
    static func spokenTo(_ items: [Words.Word], at index: Int) -> Bool {
        if index >= 2, !items[index].isAfterBreak, ["u", "you", "ya", "yu"].contains(items[index - 1].lower),
           ["miss", "love", "luv", "thank", "thanks", "hate", "missed", "loved", "ily"].contains(items[index - 2].lower) {
            return true
        }
        guard opensClause(items, at: index), index + 2 < items.count, items[index + 1].lower == "if" else { return false }
        return ["u", "ur", "you", "your", "youre", "ya"].contains(items[index + 2].lower)
    }

    /// "im hope and im 15", "names hope btw", "my names grace": the writer's own name.
    static func introducesSelf(_ items: [Words.Word], at index: Int) -> Bool {
        guard index > 0, !items[index].isAfterBreak else { return false }
        let one = items[index - 1].lower
        let opensWithIt = index == 1 || items[index - 1].isAfterBreak || items[index - 1].startsSentence
        if (one == "names" || one == "name") && (opensWithIt || owners.contains(index > 1 ? items[index - 2].lower : "")) { return true }
        guard one == "im" && opensWithIt else { return false }
        let next = index + 1 < items.count && !items[index + 1].isAfterBreak ? items[index + 1].lower : ""
        return next.isEmpty || items[index].numberAfter || items[index].punctuationAfter || ["and", "n", "&", "im", "aged", "age"].contains(next)
    }

    /// "rose is 14", "amber 14 lives with us": a person and their age.
    static func givesAge(_ items: [Words.Word], at index: Int) -> Bool {
        guard opensClause(items, at: index) else { return false }
        if items[index].numberAfter, index + 1 < items.count, ["lives", "is", "has", "goes", "got"].contains(items[index + 1].lower) {
            return true
        }
        guard index + 1 < items.count, !items[index + 1].isAfterBreak, items[index + 1].numberAfter else { return false }
        return ["is", "turned", "turns", "iz", "was"].contains(items[index + 1].lower)
    }

    /// "i like hope she is nice", "i hate storm he is mean".
    static func feltAbout(_ items: [Words.Word], at index: Int) -> Bool {
        guard index > 0, index + 1 < items.count, !items[index].isAfterBreak, !items[index + 1].isAfterBreak else { return false }
        return ["like", "hate", "love", "miss", "trust", "luv"].contains(items[index - 1].lower)
            && ["she", "he", "shes", "hes"].contains(items[index + 1].lower)
    }

    /// "hope and faith are my sisters": two people named, then what they are to the writer.
    static func namedPair(_ items: [Words.Word], at index: Int) -> Bool {
        func describedFrom(_ start: Int) -> Bool {
            guard start + 2 < items.count, ["are", "r", "were"].contains(items[start].lower), items[start + 1].classes.contains(.owner)
            else { return false }
            return items[start + 2].classes.contains(.relation)
                || (items[start + 2].classes.contains(.describer) && start + 3 < items.count && items[start + 3].classes.contains(.relation))
        }
        if index + 2 < items.count, ["and", "n", "&"].contains(items[index + 1].lower), describedFrom(index + 3) { return true }
        return index >= 2 && ["and", "n", "&"].contains(items[index - 1].lower) && describedFrom(index + 1)
    }
}
