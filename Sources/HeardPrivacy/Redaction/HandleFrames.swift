import HeardCore

/// The frames that name a handle (`HandleCues`): where an everyday word is a handle because of the words
/// before it ("my psn is salty", "snap: biscuit", "kik me panda."), and how far a gamer tag with spaces runs.
extension HandleCues {
    /// Whether the words between a cue and a candidate name the candidate as a handle, so that an everyday
    /// word is one too ("my psn is salty", "snap: moonbeam", "my @ on everything is doll", "kik me panda."):
    /// a colon or "=" after the cue, or "is" after a platform that is someone's ("my", "ma") or after a
    /// word that names a handle ("username", "@", "user name"), or "me" alone before a candidate that ends
    /// the sentence.
    static func isStrongFrame(_ text: String, _ chunks: [IdentifierChunks.Chunk], _ lower: [String], cue: Int, handle: Int) -> Bool {
        let between = text[chunks[cue].range.upperBound..<chunks[handle].range.lowerBound]
        if between.contains(where: { ":=".contains($0) }) && handle - cue <= 2 || between == " - " { return true }
        let skipped = lower[(cue + 1)..<handle]
        // "my snap", "ma ps username", "my snap n insta", "my @ on insta": someone's own, a few words back.
        let owned = lower[max(0, cue - 3)..<cue].contains { possessives.contains($0) || $0 == "@" }
        // "on xbox my acc was X": an account named after an app names its handle.
        let named = namingWords.contains(lower[cue]) || skipped.contains { namingWords.contains($0) }
            || platforms.contains(lower[cue]) && skipped.contains { accountWords.contains($0) }
        let says = skipped.contains { sayingWords.contains($0) }
            || chunks[cue].text.lowercased().hasSuffix("'s") && skipped.isEmpty  // "my snap's X"
        // "is" (or "@") right before the candidate: "my @ is on my profile" says where, not what.
        let last = skipped.last ?? ""
        if says && (owned || named) && !["on", "my", "me", "at", "as", "in", "one", "now", "here", "all", "everything", "everywhere", "under"].contains(last) {
            return true
        }
        // "im on tiktok as pebble", "snap as pebble"; "find me on roblox under noodle".
        if skipped.last == "as" { return true }
        if Array(skipped) == ["under"], lower[max(0, cue - 4)..<cue].contains(where: { findingWords.contains($0) }) { return true }
        let after = text[chunks[handle].range.upperBound...]
        let endsSentence = handle + 1 == chunks.count || after.first.map { ".,!?".contains($0) } == true
            // "add me on snap pebble n my email is ...": a clause joined after it ends the handle's sentence too.
            || ["n", "and", "but", "or", "&", "x", "xx"].contains(lower[handle + 1])
        if Array(skipped) == ["me"], ["snap", "kik", "dm", "add", "msg", "message", "follow"].contains(lower[cue]) {
            return endsSentence
        }
        // "add me on insta sunflower", "follow me on Discord bad.": a word that ends the sentence right after
        // an app someone is asked to find them on.
        if skipped.isEmpty, platforms.contains(lower[cue]), cue >= 3, lower[cue - 1] == "on", lower[cue - 2] == "me",
           ["add", "follow", "find", "message", "msg", "dm", "search", "friend"].contains(lower[cue - 3]),
           !afterAppWords.contains(lower[handle]) {
            return endsSentence
        }
        // "on x im @ dark", "dm me @ toxic": an "@" a space before a word, a platform or "dm" just before.
        if lower[cue] == "@", skipped.isEmpty, between == " " {
            return lower[max(0, cue - 6)..<cue].contains { platforms.contains($0) || qualifiedPlatforms.contains($0) }
        }
        return false
    }

    /// In a strong frame: any word but a small word, a connector, a platform, or a word that says how an
    /// account is ("my snap is private", "my insta is hacked").
    static func isHandleInFrame(_ chunk: IdentifierChunks.Chunk, lower: String) -> Bool {
        guard chunk.letters + chunk.digits >= 2, !connectors.contains(lower), !NameCues.functionWords.contains(lower),
              !platforms.contains(lower), !accountStates.contains(lower), !namingWords.contains(lower) else { return false }
        if chunk.digits == 0, lower.hasSuffix("ed") || lower.hasSuffix("ing") { return false }
        // Two letters alone ("its th same no") or text-speak for a small word ("it's da same num").
        if chunk.digits == 0, chunk.letters <= 2 { return false }
        if let words = TextSpeak.standard.expansion(of: lower), words.allSatisfy({ NameCues.functionWords.contains($0) }) { return false }
        return true
    }

    /// A gamer tag with spaces ("Bad Blaze 2749", "Tv sad ghost 86", "Jerm 2001 Gaming"): from the handle's
    /// first word over the words after it, up to its last number within five words, then any words in
    /// capitals right after that number ("... 2778 X Vlogs"). Only single spaces between; a small word or a
    /// mark ends it. Words in lower case only where the tag ends a clause, or in a `strong` frame. The index of
    /// its last chunk.
    static func gamertagEnd(_ text: String, _ chunks: [IdentifierChunks.Chunk], _ lower: [String], from start: Int,
                            strong: Bool = false) -> Int {
        var lastNumber: Int?
        var lowerWords = 0
        var cursor = start + 1
        while cursor < chunks.count, cursor - start <= 5, gap(text, chunks, after: cursor - 1) == " " {
            let chunk = chunks[cursor]
            let small = NameCues.functionWords.contains(lower[cursor]) || connectors.contains(lower[cursor])
            if chunk.digits > 0 && chunk.letters <= chunk.digits {
                // "moonbeam 2 days ago", "til 22:00": a count or a time, not the tag's number.
                if cursor + 1 < chunks.count, countedWords.contains(lower[cursor + 1]) { break }
                if gap(text, chunks, after: cursor).hasPrefix(":") { break }
                lastNumber = cursor
            }
            else if small || chunk.letters == 0 || platforms.contains(lower[cursor]) { break }
            // Words in lower case between the first word and the number: only where the tag ends the sentence.
            else if chunk.text.first?.isUppercase != true { lowerWords += 1 }
            cursor += 1
        }
        guard var end = lastNumber else { return start }
        // In a strong frame ("my snap name is big bex 07 add me") the tag's number ends it wherever it stands.
        if lowerWords > 0, !strong {
            let after = gap(text, chunks, after: end)
            let ends = end + 1 == chunks.count || after.contains { ".!?,;()\n".contains($0) }
                || chunks[end + 1].text.first?.isUppercase == true || lower[end + 1] == "x"
                // "x shan 2008 and im always on it": a clause joined after the tag.
                || listJoins.contains(lower[end + 1]) || ["but", "lol", "innit", "tho", "xx"].contains(lower[end + 1])
            guard ends else { return start }
        }
        while end + 1 < chunks.count, end + 1 - start <= 7, gap(text, chunks, after: end) == " ",
              chunks[end + 1].text.first?.isUppercase == true, chunks[end + 1].digits == 0,
              !NameCues.functionWords.contains(lower[end + 1]) {
            end += 1
        }
        return end
    }

    /// The chunks inside a placeholder ("media" of "[social media handle]").
    static func placeholderChunks(_ text: String, _ chunks: [IdentifierChunks.Chunk]) -> Set<Int> {
        guard text.utf8.contains(91) else { return [] }
        var spans: [Range<String.Index>] = []
        var from = text.startIndex
        while let open = text[from...].firstIndex(of: "["), let close = text[open...].firstIndex(of: "]") {
            spans.append(open..<close)
            from = text.index(after: close)
        }
        return Set(chunks.indices.filter { index in spans.contains { $0.contains(chunks[index].range.lowerBound) } })
    }

    /// The text between a chunk and the next one.
    static func gap(_ text: String, _ chunks: [IdentifierChunks.Chunk], after index: Int) -> Substring {
        guard index + 1 < chunks.count else { return text[chunks[index].range.upperBound...] }
        return text[chunks[index].range.upperBound..<chunks[index + 1].range.lowerBound]
    }

    static let countedWords: Set<String> = [
        "days", "day", "times", "time", "hours", "hour", "hrs", "weeks", "week", "years", "year", "yrs", "mins", "minutes",
        "months", "month", "followers", "friends", "people", "likes", "views", "am", "pm", "quid", "pound", "pounds", "mates",
    ]

    /// Words that end "add me on snap ..." without being a handle: when, how, and who to.
    static let afterAppWords: Set<String> = [
        "tonight", "tomorrow", "today", "later", "sometime", "please", "pls", "plz", "babe", "hun", "bro", "mate", "lol",
        "x", "xx", "xxx", "too", "instead", "again", "anytime", "innit", "yeah", "ok", "okay", "thanks", "ta", "asap", "rn",
        "soon", "tho", "though", "also", "aswell", "btw", "haha", "guys", "everyone", "first", "then", "yesterday", "anyway",
        "anyways", "maybe", "fam", "bestie", "whenever", "now",
    ]

    /// People one adds or is on an app with, never a handle: "add mum on snap".
    static let people: Set<String> = [
        "mum", "mam", "mom", "dad", "nan", "nana", "gran", "grandma", "grandad", "sister", "brother", "sis", "bro", "carer",
        "carers", "sw", "friends", "mates", "everyone", "people", "family", "cousin", "cousins", "aunt", "auntie", "uncle",
        "famous", "online", "offline", "live", "popular", "known", "big",
    ]

    /// Words before a platform that make it someone's: "my snap", "ma discord", and "mi insta", "mon snap", "mein
    /// insta", "moje ig" in the languages young people also write.
    static let possessives: Set<String> = [
        "my", "ma", "mi", "me", "his", "her", "their", "our", "your", "ur", "yer", "mon", "mein", "meine", "moje", "mój", "moj",
        "meu", "mio", "minha", "mijn", "mitt", "min",
    ]
    /// Words that say what a handle is: "my snap is X", and "mi insta es X", "mon snap est X", "mein insta ist X",
    /// "moje ig jest X", "insta im është X".
    static let sayingWords: Set<String> = [
        "is", "iz", "was", "=", "its", "it's", "es", "est", "ist", "jest", "este", "është", "eshte", "é", "è", "er", "är",
    ]
    /// Words that name a handle: "my username is", "my @ is", "ma epic name is".
    static let namingWords: Set<String> = ["username", "user", "usernames", "handle", "gamertag", "tag", "ign", "@", "name", "id"]
    /// Words that ask someone to find an account: "find me on roblox under X".
    static let findingWords: Set<String> = ["find", "search", "look", "add", "follow", "found"]
    /// Words for an account, naming a handle only after an app ("on xbox my acc was X").
    static let accountWords: Set<String> = ["acc", "acct", "accnt", "account"]
    /// Platforms that are a cue only with a naming word after them: "ps username", "epic name", "x handle".
    static let qualifiedPlatforms: Set<String> = ["ps", "ps4", "ps5", "epic", "x", "switch", "nintendo", "minecraft", "fortnite", "game"]
    /// Words that say how an account is, not what it is called.
    static let accountStates: Set<String> = [
        "private", "public", "down", "broken", "gone", "dead", "off", "open", "closed", "full", "empty", "fake", "boring",
        "rubbish", "dry", "active", "inactive", "better", "worse", "mine", "yours", "everything", "addictive", "cringe",
        "free", "allowed", "banned", "safe", "unsafe", "different", "weird", "mad", "long", "short", "under", "behind",
        "linked", "connected", "attached", "there", "back", "lost", "well", "usual", "normal", "often", "soon",
        "possible", "such", "far", "follows", "said",
    ]
}
