/// Places only a person fills, read for any word, on a name list or not ("smudge", "pickle", "lofty"): what
/// people call someone is often an everyday word no list holds. Each place is one no ordinary word stands in:
/// set off by a bracket that says who the word is ("bug (my sw) forgot"), signing a comment off with a kiss
/// ("... - spud x"), given an age ("by CHIP (16)", "mercy age 14"), quarrelled with or told off by ("i argued
/// with tee-tee", "got told off by tank"), or asked before "she knows" ("ask smudge she knows"). The word must
/// be one a nickname may be (`nicknameable`: no small word, relation, modal or verb after a name).
extension NameCues {
    /// Whether the word at `index` stands where only a person does, whatever the word.
    static func standsOnlyAsPerson(_ items: [Words.Word], at index: Int) -> Bool {
        let word = items[index]
        guard nicknameable(word), word.key.utf8.count >= 3, !people.contains(word.lower) else { return false }
        return bracketsRelation(items, at: index) || signsOffAlone(items, at: index) || signedFrom(items, at: index) || givenAge(items, at: index)
            || quarrelledWith(items, at: index) || askedWhoKnows(items, at: index) || apposedRelation(items, at: index)
            || thankedAtEnd(items, at: index)
    }

    /// "and Chops, my foster sister, is leaving": set off by commas, then "my" and a relation closed by a comma
    /// (not "Thanks, my carer, for everything").
    static func apposedRelation(_ items: [Words.Word], at index: Int) -> Bool {
        let word = items[index]
        guard word.punctuationAfter, gap(items, after: index).contains(","), index + 3 < items.count,
              items[index + 1].lower == "my", !signOffWords.contains(word.lower), !opensWithDeterminer(items, at: index),
              index == 0 || word.isAfterBreak || items[index - 1].punctuationAfter || ["and", "&", "n"].contains(items[index - 1].lower)
        else { return false }
        var relation = index + 2
        if describers.contains(items[relation].lower), relation + 1 < items.count { relation += 1 }
        return relations.contains(items[relation].lower) && !people.contains(items[relation].lower)
            && items[relation].punctuationAfter && gap(items, after: relation).contains(",")
    }

    /// "thank you pickle for everything", "also thx lofty": thanked by name at the end of the comment or before
    /// "for" (not "thanks again for", "thank you all", "thx mate").
    static func thankedAtEnd(_ items: [Words.Word], at index: Int) -> Bool {
        guard index >= 1, !items[index].isAfterBreak, !items[index - 1].punctuationAfter,
              !thankedWords.contains(items[index].lower), !signOffWords.contains(items[index].lower) else { return false }
        let one = items[index - 1].lower
        let thanks = ["thx", "thanks", "thanx", "cheers"].contains(one)
            || (["you", "u"].contains(one) && index >= 2 && ["thank", "thankyou"].contains(items[index - 2].lower))
        guard thanks else { return false }
        var end = index + 1
        while end < items.count, kisses.contains(items[end].lower) { end += 1 }
        if end == items.count { return true }
        return !items[index].punctuationAfter && !items[index + 1].isAfterBreak && items[index + 1].lower == "for"
    }

    /// Words after "thanks" that thank no one by name.
    static let thankedWords: Set<String> = [
        "again", "lots", "loads", "heaps", "guys", "mate", "mates", "team", "everyone", "everybody", "all", "much", "very",
        "so", "anyway", "tho", "sir", "miss", "bro", "babe", "hun", "hon", "love", "luv", "pal", "fam", "bruv", "man",
        "girl", "girls", "boys", "lads", "staff", "people", "folks", "both", "too", "soo", "sooo", "million", "ever",
        "once", "alot", "lot", "kindly", "enough", "you", "u", "yall",
    ]

    /// "bug (my sw) forgot", "juniper (my sw)": a bracket right after the word holding only "my" and a relation.
    static func bracketsRelation(_ items: [Words.Word], at index: Int) -> Bool {
        guard index + 2 < items.count, items[index + 1].lower == "my", gap(items, after: index).contains("("),
              !opensWithDeterminer(items, at: index) else { return false }
        let relation = items[index + 2]
        // The bracket closes on the relation: "(my sw)", not "help with money (my sw [name] said)".
        return relation.classes.contains(.relation) && !people.contains(relation.lower) && gap(items, after: index + 2).contains(")")
    }

    /// "... - smudge x", "my birth certificate is lost, bear xx": one word opening the last clause, then only a
    /// kiss to the end of the comment (not "love x", "thanks x", "bye x").
    static func signsOffAlone(_ items: [Words.Word], at index: Int) -> Bool {
        let word = items[index]
        guard index > 0, word.isAfterBreak || items[index - 1].punctuationAfter, word.placeholderBefore == nil,
              word.placeholderAfter == nil, !word.punctuationAfter,
              index + 1 < items.count, kisses.contains(items[index + 1].lower), !signOffWords.contains(word.lower)
        else { return false }
        var end = index + 1
        while end < items.count, kisses.contains(items[end].lower) { end += 1 }
        return end == items.count
    }

    /// "... - from lofty", "... . from mouse", "- from lofty and Mrs [name]": "from" opening the last clause, then the
    /// word at the comment's end or before "and" (not "away from home", "from school and college" mid-clause).
    static func signedFrom(_ items: [Words.Word], at index: Int) -> Bool {
        guard index >= 2, !items[index].isAfterBreak, !items[index].punctuationAfter || index + 1 == items.count,
              ["from", "frm"].contains(items[index - 1].lower) else { return false }
        let opening = items[index - 1].isAfterBreak || items[index - 2].punctuationAfter
        // "... and from mouse", "and from muffin also thx": "and from" closing the comment (not "to and from school").
        let joined = ["and", "also"].contains(items[index - 2].lower) && !items[index - 1].isAfterBreak
            && (index < 3 || items[index - 3].lower != "to")
        guard opening || joined else { return false }
        var end = index + 1
        while end < items.count, kisses.contains(items[end].lower) { end += 1 }
        if end == items.count { return true }
        return !items[index + 1].isAfterBreak && (["and", "&", "n"].contains(items[index + 1].lower)
            || (joined && items[index + 1].lower == "also"))
    }

    /// "by CHIP (16)", "mercy age 14", "[name] fish age 14": a word, then an age a young person may be (10 to 25)
    /// in brackets or after "age"; not after "my", "the" or "at" ("my dog (3)", "at school age 14").
    static func givenAge(_ items: [Words.Word], at index: Int) -> Bool {
        guard !opensWithDeterminer(items, at: index) else { return false }
        if index > 0, !items[index].isAfterBreak, ["at", "in", "of", "from", "since", "primary", "secondary"].contains(items[index - 1].lower) {
            return false
        }
        let word = items[index]
        // An opening bracket marks the word as followed by punctuation: the text is read only then.
        if word.punctuationAfter {
            let after = gap(items, after: index, through: 6)
            return after.hasPrefix("(") || after.hasPrefix(" (") ? isAge(after, closed: true) : false
        }
        guard index + 1 < items.count, ["age", "aged"].contains(items[index + 1].lower), items[index + 1].numberAfter,
              !items[index + 1].isAfterBreak, !word.punctuationAfter else { return false }
        return isAge(gap(items, after: index + 1, through: 4), closed: false)
    }

    /// "i argued with tee-tee again", "fell out with bluebell", "got told off by tank": a quarrel is had with people.
    static func quarrelledWith(_ items: [Words.Word], at index: Int) -> Bool {
        guard index >= 2, !items[index].isAfterBreak, !items[index - 1].isAfterBreak, !items[index - 1].punctuationAfter,
              !items[index - 2].punctuationAfter else { return false }
        let one = items[index - 1].lower, two = items[index - 2].lower
        if one == "with" { return ["argued", "arguing", "argue", "argues", "fighting", "fought", "row", "rowing", "rowed"].contains(two)
            || (two == "out" && index >= 3 && ["fell", "fall", "falling", "falls"].contains(items[index - 3].lower)) }
        return one == "by" && two == "off" && index >= 3 && ["told", "telled", "shouted"].contains(items[index - 3].lower)
    }

    /// "ask smudge she knows", "tell bean he can have it": the word taken up at once by "she" or "he".
    static func askedWhoKnows(_ items: [Words.Word], at index: Int) -> Bool {
        guard index >= 1, index + 1 < items.count, !items[index].isAfterBreak, !items[index + 1].isAfterBreak,
              !items[index].punctuationAfter, ["ask", "asked", "tell", "told"].contains(items[index - 1].lower) else { return false }
        return ["she", "he"].contains(items[index + 1].lower)
    }

    /// Words that sign a comment off without naming anyone.
    static let signOffWords: Set<String> = [
        "love", "luv", "thanks", "thank", "thx", "thanx", "ty", "cheers", "bye", "ta", "lol", "sorry", "please", "pls",
        "hugs", "later", "night", "morning", "soon", "again", "tho", "though", "too", "anyway", "haha", "bless", "ok", "okay",
        "thankyou", "xoxo", "peace", "out",
    ]

    private static func opensWithDeterminer(_ items: [Words.Word], at index: Int) -> Bool {
        index > 0 && !items[index].isAfterBreak && items[index - 1].classes.contains(.determiner)
    }

    /// The text right after the word at `index` (up to `limit` characters), or between it and the next word.
    private static func gap(_ items: [Words.Word], after index: Int, through limit: Int = 0) -> Substring {
        let base = items[index].text.base
        let start = items[index].range.upperBound
        if limit > 0 { return base[start..<(base.index(start, offsetBy: limit, limitedBy: base.endIndex) ?? base.endIndex)] }
        let end = index + 1 < items.count ? items[index + 1].range.lowerBound : base.endIndex
        return start <= end ? base[start..<end] : base[start..<start]
    }

    /// " (16)", " 14": a number from 10 to 25 standing alone (`closed`: in brackets of its own), spaces aside.
    private static func isAge(_ text: Substring, closed: Bool) -> Bool {
        let number = text.drop { $0 == " " || $0 == "(" }
        let digits = number.prefix { $0.isASCII && $0.isNumber }
        guard digits.count == 2, let age = Int(digits), (10...25).contains(age) else { return false }
        let rest = number.dropFirst(2)
        if closed { return rest.first == ")" }
        return rest.first.map { !$0.isLetter && !$0.isNumber } ?? true
    }
}
