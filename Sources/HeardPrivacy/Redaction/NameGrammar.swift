/// Each everyday-word name's own grammar as a word: the words seen right before it and right after it in its
/// ordinary uses ("i hope", "hope you", "by grace of", "in summer", "a rose"), learnt at development time from
/// ordinary English text by `Scripts/gazetteer/make_everyday_name_grammar.py` into the plain file
/// `Data/everyday-name-grammar.txt` (a person may add a word to a line by hand). An everyday-word name whose
/// neighbours match none of that grammar ("told grace", "grace!!! answer") stands where the word does not.
enum NameGrammar {
    /// One word's ordinary uses: how often it was seen, and its neighbours ("^" a clause's start, "$" its end,
    /// "^$" after it: seen alone as a clause).
    struct Uses {
        let seen: Int
        let before: Set<String>
        let after: Set<String>
    }

    /// Fewer ordinary uses than this and the grammar learnt is too thin to say a use is out of it.
    static let leastSeen = 40

    static let table: [String: Uses] = parse(EmbeddedData.everydayNameGrammar)

    /// Whether the word at `index` is used where neither its left nor its right neighbour is one its ordinary
    /// uses have: "ask grace", "love summer x" (not "saving grace", "in summer", "summer holidays"). False
    /// for a word whose grammar was seen too seldom to judge.
    static func isOutOfGrammar(_ items: [Words.Word], at index: Int) -> Bool {
        let word = items[index]
        guard let uses = table[word.lower], uses.seen >= leastSeen else { return false }
        let left: String
        if index == 0 || word.isAfterBreak || items[index - 1].punctuationAfter {
            left = word.placeholderBefore == nil ? "^" : "[]"
        } else {
            left = word.placeholderBefore == nil ? neighbour(items[index - 1]) : "[]"
        }
        let right: String
        if word.numberAfter {
            right = "#"
        } else if index + 1 == items.count || word.punctuationAfter || items[index + 1].isAfterBreak {
            right = word.placeholderAfter == nil ? "$" : "[]"
        } else {
            right = word.placeholderAfter == nil ? neighbour(items[index + 1]) : "[]"
        }
        // "so lucky i", "in art and", "about peace": a word after a preposition of things, a degree or a
        // copula is used as a word (a person after these is read by the name's-place rules).
        if thingBefore.contains(left) { return false }
        // "grace road", "rose lane": a street's name, for the address finder.
        if right.utf8.count >= 2, StreetTypes.isStreetType(right) { return false }
        // "Grace!!! answer ur phone": the word alone, a sentence of its own before more, unless it is ever a
        // clause of its own; not a list's word or a word before a bracket ("summer, autumn and winter",
        // "summer (2019) was hot"), nor a whole comment ("Summer.").
        if left == "^" && right == "$" {
            let sentence = !word.punctuationAfter && index + 1 < items.count && (index == 0 || !items[index - 1].punctuationAfter)
            return sentence && !uses.after.contains("^$")
        }
        guard !uses.before.contains(left), !uses.after.contains(right) else { return false }
        // A person's place: after a word that takes a person ("sorry storm i forgot", "want penny knowing"),
        // or signed with a kiss ("FOREST xx").
        if kisses.contains(right) { return true }
        let taker = personTakers.contains(left)
            || (index > 0 && items[index - 1].classes.contains(.personVerb))
        return taker && isPersonFollower(right, items, at: index + 1)
    }

    static let kisses: Set<String> = ["x", "xx", "xxx", "xo", "xoxo"]

    /// Words that take a person rather than a thing ("sorry storm i forgot", "want penny knowing"); the
    /// person verbs of `NameCues.personVerbs` ("tell", "miss", "hi") besides.
    static let personTakers: Set<String> = ["sorry", "want", "wanted", "luv", "thx"]

    /// What follows a person rather than a thing's name: a clause's end, a verb, a pronoun, "and", a kiss
    /// ("grace x", "storm i forgot", "penny knowing", "summer said"); not a noun that makes a compound with
    /// the word ("star wars", "page 12", "rain coat").
    private static func isPersonFollower(_ right: String, _ items: [Words.Word], at next: Int) -> Bool {
        if right == "$" || personFollowers.contains(right) { return true }
        guard next < items.count else { return false }
        let word = items[next]
        if word.classes.contains(.personMarker) || word.classes.contains(.function) { return true }
        // "storm helped me", "penny knowing where i live": a verb in -ed or -ing.
        let bytes = word.key.utf8
        return bytes.count >= 5 && word.key.unicodeScalars.allSatisfy(\.isASCII)
            && (word.key.hasSuffix("ed") || word.key.hasSuffix("ing")) && !word.isCapitalised
    }

    /// Words before a thing or a quality rather than a person.
    static let thingBefore: Set<String> = [
        "in", "on", "at", "of", "about", "into", "onto", "by", "than", "like", "so", "very", "really", "too", "quite",
        "feel", "felt", "feeling", "am", "im", "is", "was", "are", "were", "be", "been", "being", "get", "got",
        "getting", "more", "most", "less", "bit", "such", "what", "how", "any", "some", "no", "every", "each", "all",
        "lot", "lots", "much", "many", "enough", "own", "this", "that", "these", "those", "#",
    ]

    /// Small words that follow a person as subject or object.
    static let personFollowers: Set<String> = [
        "and", "n", "an", "&", "is", "was", "s", "said", "says", "has", "had", "have", "does", "did", "do", "will",
        "would", "can", "could", "should", "might", "must", "i", "you", "we", "he", "she", "they", "me", "him",
        "her", "us", "them", "x", "xx", "xxx", "lol", "lmao", "haha", "always", "never", "just", "really",
        "still", "also", "too", "please", "pls", "plz", "knows", "thinks", "told", "gets", "got", "went", "came",
        "comes", "goes", "keeps", "kept", "helped", "helps", "wants", "loves", "likes", "hates", "if", "when",
        "because", "but", "or", "answer", "pick", "ring", "call", "text",
    ]

    /// Whether `word` was seen right after `left` in ordinary text at all: "its sunny", "love summer".
    static func seenAfter(_ left: String, word: String) -> Bool {
        table[word]?.before.contains(left) ?? false
    }

    /// Whether `word` was seen often enough (20 times) in ordinary text, never right after `left`: "with
    /// king" is not an ordinary use of "king"; "with hope", "with joy" are.
    static func seenWithout(before left: String, word: String) -> Bool {
        guard let uses = table[word], uses.seen >= 20 else { return false }
        return !uses.before.contains(left)
    }

    /// A neighbour as the grammar file writes it: a number is "#".
    private static func neighbour(_ word: Words.Word) -> String {
        word.lower.utf8.contains { $0 >= 48 && $0 <= 57 } ? "#" : word.lower
    }

    /// Lines "word count < before ... > after ...".
    static func parse(_ text: String) -> [String: Uses] {
        var table: [String: Uses] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: " ")
            guard parts.count >= 3, let seen = Int(parts[1]), let arrow = parts.firstIndex(of: ">"),
                  parts[2] == "<" else { continue }
            table[String(parts[0])] = Uses(seen: seen, before: Set(parts[3..<arrow].map(String.init)),
                                           after: Set(parts[(arrow + 1)...].map(String.init)))
        }
        return table
    }
}
