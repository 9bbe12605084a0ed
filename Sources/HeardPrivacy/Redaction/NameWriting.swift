/// Signals that hold whatever the phrasing: how the writer of a comment uses capitals, and how a surname
/// stands after a given name. A writer who starts sentences in lower case ("i got moved again. Hope helped
/// me") capitalises a word only when it is a name, so a capital at a sentence's start means as much as one in
/// the middle; a writer who capitalises any sentence's first ordinary word ("I dunno. Will they let me
/// stay?") gives no such sign. An everyday-word name in capitals in a comment that is not shouting ("RUBY x",
/// "me LILY and [name]"; four letters, as three-letter abbreviations such as "PIP" spell names) is emphasis or a name, never an abbreviation, so it is read as the same word in lower
/// case would be. A surname after a given name owns a relation without its apostrophe ("[name] greens mum"),
/// and a surname that is a small word ("Day") still ends a full name when the name goes on as a person's
/// does ("[name] Day was my social worker", "ring [name] day on [phone number]"); "[name] day out" stays.
extension NameCues {
    /// Whether the writer starts sentences in lower case: the comment's first word is a lower-case word and
    /// no later sentence opens with an ordinary word (not a name) in capitals. Then a capital at a sentence's
    /// start is a sign of a name, as one in the middle is.
    static func writesSentencesInLowerCase(_ items: [Words.Word]) -> Bool {
        guard let first = items.first, !first.isCapitalised, !first.isCaseless else { return false }
        for word in items.dropFirst() where word.startsSentence && word.isCapitalised {
            let flags = word.lists
            // "The staff", "I dunno", "Will they": an ordinary word (a modal too) opening a sentence in capitals.
            if flags.contains(.function) || word.lower == "i" || word.classes.contains(.notNameAfterCue)
                || (flags.isEveryday && !flags.contains(.everydayName) && !flags.isName) {
                return false
            }
        }
        return true
    }

    /// "[name] greens mum used to look after me", "[name] khans dad": a surname with an owner's "s" and no
    /// apostrophe, right after a name, before a relation.
    static func ownsRelationAsSurname(_ items: [Words.Word], at index: Int) -> Bool {
        let word = items[index]
        guard word.key.utf8.count >= 4, word.key.hasSuffix("s"), !word.isAllCapitals, ownsRelation(items, at: index) else { return false }
        let flags = Gazetteer.flags[String(word.key.dropLast())] ?? []
        return flags.contains(.surname) && !flags.contains(.function)
    }

    /// "[name] Day was my social worker", "my carers are [name] day and [name]", "ring [name] day on [phone
    /// number]": a surname that is a small word, right after a name, written with a capital in the middle of
    /// a sentence or followed by what follows a person's full name; not "[name] day out", "[name] day trip".
    static func endsFullNameAsSmallWord(_ items: [Words.Word], at index: Int, capital: Bool, nameAfterJoin: Bool = false) -> Bool {
        let word = items[index]
        guard word.lists.contains(.surname), !word.classes.contains(.notNameAfterCue), !word.classes.contains(.relation),
              word.key.utf8.count >= 3 else { return false }
        guard index + 1 < items.count, !items[index + 1].isAfterBreak, !word.punctuationAfter, word.placeholderAfter == nil else {
            return capital
        }
        let next = items[index + 1].lower
        let two = index + 2 < items.count && !items[index + 2].isAfterBreak ? items[index + 2].lower : ""
        if next == "on", let contact = items[index + 1].placeholderAfter, [.phone, .email, .handle].contains(contact) { return true }
        if ["and", "an", "n", "&"].contains(next) && (items[index + 1].placeholderAfter == .name || nameAfterJoin || ["me", "i"].contains(two)) { return true }
        if ["is", "was", "wuz", "woz"].contains(next) && ["my", "our", "ma", "me"].contains(two) { return true }
        return capital && (personMarkers.contains(next) || actingVerbs.contains(next) || ["is", "was", "from", "at"].contains(next))
    }

    /// Whether a name (a `[name]` or a word found a name) follows the word at `index` in the same phrase.
    static func beforeName(_ items: [Words.Word], _ isName: [Bool], at index: Int) -> Bool {
        guard !items[index].punctuationAfter, !items[index].numberAfter else { return false }
        if items[index].placeholderAfter == .name { return true }
        return index + 1 < items.count && isName[index + 1] && !items[index + 1].isAfterBreak
    }

    /// "will [name] from th council sorted it", "Will [name] is my pa now": a modal is followed by a verb,
    /// never by a surname and then what follows a person ("from", "is", "at", "said"); "will [name] come
    /// to my review" keeps its modal.
    static func modalBeforeFullName(_ items: [Words.Word], _ isName: [Bool], at index: Int) -> Bool {
        guard opensClause(items, at: index), beforeName(items, isName, at: index) else { return false }
        var cursor = index + 1
        if items[index].placeholderAfter == .name {
            // The word after the placeholder, if it follows in the same sentence.
            guard cursor < items.count, items[cursor].placeholderBefore == .name, !items[cursor].isAfterBreak else { return false }
        } else {
            while cursor < items.count, isName[cursor] { cursor += 1 }
            guard cursor < items.count, !items[cursor].isAfterBreak else { return false }
        }
        let next = items[cursor].lower
        return ["from", "at", "is", "was", "has", "had", "said", "says", "sorted", "helped", "told"].contains(next)
    }
}
