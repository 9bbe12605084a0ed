/// The words an address cue's span is read over: a house's name after "address is", a house's number after
/// its marker, a house named in the plural or with "the", and the words an address may hold.
extension AddressCues {
    /// After "address is" or "address:", a word that is no small word and says nothing about the address
    /// ("changing", "wrong", "private"): the house's name ("address: woodlands").
    static func isHouseWordAfterAddress(_ lower: String) -> Bool {
        lower.count >= 3 && !lower.hasSuffix("ing") && !lower.hasSuffix("ed") && !AddressRedaction.partStopWords.contains(lower)
            && !NameCues.functionWords.contains(lower) && !HandleCues.platforms.contains(lower)
            && !HandleCues.accountStates.contains(lower)
            && !["wrong", "right", "secret", "unknown", "correct", "fine", "below", "above", "attached", "there"].contains(lower)
    }

    /// The end of a house's number after a marker ("no. 83B", "number 5", "num 12a"), or nil.
    static func houseNumberEnd(_ text: String, marker: String, after end: String.Index) -> String.Index? {
        guard ["no", "number", "num", "numb", "nr"].contains(marker) else { return nil }
        var cursor = end
        if cursor < text.endIndex, text[cursor] == "." { cursor = text.index(after: cursor) }
        while cursor < text.endIndex, text[cursor] == " " { cursor = text.index(after: cursor) }
        let digitsEnd = text[cursor...].firstIndex { !$0.isASCIIDigit } ?? text.endIndex
        let digits = text.distance(from: cursor, to: digitsEnd)
        guard (1...4).contains(digits) else { return nil }
        var numberEnd = digitsEnd
        // "83B", "67b": one letter after the digits.
        if numberEnd < text.endIndex, text[numberEnd].isLetter {
            let next = text.index(after: numberEnd)
            guard next == text.endIndex || !text[next].isLetter else { return nil }
            numberEnd = next
        }
        return numberEnd
    }

    /// "the laurels", "the hollies", "the stables": a plural word of five letters or more, not a function word.
    static func isHouseNamedInPlural(_ lower: String) -> Bool {
        lower.count >= 5 && lower.hasSuffix("s") && !lower.hasSuffix("ss") && !NameCues.functionWords.contains(lower)
            && !["weekends", "holidays", "moment", "times", "minutes", "hours", "days", "weeks", "months", "years",
                 "shops", "others", "lights", "traffic"].contains(lower)
    }

    /// "the beeches is my foster home": a word after "the", nearest a cue, names the house.
    static func isNamedWithThe(_ token: Substring, in text: String, at start: String.Index) -> Bool {
        let lower = token.lowercased()
        guard !AddressRedaction.partStopWords.contains(lower), !NameCues.functionWords.contains(lower),
              text[..<start].lowercased().hasSuffix("the ") else { return false }
        return true
    }

    /// A word that can be part of an address. The word next to the cue may be a house named like a town
    /// ("woodside is where i live").
    static func isAddressWord(_ token: Substring, first: Bool = false) -> Bool {
        if token.first?.isNumber == true { return token.count <= 5 }
        let lower = token.lowercased()
        if StreetTypes.isStreetType(lower) { return true }
        if AddressRedaction.partStopWords.contains(lower) || NameCues.functionWords.contains(lower) { return false }
        // "i live on twitch", "basically live on tiktok": an app is where a young person spends time, not an address.
        if HandleCues.platforms.contains(lower) { return false }
        let key = NameKey.key(lower)
        if Gazetteer.places.contains(single: key) { return first }
        if token.first?.isUppercase == true { return true }
        return !Gazetteer.isEverydayWord(key) || (Gazetteer.isName(key) && !Gazetteer.englishWords.contains(key))
    }
}
