import Foundation

/// Emails found by what is said before them when their shape alone is not enough: after "email" (or a
/// provider's name used as one: "my gmail is"), the words up to an email already found are its own part
/// ("my email is sunny days [email]" from "sunny days 99 at hotmail dot co dot uk"); a word "at" a domain
/// no everyday list holds or a provider is an email ("email me sunshine at ntlworld", "bluemoon at sky");
/// and the word after "my gmail is" is one ("my gmail is bluemoon").
enum EmailCues {
    static func redact(_ text: String) -> String {
        var words = text.split(separator: " ", omittingEmptySubsequences: false)
        guard words.count >= 2 else { return text }
        var spans: [Range<Int>] = []
        var index = 0
        while index < words.count {
            let key = Self.key(words[index])
            guard cues.contains(key) || providers.contains(key) else { index += 1; continue }
            // A provider named as the email ("my gmail is"); one that is an everyday word only as someone's ("my sky
            // is", not "the sky was pink").
            let owned = index > 0 && ["my", "ma", "mi", "her", "his", "your", "ur"].contains(Self.key(words[index - 1]))
            guard cues.contains(key) || providers.contains(key) && index + 1 < words.count && ["is", "iz", "was", ":"].contains(Self.key(words[index + 1]))
                && (owned || !everydayProviders.contains(key))
            else { index += 1; continue }
            let provider = providers.contains(key)
            var start = index + 1
            while start < words.count, start - index <= 3, connectors.contains(Self.key(words[start])) { start += 1 }
            guard start < words.count, start - index <= 4 else { index += 1; continue }
            if let span = ownPart(words, from: start, provider: provider, typed: typedCues.contains(key)) {
                spans.append(span)
                index = span.upperBound
                continue
            }
            index += 1
        }
        guard !spans.isEmpty else { return text }
        for span in spans.reversed() {
            let trailing = words[span.upperBound - 1].reversed().prefix { ".,!?;)".contains($0) }
            words.replaceSubrange(span, with: [Substring(Placeholder.email.rawValue + String(trailing.reversed()))])
        }
        return words.joined(separator: " ")
    }

    /// The words of an email starting at `start`: up to three words before an `[email]` already found, or a
    /// word, "at" and a domain no everyday list holds, or (after "my gmail is") one word.
    private static func ownPart(_ words: [Substring], from start: Int, provider: Bool, typed: Bool) -> Range<Int>? {
        var cursor = start
        var saidDigits = 0  // digits said as words do not count against the three words ("x vibes one three two at live")
        while cursor < words.count, cursor - start - saidDigits < 3 {
            let word = words[cursor]
            if word.hasPrefix(Placeholder.email.rawValue) { return cursor > start ? start..<(cursor + 1) : nil }
            let key = Self.key(word)
            if key == "at" || key == "@" {
                guard cursor > start, cursor + 1 < words.count else { return nil }
                let domain = Self.key(words[cursor + 1])
                guard domain.count >= 2, !NameCues.functionWords.contains(domain),
                      providers.contains(domain) || !Gazetteer.isEverydayWord(domain) && !Gazetteer.places.contains(single: domain)
                else { return nil }
                return start..<(cursor + 2)
            }
            guard !key.isEmpty, !NameCues.functionWords.contains(key) || contentWords.contains(key), !connectors.contains(key),
                  !word.contains("[") else { return typed ? typedOwnPart(words, from: start) : nil }
            if word.last.map({ ".,!?;".contains($0) }) == true { break }
            if cursor > start, DigitWords.english[key] != nil, key.count > 1 { saidDigits += 1 }
            cursor += 1
        }
        // "my gmail is lily rose 2008": after a provider named as the email, its own part may be words and a number.
        if typed || provider, let own = typedOwnPart(words, from: start) { return own }
        // "my gmail is bluemoon": one word after a provider named as the email.
        if provider, start < words.count, !words[start].contains("[") {
            let key = Self.key(words[start])
            if key.count >= 3, !NameCues.functionWords.contains(key), !accountStates.contains(key) { return start..<(start + 1) }
        }
        return nil
    }

    /// An email's own part typed without its domain, right after the cue: one word shaped like an identifier
    /// ("my email is jb_99 and ...", "email: sky.runner"), or up to three words ending in a number of two
    /// digits or more ("email: rosie pink 2009"). "email me 10 times" has no word before its number.
    private static func typedOwnPart(_ words: [Substring], from start: Int) -> Range<Int>? {
        var end = start
        while end < words.count, end - start < 3 {
            let word = words[end]
            let key = Self.key(word)
            guard !key.isEmpty, !word.contains("["), !NameCues.functionWords.contains(key), !connectors.contains(key),
                  !accountStates.contains(key) else { return nil }
            let digits = key.utf8.count { $0 >= 48 && $0 <= 57 }
            let letters = key.utf8.count { ($0 | 0x20) >= 97 && ($0 | 0x20) <= 122 }
            let marked = key.contains("_") || key.dropFirst().dropLast().contains(".")
            if end == start, digits > 0 && letters > 0 || marked && letters > 0 { return start..<(end + 1) }
            if end > start, digits >= 2 {
                // Not the start of a longer number ("ni AB 12 34 56 C"): nothing numeric right after it.
                let next = end + 1 < words.count ? words[end + 1].first : nil
                return next.map { $0.isNumber } == true ? nil : start..<(end + 1)
            }
            // The words before the number are words of three letters or more ("pebble moon 2011").
            guard digits == 0, letters >= 3 else { return nil }
            if word.last.map({ ".,!?;".contains($0) }) == true { return nil }
            end += 1
        }
        return nil
    }

    /// The word in lower case without the punctuation around it; an ASCII word is read from its bytes.
    static func key(_ word: Substring) -> String {
        var word = word
        let ascii: String? = word.withUTF8 { bytes in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            var start = 0, end = bytes.count
            while start < end, trimmed.contains(bytes[start]) { start += 1 }
            while end > start, trimmed.contains(bytes[end - 1]) { end -= 1 }
            return String(decoding: bytes[start..<end].lazy.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
        }
        if let ascii { return ascii }
        return word.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".,!?;:()\"'"))
    }

    /// The punctuation `key` trims, as bytes.
    private static let trimmed: [UInt8] = Array(".,!?;:()\"'".utf8)

    /// Cues that name an email and nothing else, after which its own part may stand alone ("addy" and "mail"
    /// name a home address and post too: "me addy FLAT 45 ...").
    static let typedCues: Set<String> = ["email", "e-mail", "emails", "emial", "emai", "e-mails", "emaill", "emil"]
    static let cues: Set<String> = ["email", "e-mail", "emails", "emial", "emai", "e-mails", "mail", "addy", "emaill", "emil"]
    static let providers: Set<String> = [
        "gmail", "googlemail", "hotmail", "outlook", "yahoo", "ymail", "icloud", "aol", "btinternet", "ntlworld", "sky", "live",
        "virgin", "talktalk", "protonmail", "proton", "msn", "mail", "gmx", "yandex",
    ]
    /// Providers whose names are everyday words too.
    static let everydayProviders: Set<String> = ["sky", "live", "virgin", "mail", "outlook", "proton"]
    static let connectors: Set<String> = ["me", "is", "iz", "its", "it's", "on", "address", "addy", "adress", "=", "-", ":", "my", "was", "now", "new"]
    /// Small words that may be an email's own ("sunny days", "good times", "bad girl").
    private static let contentWords: Set<String> = [
        "day", "days", "time", "times", "thing", "things", "people", "lot", "lots", "home", "house", "school", "care",
        "help", "good", "bad", "new", "old", "one", "two", "three", "door", "always", "never", "ever", "today",
    ]
    private static let accountStates: Set<String> = ["private", "full", "hacked", "broken", "down", "gone", "old", "new", "same", "blocked"]
}
