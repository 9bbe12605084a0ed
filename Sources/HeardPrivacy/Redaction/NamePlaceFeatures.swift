/// What a name's place looks like around one everyday word that is also a name ("hope", "storm", "joy"): the
/// words and word classes either side, its capital, how often the word is written in its ordinary sense and
/// whether its neighbours are ones its ordinary uses have (`NameGrammar`). `NamePlaceModel` weighs these; the
/// same features are printed for development by `heard redact --name-places` so the weights are learnt from
/// exactly what is read here (`Scripts/gazetteer/train_name_places.py`).
struct NamePlaceFeatures {
    /// Whether the word at `index` is one the model reads: an everyday word that a name list also holds, not a
    /// small word or a word never a name, and not already found to be a name.
    static func isCandidate(_ word: Words.Word, _ fact: WordFacts) -> Bool {
        (fact.everydayName || (fact.given && fact.everyday)) && fact.couldBeName
            && !word.classes.contains(.function) && !word.classes.contains(.relation)
    }

    /// The place of the word at `index`: its features (names as the weights file writes them), and the two plain
    /// readings of its place `NamePlaceModel` never overrules.
    struct Place {
        var features: [String]
        /// A list comma beside the word ("apples, honey, bread").
        var inList: Bool
        /// Neighbours on both sides that the word's ordinary uses have ("with hope", "i love summer,").
        var ordinaryBothSides: Bool
    }

    /// The place of the word at `index`.
    static func of(_ items: [Words.Word], _ facts: [WordFacts], _ isName: [Bool], at index: Int, casual: Bool) -> Place {
        let word = items[index], fact = facts[index]
        var features = ["bias"]
        features.reserveCapacity(24)
        if casual {
            features.append("case=casual")
        } else if word.isAllCapitals {
            features.append("case=caps")
        } else if word.isCapitalised {
            features.append(word.startsSentence ? "case=capstart" : "case=capmid")
        } else {
            features.append("case=lower")
        }
        if fact.seldom { features.append("w=seldom") }
        if fact.surname { features.append("w=surname") }
        if fact.commonSurname { features.append("w=commonsurname") }
        if !fact.everydayName { features.append("w=givenword") }
        if word.classes.contains(.calendarName) { features.append("w=calendar") }
        if word.classes.contains(.notNameAfterCue) { features.append("w=modal") }
        let uses = NameGrammar.table[word.lower]
        switch uses?.seen ?? 0 {
        case 0: features.append("seen=0")
        case ..<40: features.append("seen<40")
        case ..<200: features.append("seen<200")
        default: features.append("seen>=200")
        }
        let left = leftSide(items, isName, at: index)
        let right = rightSide(items, isName, at: index)
        var ordinaryBothSides = false
        if let uses {
            let leftSeen = uses.before.contains(left.token), rightSeen = uses.after.contains(right.token)
            features.append(leftSeen ? "g=leftseen" : "g=leftnew")
            features.append(rightSeen ? "g=rightseen" : "g=rightnew")
            ordinaryBothSides = leftSeen && rightSeen
        }
        features.append("l1=" + left.token)
        features.append("r1=" + right.token)
        for name in left.classes { features.append("l1c=" + name) }
        for name in right.classes { features.append("r1c=" + name) }
        if left.token != "^", index >= 2, !items[index - 1].isAfterBreak, !items[index - 2].punctuationAfter {
            features.append("l2=" + token(items[index - 2], isName[index - 2]))
        }
        if right.token != "$", index + 2 < items.count, !items[index + 2].isAfterBreak, !items[index + 1].punctuationAfter {
            features.append("r2=" + token(items[index + 2], isName[index + 2]))
        }
        features.append("lr=" + left.token + "_" + right.token)
        return Place(features: features, inList: left.token == "," || right.token == ",", ordinaryBothSides: ordinaryBothSides)
    }

    private struct Side {
        var token: String
        var classes: [String]
    }

    /// The word before: "^" at a clause's start, "[name]" for a name or its placeholder, else its lower form.
    private static func leftSide(_ items: [Words.Word], _ isName: [Bool], at index: Int) -> Side {
        let word = items[index]
        if let placeholder = word.placeholderBefore { return Side(token: placeholder.rawValue, classes: []) }
        if index == 0 || word.isAfterBreak || items[index - 1].punctuationAfter {
            return Side(token: index > 0 && items[index - 1].listAfter ? "," : "^", classes: [])
        }
        let previous = items[index - 1]
        return Side(token: token(previous, isName[index - 1]), classes: classNames(previous))
    }

    /// The word after: "$" at a clause's end, "#" before a number, "[name]" for a name or its placeholder.
    private static func rightSide(_ items: [Words.Word], _ isName: [Bool], at index: Int) -> Side {
        let word = items[index]
        if let placeholder = word.placeholderAfter { return Side(token: placeholder.rawValue, classes: []) }
        if word.numberAfter { return Side(token: "#", classes: []) }
        if index + 1 == items.count || items[index + 1].isAfterBreak || word.punctuationAfter {
            return Side(token: word.listAfter ? "," : "$", classes: [])
        }
        let next = items[index + 1]
        var classes = classNames(next)
        let key = next.key
        if key.utf8.count >= 5, !next.isCapitalised, key.hasSuffix("ed") { classes.append("ed") }
        if key.utf8.count >= 5, !next.isCapitalised, key.hasSuffix("ing") { classes.append("ing") }
        if key.utf8.count >= 4, key.hasSuffix("s"), !next.classes.contains(.function) { classes.append("s") }
        return Side(token: token(next, isName[index + 1]), classes: classes)
    }

    private static func token(_ word: Words.Word, _ isName: Bool) -> String {
        if isName { return "[name]" }
        return word.lower.utf8.contains { $0 >= 48 && $0 <= 57 } ? "#" : word.lower
    }

    /// The classes a neighbour is in, as features.
    private static func classNames(_ word: Words.Word) -> [String] {
        var names: [String] = []
        for (flag, name) in namedClasses where word.classes.contains(flag) { names.append(name) }
        let lists = word.lists
        if lists.contains(.given) && !lists.isEveryday { names.append("name") }
        if word.isCapitalised && !word.startsSentence { names.append("cap") }
        return names
    }

    private static let namedClasses: [(WordClasses, String)] = [
        (.function, "function"), (.relation, "relation"), (.personVerb, "personverb"), (.personMarker, "personmarker"),
        (.determiner, "determiner"), (.owner, "owner"), (.clauseOpener, "opener"), (.weakIntroducer, "weakintro"),
        (.introducer, "introducer"), (.title, "title"), (.kin, "kin"), (.describer, "describer"), (.team, "team"),
        (.motion, "motion"), (.calendarName, "calendar"), (.weekday, "weekday"), (.notNameAfterCue, "modal"),
    ]
}
