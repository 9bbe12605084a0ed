import Foundation

/// Street addresses, redacted as a whole: flats, studios and units ("Flat 52", "Studio 64A"), a house number and
/// a street ("12 Smith Park", "4 martin coves"), a street named by its own words ("on Victoria Road", "Reed
/// Vista"), and what continues an address already found ("[address], Reed Vista, New Barbara, [postcode]").
enum AddressRedaction {
    static func redact(_ text: String, hints: ShapeHints) -> String {
        var result = text
        if hints.hasDigit {
            result = flat.replace(in: result, with: .address)
            if hints.street || hints.streetWord { result = numberedStreet(result) }
        }
        if hints.street { result = namedStreet(result) }
        if hints.addressCue { result = AddressCues.redact(result) }
        if ASCIISearch.contains(result, Placeholder.address.rawValue) { result = joinParts(continuation(result)) }
        return result
    }

    /// "[address] [address]", "[address], [address]": parts of one address found by different rules, as one.
    static func joinParts(_ text: String) -> String {
        let part = Placeholder.address.rawValue
        var result = text
        for separator in [", ", " ", ",", "\n"] {
            while result.contains(part + separator + part) {
                result = result.replacingOccurrences(of: part + separator + part, with: part)
            }
        }
        return result
    }

    static let flat = Pattern(#"\b(?:flat|apartment|apt|unit|room|studio|suite|block|maisonette)\s*(?:no\.?\s*|number\s*)?\d+[a-z]?\b"#)
    /// "12 Smith Park", "4 martin coves": a house number, the street's own words, then a street type.
    static func numberedStreet(_ text: String) -> String {
        var result = text
        let tokens = StreetTokens(text).items
        var replacedFrom = text.endIndex
        for (index, token) in tokens.enumerated().reversed() where token.isWord && StreetTypes.all.contains(token.lower)
            && token.range.upperBound <= replacedFrom {
            guard !isTitleBeforeName(token.lower, in: text, after: token.range) else { continue }
            // Back over one to three words joined by single spaces, to a house number ("12", "176b", "12,").
            var first = index
            while first > 0, index - first < 3, tokens[first - 1].isWord, tokens[first].spaceBefore { first -= 1 }
            guard first < index, first > 0, tokens[first].spaceBefore || tokens[first].commaSpaceBefore,
                  tokens[first - 1].isHouseNumber else { continue }
            let words = tokens[first..<index].map { Substring($0.text) }
            guard !words.contains(where: { genericStreetWords.contains($0.lowercased()) }) else { continue }
            let whole = tokens[first - 1].range.lowerBound..<token.range.upperBound
            guard !isTextSpeakNumber(text, match: whole, words: tokens[first].range.lowerBound..<token.range.upperBound) else { continue }
            if StreetTypes.ambiguous.contains(token.lower) && !words.allSatisfy(isDistinctive) { continue }
            result.replaceSubrange(whole, with: Placeholder.address.rawValue)
            replacedFrom = whole.lowerBound
        }
        return result
    }

    /// "on Victoria Road", "near chapel lane", "Reed Vista": a street named by its own words, not "down the
    /// road". Leading small words ("from", "on") stay; the street's own words and its type become `[address]`.
    static func namedStreet(_ text: String) -> String {
        var result = text
        let tokens = StreetTokens(text).items
        var replacedFrom = text.endIndex
        for (index, token) in tokens.enumerated().reversed() where token.isWord && StreetTypes.unmistakable.contains(token.lower)
            && token.range.upperBound <= replacedFrom {
            guard !isTitleBeforeName(token.lower, in: text, after: token.range) else { continue }
            var first = index
            while first > 0, index - first < 2, tokens[first - 1].isWord, tokens[first].spaceBefore,
                  !genericStreetWords.contains(tokens[first - 1].lower) { first -= 1 }
            guard first < index, tokens[first..<index].contains(where: { isDistinctive(Substring($0.text)) }) else { continue }
            result.replaceSubrange(tokens[first].range.lowerBound..<token.range.upperBound, with: Placeholder.address.rawValue)
            replacedFrom = tokens[first].range.lowerBound
        }
        return result
    }

    /// "St Patricks", "Dr Khan": "st" and "dr" before a word are a saint and a doctor, not a street.
    private static func isTitleBeforeName(_ type: String, in text: String, after range: Range<String.Index>) -> Bool {
        guard type == "st" || type == "dr" else { return false }
        let rest = text[range.upperBound...]
        return rest.first == " " && rest.dropFirst().first?.isLetter == true
    }

    /// "went 2 thorpe park", "back 4 tea": "2" and "4" as text-speak for "to" and "for", not a house number;
    /// and a place everyone knows ("thorpe park") is not a street.
    private static func isTextSpeakNumber(_ text: String, match: Range<String.Index>, words: Range<String.Index>) -> Bool {
        let number = text[match.lowerBound...].prefix { $0.isNumber }
        let street = text[words.lowerBound..<match.upperBound]
        let keys = Words(String(street)).items.map(\.key)
        if !keys.isEmpty, Gazetteer.places.match(keys, at: 0) == keys.count { return true }
        guard number == "2" || number == "4" else { return false }
        let before = text[..<match.lowerBound].split(separator: " ").last.map { $0.lowercased() } ?? ""
        return !["at", "number", "no", "flat", "is", "was", "live", "lives", "address"].contains(before)
    }

    /// A street's own word: capitalised, a name, or not an everyday word.
    private static func isDistinctive(_ word: Substring) -> Bool {
        if word.first?.isUppercase == true { return true }
        let key = NameKey.key(word.lowercased())
        return !Gazetteer.isEverydayWord(key) && !Gazetteer.places.contains(single: key)
    }

    /// What follows an address part: up to three more parts, each a street or town of up to four words,
    /// separated by commas or line breaks ("[address], Reed Vista, New Barbara, [postcode]"). A part is taken
    /// when it ends in a street type, or when the parts run on to a postcode.
    static func continuation(_ text: String) -> String {
        var result = text
        var searchFrom = result.startIndex
        while let found = result.range(of: Placeholder.address.rawValue, range: searchFrom..<result.endIndex) {
            var committed = found.upperBound
            var cursor = found.upperBound
            for _ in 0..<3 {
                guard let part = nextPart(in: result, from: cursor) else { break }
                if part.reachesPostcode {
                    committed = part.end
                } else if let typed = part.words.lastIndex(where: { StreetTypes.isStreetType($0.lowercased()) }), typed > 0 {
                    // "[address] kingfisher buildings miles from": up to the street type.
                    committed = part.words[typed].endIndex
                    if typed < part.words.count - 1 { break }
                } else if !part.words.allSatisfy({ $0.first?.isUppercase == true }) {
                    break
                }
                cursor = part.end
                if part.reachesPostcode { break }
            }
            if committed > found.upperBound {
                result.replaceSubrange(found.lowerBound..<committed, with: Placeholder.address.rawValue)
            }
            searchFrom = result.index(found.lowerBound, offsetBy: Placeholder.address.rawValue.count)
        }
        return result
    }

    private struct Part {
        var words: [Substring]
        var end: String.Index
        /// Only a separator then `[postcode]` follow.
        var reachesPostcode: Bool
    }

    /// The next address part after `start`: a separator (comma, line break, spaces), then one to four words.
    private static func nextPart(in text: String, from start: String.Index) -> Part? {
        var index = start
        var sawSeparator = false
        while index < text.endIndex, text[index] == "," || text[index].isWhitespace {
            sawSeparator = true
            index = text.index(after: index)
        }
        guard sawSeparator || index == start, index < text.endIndex, text[index].isLetter else { return nil }
        var words: [Substring] = []
        var cursor = index
        while words.count < 4, cursor < text.endIndex, text[cursor].isLetter {
            let wordEnd = text[cursor...].firstIndex { !($0.isLetter || $0 == "'" || $0 == "’" || $0 == "-") } ?? text.endIndex
            let lowerWord = text[cursor..<wordEnd].lowercased()
            if partStopWords.contains(lowerWord) || Gazetteer.places.contains(single: NameKey.key(lowerWord)) {
                // The comment goes on: the part ends before this word (and the space before it).
                if cursor > index { cursor = text.index(before: cursor) }
                break
            }
            words.append(text[cursor..<wordEnd])
            cursor = wordEnd
            guard cursor < text.endIndex, text[cursor] == " ",
                  text.index(after: cursor) < text.endIndex, text[text.index(after: cursor)].isLetter else { break }
            cursor = text.index(after: cursor)
        }
        guard !words.isEmpty, !words.contains(where: { partStopWords.contains($0.lowercased()) }) else { return nil }
        var after = cursor
        while after < text.endIndex, text[after] == "," || text[after].isWhitespace { after = text.index(after: after) }
        let reaches = text[after...].hasPrefix(Placeholder.postcode.rawValue) || text[after...].hasPrefix(Placeholder.address.rawValue)
        return Part(words: words, end: cursor, reachesPostcode: reaches)
    }

    /// Words that end an address: what follows them is the comment again ("[address] and i like it").
    static let partStopWords: Set<String> = [
        "the", "a", "an", "my", "our", "your", "and", "but", "or", "i", "we", "you", "they", "he", "she", "it", "is",
        "was", "are", "so", "because", "cos", "when", "if", "to", "in", "at", "on", "with", "for", "of", "from", "me",
        "us", "them", "near", "by", "live", "lives", "lived", "living", "im", "its", "that", "this", "which", "who",
    ]

    static let genericStreetWords: Set<String> = [
        "the", "a", "an", "my", "our", "your", "this", "that", "same", "main", "busy", "long", "wrong", "right",
        "one", "other", "next", "each", "every", "his", "her", "their", "its", "no", "any", "some", "on", "in", "at",
        "to", "of", "way", "down", "up", "across", "cross", "along", "by", "whole", "new", "old", "better", "best",
        "only", "easy", "hard", "give", "find", "make", "get", "got", "from", "near", "off", "live", "lives",
        "living", "moved", "move", "went", "go", "going", "walk", "walking", "past", "round", "around", "over",
        "into", "onto", "i", "we", "you", "they", "he", "she", "me", "us", "and", "or", "but", "is", "was", "are",
        "it", "for", "with", "so", "then", "there", "here", "when", "if", "not", "all", "more", "most", "very",
        "times", "years", "days", "weeks", "months", "mins", "minutes", "hours", "miles", "people", "kids", "as",
        "too", "really", "first", "last", "nice", "good", "bad", "safe", "own", "quiet", "same",
    ]
}
