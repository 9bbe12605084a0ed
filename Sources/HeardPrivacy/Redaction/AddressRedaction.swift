import Foundation
import HeardCore

/// Street addresses, redacted as a whole (`AddressFinder`: flats, rooms, house numbers, streets of any type
/// and language, buildings and house names, every line of it), then addresses found by what is said about
/// them (`AddressCues`: "i live at the old rectory", "Rosedene is where i live").
enum AddressRedaction {
    static func redact(_ text: String, hints: ShapeHints) -> String {
        var result = text
        let ascii = TextFolding.isASCII(text)
        // A comment goes to the finder only when it holds what an address starts from (`AddressFinderGate`); outside
        // ASCII, only a comment whose characters outside ASCII are all symbols can be turned away.
        if hints.hasDigit || hints.street || hints.streetWord || hints.addressCue || !ascii,
           ascii ? AddressFinderGate.mayFind(text) : AddressFinderGate.mayFind(outsideASCII: text) {
            let finder = AddressFinder(text)
            let spans = finder.spans()
            for (position, span) in spans.enumerated().reversed() {
                // "number 130 on [the street]", "first [floor ...]": a lead-in that no earlier span holds.
                let first = max(finder.leadIn(before: span.lowerBound), position > 0 ? spans[position - 1].upperBound : 0)
                let range = finder.tokens[first].range.lowerBound..<finder.tokens[span.upperBound - 1].range.upperBound
                result.replaceSubrange(range, with: Placeholder.address.rawValue)
            }
        }
        if hints.addressCue { result = AddressCues.redact(result) }
        // "i live at [address],wren road", "bedroom 4, [address] Project": the parts around an address found.
        if ASCIISearch.contains(result, Placeholder.address.rawValue) {
            // "[address] [postcode] block c 2nd floor", "[address] (rear entrance off the alley)": the way in.
            result = redactContinuations(AddressAccessNotes.join(result))
        }
        if ASCIISearch.contains(result, Placeholder.address.rawValue) {
            let joined = AddressAccessNotes.join(joinParts(AddressSaidParts.join(result)))
            result = AddressClosings.join(joined)
            if result != joined { result = joinParts(result) }
        }
        return result
    }

    static func redactContinuations(_ text: String) -> String {
        var result = text
        let finder = AddressFinder(text)
        for span in finder.spans(continuing: true).reversed() {
            let range = finder.tokens[span.lowerBound].range.lowerBound..<finder.tokens[span.upperBound - 1].range.upperBound
            result.replaceSubrange(range, with: Placeholder.address.rawValue)
        }
        return result
    }

    /// "[address] [address]", "[address], [address]", "[address] on [address]", "[address] / [address]": parts of
    /// one address found by different rules (a room, then its building off a street), as one.
    static func joinParts(_ text: String) -> String {
        let part = Placeholder.address.rawValue
        var result = text
        for separator in [", ", " ", ",", "\n", " , ", " on ", " off ", " in ", " on the ", " / ", "/", " // ", " - "] {
            // Foundation finds the pair as canonically equivalent text; an ASCII pair with no "K", ";" or "`" (the
            // only ASCII characters another character is equivalent to) is then in the bytes too, so a text without
            // it in its bytes is answered without asking Foundation.
            while ASCIISearch.contains(result, part + separator + part) && result.contains(part + separator + part) {
                result = result.replacingOccurrences(of: part + separator + part, with: part)
            }
        }
        return result
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
        "to", "of", "way", "down", "up", "across", "along", "by", "whole", "new", "old", "better", "best",
        "only", "easy", "hard", "give", "find", "make", "get", "got", "from", "near", "off", "live", "lives",
        "living", "moved", "move", "went", "go", "going", "walk", "walking", "past", "round", "around", "over",
        "into", "onto", "i", "we", "you", "they", "he", "she", "me", "us", "and", "or", "but", "is", "was", "are",
        "it", "for", "with", "so", "then", "there", "here", "when", "if", "not", "all", "more", "most", "very",
        "times", "years", "days", "weeks", "months", "mins", "minutes", "hours", "miles", "people", "kids", "as",
        "too", "really", "first", "last", "nice", "good", "bad", "safe", "own", "quiet", "same", "week", "month", "year",
        "day", "night", "weekend", "morning", "evening", "half",
    ]
}
