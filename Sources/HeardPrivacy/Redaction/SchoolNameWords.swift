/// The words `SchoolFrames` reads a school's name from: whether a word may stand in a name, a saint's or faith's
/// name, a place that starts with "St".
extension SchoolFrames {
    /// "st thomas more", "St Mary's", "our lady's", "holy trinity", "notre dame", "sacred heart": the end of a
    /// saint's or faith's name starting here, or nil.
    static func saintName(_ items: [Words.Word], at index: Int) -> Int? {
        let opener = items[index].lower
        guard index + 1 < items.count, !items[index + 1].isAfterBreak, items[index + 1].onlySpacesBefore else { return nil }
        let next = items[index + 1]
        if opener == "our", next.lower == "lady" { return index + 1 }
        // "archbishop tenison", "sir john cass", "King Edward": a title before a name no everyday list holds.
        if SchoolContext.openers.contains(opener) { return titledName(items, at: index) }
        guard saintOpeners.contains(opener), !next.classes.contains(.function),
              !next.classes.contains(.schoolGeneric), !next.isTextSpeak else { return nil }
        if ["holy", "sacred", "notre", "blessed", "christ", "corpus"].contains(opener) && !faithNames.contains(next.lower) && !next.isCapitalised {
            return nil
        }
        var end = index + 1
        // "St Thomas More", "St John Fisher": a second name after a saint's given name.
        if ["st", "st.", "saint"].contains(opener), end + 1 < items.count, !items[end + 1].isAfterBreak, items[end + 1].onlySpacesBefore,
           next.lists.contains(.given) || next.isCapitalised,
           items[end + 1].lower == "more" || (items[end + 1].isCapitalised && !items[end + 1].startsSentence
                                               && !items[end + 1].classes.contains(.function)
                                               && !items[end + 1].classes.contains(.schoolGeneric)) {
            end += 1
        }
        return end
    }

    /// The last word of a title's name after a cue ("went to archbishop tenison", "sir john cass"): one or two
    /// words written as names, listed as names or held by no everyday list; nil where the title stands alone.
    private static func titledName(_ items: [Words.Word], at index: Int) -> Int? {
        // After a given name any word of a name's shape is the surname: "sir hubert quill".
        func isName(_ at: Int, afterGiven: Bool = false) -> Bool {
            guard at < items.count, !items[at].isAfterBreak, items[at].onlySpacesBefore, !items[at - 1].punctuationAfter else { return false }
            let word = items[at]
            guard !word.classes.contains(.function), !word.classes.contains(.schoolGeneric), !word.isTextSpeak,
                  word.lower.count >= 3, !word.lower.allSatisfy(\.isNumber), !SchoolRedaction.types.contains(word.lower) else { return false }
            return word.isCapitalised || word.lists.isName || !word.lists.isEveryday || afterGiven && !word.classes.contains(.personVerb)
        }
        guard isName(index + 1) else { return nil }
        let afterGiven = items[index + 1].lists.contains(.given)
        return isName(index + 2, afterGiven: afterGiven) && (afterGiven || !items[index + 2].lists.isEveryday) ? index + 2 : index + 1
    }

    /// A word that may stand in a school's name: not a small or generic word, a number, or text-speak.
    static func isNameWord(_ word: Words.Word) -> Bool {
        let lower = word.lower
        let classes = word.classes
        // The classes first (bit tests), then the characters: an ASCII word's length and digits from its bytes
        // (a character of a word is one ASCII byte there, and only "0"-"9" are numbers among ASCII characters).
        guard !classes.contains(.function) || classes.contains(.saintOpener) || lower == "our",
              !classes.contains(.schoolGeneric) || classes.contains(.saintOpener) || lower == "our",
              !classes.contains(.relation), !classes.contains(.notSchool), !word.isTextSpeak else { return false }
        let utf8 = lower.utf8
        if utf8.allSatisfy({ $0 < 0x80 }) {
            guard utf8.count >= 2 || lower == "e", !utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return false }
        } else {
            guard lower.count >= 2, !lower.allSatisfy(\.isNumber) else { return false }
        }
        return !word.lists.contains(.notName)
    }

    /// A word that looks like a name's on its own: an abbreviation, a capitalised word in mid-sentence, a word
    /// no English list knows, a place's or a saint's opener.
    static func isStrongNameWord(_ word: Words.Word, shouting: Bool) -> Bool {
        if isAbbreviation(word, shouting: shouting) || word.classes.contains(.saintOpener) { return true }
        if word.isCapitalised && !word.startsSentence && !shouting { return true }
        return isUnknown(word)
    }

    /// "QEGS", "kgv", "hca", "qe": two to five letters no list knows, in capitals (when the comment is not
    /// shouting) or, up to four letters, in lower case.
    static func isAbbreviation(_ word: Words.Word, shouting: Bool) -> Bool {
        let key = word.key
        guard key.count >= 2, key.allSatisfy({ $0.isASCII && $0.isLetter }), !word.isTextSpeak,
              !word.lists.isEveryday, !word.lists.contains(.place), !NameCues.functionWords.contains(key),
              !services.contains(key), !word.classes.contains(.schoolTime) else { return false }
        if word.isAllCapitals { return key.count <= 5 && (!shouting || !word.lists.isName) }
        return key.count <= 4 && !word.isCapitalised && !word.lists.isName && !Misspelling.isNearEverydayWord(key)
    }

    /// A word no English list knows and that is no typing slip for one ("alwys", "frmo"); a hyphenated word
    /// only when a part of it is ("e-mail" is not).
    static func isUnknown(_ word: Words.Word) -> Bool {
        let key = word.key
        if key.contains("-") { return isUnknown(key) }
        return key.count >= 2 && !word.lists.isEveryday && !Misspelling.isNearEverydayWord(key)
    }

    static func isUnknown(_ key: String) -> Bool {
        if key.contains("-") { return key.split(separator: "-").contains { isUnknown(String($0)) } }
        return key.count >= 2 && !Gazetteer.isEverydayWord(key) && !Misspelling.isNearEverydayWord(key)
    }

    /// "St Helens", "St Albans": a place that starts here (the built-in list spells "st" as "saint").
    static func isPlace(_ items: [Words.Word], at index: Int) -> Bool {
        var keys = items[index...].prefix(3).map(\.key)
        // "St Mary's" with its apostrophe is a saint's school or church more often than the place.
        if items[min(index + 1, items.count - 1)].text.hasSuffix("'s") || items[min(index + 1, items.count - 1)].text.hasSuffix("\u{2019}s") {
            return false
        }
        if Gazetteer.places.match(keys, at: 0) >= 2 { return true }
        guard keys.first == "st" else { return false }
        keys[0] = "saint"
        return Gazetteer.places.match(keys, at: 0) >= 2
    }

    /// A word before a sentence's new clause: "and", "but", "then".
    static func joins(_ word: Words.Word) -> Bool { ["and", "but", "then", "so", "cos", "coz", "n", "&"].contains(word.lower) }
}
