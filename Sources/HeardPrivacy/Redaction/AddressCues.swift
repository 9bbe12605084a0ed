import Foundation

/// Addresses found by what is said about them rather than by their shape: "i live at the old rectory",
/// "my old address was woodside", "they put me in rosedene", "Woodside is where i live now". After (or before)
/// the cue, the words that can be part of an address are taken: numbers, placeholders, street types, building
/// words, capitalised words, names and words no list knows; a town everyone knows ("Grimsby") ends it.
enum AddressCues {
    static let before = Pattern(#"\b(?:(?:live|lives|lived|living|livin|stay|stays|stayed|staying|stayin|surfing|placed)\s+(?:at|on)|(?:address|adress|addy)(?:\s+(?:is|was|now))?\s*[:\-]?|(?:new|old|current|first|last|mums?|mum's|dads?|dad's|nans?|nan's|carers?|carer's)\s+(?:place|flat|house|home|gaff|placement)\s+(?:is|was)|my\s+flat\s+is|(?:post|send)\s+it\s+to|(?:put|placed|moved)\s+(?:me|us)\s+(?:in|into|to)|(?:hostel|hostle|b&b|bnb|placement)\s+(?:at|on)|c\s*/\s*o|care\s+of|(?:post|letters?|mail)\s+(?:still\s+)?(?:goes|go|went|comes)\s+(?:2|to)|write\s+to\s+(?:me|us)\s+at|deliver(?:ed)?\s+(?:it\s+)?to|(?:lodgings|placement)\s+(?:is|was)\s+(?:at|in)|(?:come|came|coming)\s+(?:round|over)\s+to|(?:sent|send|posted)\s+(?:the\s+)?(?:letters?|post|stuff|form)\s+to)\s+"#)
    /// "im living in millers cottage", "she lives in the laurels": a town everyone knows is not an address here.
    private static let inside = Pattern(#"\b(?:living|livin|live|lives|lived|staying|stayin|stay|stays|stayed)\s+in\s+"#)
    private static let after = Pattern(#"\s+(?:is|was)\s+(?:where\s+(?:i|we|my\s+\w+)\s+(?:live|lives|lived|stay|stays|stayed)|my\s+(?:foster\s+|new\s+|old\s+)?(?:home|placement)\b(?!\s+(?:town|city|country|nation|life))|(?:the|da|teh|tha)\s+name\s+of\s+(?:the|my|da|teh|tha)\s+(?:home|house|placement|hostel|unit))\b"#)

    static func redact(_ text: String) -> String {
        var result = text
        let lower = ASCIISearch.lowered(text)
        // Each cue holds one of these: the patterns run only when one is there.
        let forward = ["ve at", "ve on", "ving at", "ving on", "vin at", "ng at", "es at", "es on", "ay at", "ays at", "ayed at", "ying at", "yin at",
                       "ng on", "ed at", "addres", "adres", "addy", "e is", "t is", "e was", "t was", "f is", "it to", "me in",
                       "us in", "me to", "us to", "b&b", "bnb", "nt at", "el at", "le at", "c/o", "c / o", "care of", "es to",
                       "go to", "go 2", "es 2", "nt to", "me at", "us at", "er to", "ver it", "nd to", "er to", "st to", "ff to", "rm to", "nt is at", "nt was at", "gs is at", "gs was at", "nt is in", "nt was in"]
        if forward.contains(where: { ASCIISearch.contains(lower, $0) }),
           lower.contains(where: { $0 >= 0x80 }) || AddressCueGate.mayHold(lower) {
            result = redactAfterCues(result)
        }
        if ["ve in ", "es in ", "ng in ", "ed in ", "ay in ", "ys in ", "in in "].contains(where: { ASCIISearch.contains(lower, $0) }) {
            result = redactInsideCues(result)
        }
        let backward = ["where i live", "where we live", "where i stay", "where we stay", "where i lived", "where i stayed",
                        "where my", "s my foster home", "s my home", "s my new home", "s my placement", "s my foster placement",
                        "s my new placement", "s my old placement", "as my placement", "as my home", "as my foster home",
                        " name of the ", " name of my ", " name of da ", " name of teh ", " name of tha "]
        guard backward.contains(where: { ASCIISearch.contains(lower, $0) }) else { return result }
        return redactBeforeCues(result)
    }

    private static func redactAfterCues(_ text: String) -> String {
        var result = text
        for match in before.matches(in: text).reversed() {
            guard let cue = Range(match.range, in: result), !schoolYearFollows(result[cue.upperBound...]) else { continue }
            // "stay at uni of Peterborough": a school's type just after the cue is the school's, not a home's.
            // "address: woodlands", "my address is rosedene": after the word "address" any word but a small one is it.
            let cueText = result[cue].lowercased()
            let named = ["addres", "adres", "addy"].contains { cueText.contains($0) }
            // "where ill live at 18, ...": a number of one or two digits alone is an age, not a house.
            if let end = span(in: result, from: cue.upperBound, named: named), !schoolGoesOn(result[end...]),
               !schoolGoesOn(result[cue.upperBound...]), named || !isAgeAlone(result[cue.upperBound..<end]) {
                result.replaceSubrange(cue.upperBound..<end, with: Placeholder.address.rawValue)
            }
        }
        return result
    }

    /// A number of one or two digits with nothing else: "live at 18" is an age, and a house number alone
    /// names no house.
    static func isAgeAlone(_ span: Substring) -> Bool {
        (1...2).contains(span.count) && span.allSatisfy(\.isASCIIDigit)
    }

    /// "put me in Speke [and District Grammar School]": the words found begin a school's name, left to the
    /// school finder.
    static func schoolGoesOn(_ after: Substring) -> Bool {
        let words = after.prefix(40).lowercased().split(separator: " ").prefix(2).map { $0.filter(\.isLetter) }
        guard let first = words.first else { return false }
        // A school's type (`SchoolRedaction.types`); of the short ones, those that are no everyday word ("comp",
        // "tech", "form" and "unit" are); "sixth" of a sixth form.
        let type = SchoolRedaction.types.contains(first) && (first.count > 4 || ["high", "pru", "utc", "uni"].contains(first))
        if type || first == "sixth" || first == "6th" { return true }
        return words.count == 2 && ["and", "of", "for"].contains(first)
            && ["district", "technology", "learning", "art", "further", "education", "science", "excellence"].contains(words[1])
    }

    /// "they put me in year 10", "moved us to yr 9": a school year, not a home.
    static func schoolYearFollows(_ after: Substring) -> Bool {
        let first = after.prefix(12).lowercased().split(separator: " ").first.map { $0.filter(\.isLetter) }
        return first == "year" || first == "yr"
    }

    private static func redactInsideCues(_ text: String) -> String {
        var result = text
        for match in inside.matches(in: text).reversed() {
            guard let cue = Range(match.range, in: result) else { continue }
            // "live in the flats above the chippy": a kind of home, not its name.
            let next = result[cue.upperBound...].lowercased().split(separator: " ").prefix(2).map { $0.filter(\.isLetter) }
            if let first = next.first(where: { $0 != "the" }),
               StreetTypes.isStreetType(first) || AddressWords.buildings.contains(first) || ["houses", "hostel", "homes", "flats"].contains(first) || schoolYearFollows(result[cue.upperBound...]) {
                continue
            }
            if let end = span(in: result, from: cue.upperBound, placesEnd: true), !schoolGoesOn(result[end...]) {
                result.replaceSubrange(cue.upperBound..<end, with: Placeholder.address.rawValue)
            }
        }
        return result
    }

    private static func redactBeforeCues(_ text: String) -> String {
        var result = text
        for match in after.matches(in: text).reversed() {
            guard let cue = Range(match.range, in: result) else { continue }
            if let start = spanBackward(in: result, to: cue.lowerBound) {
                result.replaceSubrange(start..<cue.lowerBound, with: Placeholder.address.rawValue)
            }
        }
        return result
    }

    /// The end of the address that starts at `start`, or nil when no address word follows.
    private static func span(in text: String, from start: String.Index, placesEnd: Bool = false, named: Bool = false) -> String.Index? {
        var end: String.Index?
        var cursor = start
        var taken = 0
        var leading = true
        var pending = 0
        while taken < 9, cursor < text.endIndex {
            var tokenEnd = cursor
            if text[cursor] == "[" {
                guard let close = text[cursor...].firstIndex(of: "]") else { break }
                let placeholder = text[cursor...close]
                guard placeholder == Placeholder.address.rawValue || placeholder == Placeholder.name.rawValue else { break }
                tokenEnd = text.index(after: close)
            } else {
                tokenEnd = text[cursor...].firstIndex { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "’" || $0 == "-") }
                    ?? text.endIndex
                guard tokenEnd > cursor else { break }
                let token = text[cursor..<tokenEnd]
                let lower = token.lowercased()
                // "lives in scotland said ...": a town or country ends an address read after "in".
                if placesEnd && Gazetteer.places.contains(single: NameKey.key(lower)) { break }
                let afterThe = taken > 0 && leading && text[..<cursor].lowercased().hasSuffix("the ")
                // "i live at no. 83B", "live at number 5": a house's number after its marker.
                if taken == 0, let numberEnd = houseNumberEnd(text, marker: lower, after: tokenEnd) {
                    end = numberEnd
                    cursor = numberEnd
                    taken += 1
                    leading = false
                    guard cursor < text.endIndex, text[cursor] == " " else { break }
                    cursor = text.index(after: cursor)
                    continue
                }
                if leading && ["the", "old"].contains(lower) {
                    // "the old rectory": taken only with what follows.
                } else if isAddressWord(token, first: !placesEnd && (taken == 0 || (leading == false && end == nil && pending == 0)))
                            || afterThe && isHouseNamedInPlural(lower)
                            || named && taken == 0 && isHouseWordAfterAddress(lower) {
                    // "at the laurels", "c/o the hollies": a house named in the plural after "the".
                    end = tokenEnd
                    pending = 0
                } else {
                    // "ivy [address]": an everyday word is taken only when an address word follows it.
                    guard pending == 0, !AddressRedaction.partStopWords.contains(lower), !NameCues.functionWords.contains(lower)
                    else { break }
                    pending += 1
                }
                if !["the", "old"].contains(lower) { leading = false }
            }
            if text[cursor] == "[" { end = tokenEnd }
            taken += 1
            cursor = tokenEnd
            // One separator: a space, or a comma and a space.
            if cursor < text.endIndex, text[cursor] == "," { cursor = text.index(after: cursor) }
            guard cursor < text.endIndex, text[cursor] == " " else { break }
            cursor = text.index(after: cursor)
        }
        return end
    }

    /// The start of the address that ends at `end` ("Woodside is where i live").
    private static func spanBackward(in text: String, to end: String.Index) -> String.Index? {
        var start: String.Index?
        var cursor = end
        var streetWords = 0
        for _ in 0..<5 {
            let tokenStart = text[..<cursor].lastIndex { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "’" || $0 == "-") }
                .map { text.index(after: $0) } ?? text.startIndex
            guard tokenStart < cursor else { break }
            let token = text[tokenStart..<cursor]
            // Before a street type, a street's own words may be everyday ones ("90a oak hill").
            let ownWord = streetWords > 0 && streetWords < 3 && !AddressRedaction.partStopWords.contains(token.lowercased())
                && !AddressRedaction.genericStreetWords.contains(token.lowercased())
            guard isAddressWord(token, first: start == nil) || ownWord || start == nil && isNamedWithThe(token, in: text, at: tokenStart)
            else { break }
            streetWords = StreetTypes.isStreetType(token.lowercased()) || streetWords > 0 ? streetWords + 1 : 0
            start = tokenStart
            guard tokenStart > text.startIndex else { break }
            var separator = text.index(before: tokenStart)
            guard text[separator] == " " else { break }
            if separator > text.startIndex, text[text.index(before: separator)] == "," { separator = text.index(before: separator) }
            cursor = separator
        }
        return start
    }
}
