/// Social media handles found by what is said around them rather than by their shape: "snap me brook_mu02",
/// "im on tiktok as temndl", "my @ is aliii", "Ig: Killer-Tashay88", "dont add deshawnnnn its a fake",
/// "L.xo.x on snap", "fake account angel.a". The word after (or before) such a cue is a handle unless it is
/// an everyday word ("snap is good", "add me").
enum HandleCues {
    static func redact(_ text: String) -> String {
        let text = joinTails(text)
        let chunks = IdentifierChunks.chunks(text)
        guard chunks.count >= 2 else { return text }
        let lower = chunks.map { chunk in
            let word = chunk.text.lowercased()
            return word.hasSuffix("'s") && platforms.contains(String(word.dropLast(2))) ? String(word.dropLast(2)) : word
        }
        let inPlaceholder = placeholderChunks(text, chunks)
        var found: [Range<String.Index>] = []
        var index = 0
        while index < chunks.count {
            let word = lower[index]
            if inPlaceholder.contains(index) { index += 1; continue }
            let naming = namingWords.contains(word) && (index + 1 < chunks.count && ["is", "iz", "was", "=", "-"].contains(lower[index + 1])
                || possessives.contains(index > 0 ? lower[index - 1] : "") || gap(text, chunks, after: index).contains(where: { ":=".contains($0) }))
            let qualified = qualifiedPlatforms.contains(word) && index + 1 < chunks.count && namingWords.contains(lower[index + 1])
            if platforms.contains(word) || word == "@" || word == "account" || word == "add" || word == "username" || naming || qualified {
                // Forward over connecting words to the handle: "snap me X", "tiktok as X", "my @ is X"; right
                // after "add" and "account" only ("add me on snap" is not a handle).
                var next = index + 1
                if word != "add" && word != "account" {
                    while next < chunks.count, next - index <= 5, connectors.contains(lower[next]) { next += 1 }
                }
                // A sentence's end between the cue and the word: "always on Facebook. College starts".
                if next < chunks.count, next - index <= 5, !inPlaceholder.contains(next),
                   !text[chunks[index].range.upperBound..<chunks[next].range.lowerBound].contains(where: { ".!?".contains($0) }) {
                    let strong = isStrongFrame(text, chunks, lower, cue: index, handle: next)
                    let tagEnd = gamertagEnd(text, chunks, lower, from: next)
                    // "add me on xbox Bad Blaze 2749", "my yt X Gaz Bunny 2778": words in capitals up to a number.
                    let capitalRun = tagEnd > next && chunks[next].text.first?.isUppercase == true && word != "add" && word != "account"
                        && !["i", "im", "ive", "id", "ill"].contains(lower[next]) && !connectors.contains(lower[next])
                    if capitalRun || (strong ? isHandleInFrame(chunks[next], lower: lower[next])
                        : isHandle(chunks[next], lower: lower[next], strict: word == "add" || word == "account")) {
                        found.append(chunks[next].range.lowerBound..<chunks[tagEnd].range.upperBound)
                        index = tagEnd + 1
                        continue
                    }
                }
                // Backward: "L.xo.x on snap", "kittymango on insta".
                if platforms.contains(word), index >= 2, lower[index - 1] == "on" || lower[index - 1] == "in", !inPlaceholder.contains(index - 2) {
                    // "im moonbeam on insta", "add pebble on snap": a word someone is, or adds, on an app.
                    let framed = index >= 3 && ["im", "i'm", "add", "follow", "search"].contains(lower[index - 3])
                        && !people.contains(lower[index - 2]) && isHandleInFrame(chunks[index - 2], lower: lower[index - 2])
                    if framed || isHandle(chunks[index - 2], lower: lower[index - 2], strict: true) {
                        found.append(chunks[index - 2].range)
                    }
                }
            }
            index += 1
        }
        guard !found.isEmpty else { return text }
        var result = text
        for range in found.reversed() { result.replaceSubrange(range, with: Placeholder.handle.rawValue) }
        return result
    }

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
        let named = namingWords.contains(lower[cue]) || skipped.contains { namingWords.contains($0) }
        let says = skipped.contains { ["is", "iz", "was", "=", "its", "it's"].contains($0) }
            || chunks[cue].text.lowercased().hasSuffix("'s") && skipped.isEmpty  // "my snap's X"
        // "is" (or "@") right before the candidate: "my @ is on my profile" says where, not what.
        let last = skipped.last ?? ""
        if says && (owned || named) && !["on", "my", "me", "at", "as", "in", "one", "now", "here", "all", "everything", "everywhere"].contains(last) {
            return true
        }
        // "im on tiktok as pebble", "snap as pebble".
        if skipped.last == "as" { return true }
        if Array(skipped) == ["me"], ["snap", "kik", "dm", "add", "msg", "message", "follow"].contains(lower[cue]) {
            let after = text[chunks[handle].range.upperBound...]
            return handle + 1 == chunks.count || after.first.map { ".,!?".contains($0) } == true
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
        return true
    }

    /// A gamer tag with spaces ("Bad Blaze 2749", "Tv sad ghost 86", "Jerm 2001 Gaming"): from the handle's
    /// first word over the words after it, up to its last number within five words, then any words in
    /// capitals right after that number ("... 2778 X Vlogs"). Only single spaces between; a small word or a
    /// mark ends it. The index of its last chunk.
    static func gamertagEnd(_ text: String, _ chunks: [IdentifierChunks.Chunk], _ lower: [String], from start: Int) -> Int {
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
        if lowerWords > 0 {
            let after = gap(text, chunks, after: end)
            let ends = end + 1 == chunks.count || after.contains { ".!?,;\n".contains($0) }
                || chunks[end + 1].text.first?.isUppercase == true || lower[end + 1] == "x"
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

    private static let countedWords: Set<String> = [
        "days", "day", "times", "time", "hours", "hour", "hrs", "weeks", "week", "years", "year", "yrs", "mins", "minutes",
        "months", "month", "followers", "friends", "people", "likes", "views", "am", "pm", "quid", "pound", "pounds", "mates",
    ]

    /// People one adds or is on an app with, never a handle: "add mum on snap".
    private static let people: Set<String> = [
        "mum", "mam", "mom", "dad", "nan", "nana", "gran", "grandma", "grandad", "sister", "brother", "sis", "bro", "carer",
        "carers", "sw", "friends", "mates", "everyone", "people", "family", "cousin", "cousins", "aunt", "auntie", "uncle",
        "famous", "online", "offline", "live", "popular", "known", "big",
    ]

    /// Words before a platform that make it someone's: "my snap", "ma discord".
    static let possessives: Set<String> = ["my", "ma", "mi", "me", "his", "her", "their", "our", "your", "ur", "yer"]
    /// Words that name a handle: "my username is", "my @ is", "ma epic name is".
    static let namingWords: Set<String> = ["username", "user", "usernames", "handle", "gamertag", "tag", "ign", "@", "name", "id"]
    /// Platforms that are a cue only with a naming word after them: "ps username", "epic name", "x handle".
    static let qualifiedPlatforms: Set<String> = ["ps", "ps4", "ps5", "epic", "x", "switch", "nintendo", "minecraft", "fortnite", "game"]
    /// Words that say how an account is, not what it is called.
    static let accountStates: Set<String> = [
        "private", "public", "down", "broken", "gone", "dead", "off", "open", "closed", "full", "empty", "fake", "boring",
        "rubbish", "dry", "active", "inactive", "better", "worse", "mine", "yours", "everything", "addictive", "cringe",
        "free", "allowed", "banned", "safe", "unsafe", "different", "weird", "mad", "long", "short", "under", "behind",
        "linked", "connected", "attached", "there", "back", "gone", "lost", "well", "usual", "normal", "often", "soon",
        "possible", "such", "long", "far", "follows", "said",
    ]

    /// "[social media handle]-nas2008x", "[social media handle].xo": the rest of a handle that a pattern
    /// stopped short of at a hyphen or a dot is the handle's too.
    static func joinTails(_ text: String) -> String {
        let mark = Placeholder.handle.rawValue
        guard ASCIISearch.contains(text, mark) else { return text }
        var result = text
        var searchFrom = result.startIndex
        while let found = result.range(of: mark, range: searchFrom..<result.endIndex) {
            var end = found.upperBound
            var tail = end
            while tail < result.endIndex, "-._".contains(result[tail]) {
                var next = result.index(after: tail)
                while next < result.endIndex, result[next].isLetter || result[next].isNumber || result[next] == "_" {
                    next = result.index(after: next)
                }
                guard next > result.index(after: tail) else { break }
                end = next
                tail = next
            }
            if end > found.upperBound { result.removeSubrange(found.upperBound..<end) }
            searchFrom = found.upperBound
        }
        return result
    }

    /// A chunk that can be a handle: not an everyday word, or shaped like a handle. `strict` asks for more than
    /// a word no list knows when the cue is weaker ("add", "account", before "on snap").
    static func isHandle(_ chunk: IdentifierChunks.Chunk, lower: String, strict: Bool) -> Bool {
        guard chunk.letters + chunk.digits >= 2, !connectors.contains(lower), !NameCues.functionWords.contains(lower),
              !platforms.contains(lower) else { return false }
        if IdentifierChunks.kind(of: chunk) != nil || chunk.underscore || chunk.dots > 0 || (chunk.digits > 0 && chunk.letters > 0) {
            return true
        }
        guard chunk.digits == 0, chunk.letters >= 3 else { return false }
        let key = NameKey.key(lower)
        if Gazetteer.isEverydayWord(key) || Gazetteer.places.contains(single: key) { return false }
        return !strict || !Misspelling.isNearEverydayWord(key)
    }

    static let platforms: Set<String> = [
        "snap", "snapchat", "sc", "insta", "instagram", "ig", "tiktok", "tt", "twitter", "fb", "facebook", "discord",
        "psn", "xbox", "gamertag", "youtube", "yt", "twitch", "telegram", "threads", "bereal", "steam", "roblox",
        "snapchats", "snapp", "instgram", "tik-tok", "tiktoks", "spotify", "pinterest", "tumblr", "reddit", "kik",
        "wattpad", "depop", "vinted", "soundcloud", "threads", "bebo", "onlyfans", "twt", "insta's", "snapchat's",
        "kik", "whatsapp", "psn", "xbl", "ig's", "dm",
    ]

    /// Words between a cue and the handle: "snap me X", "insta is X", "on tiktok as X", "my @ is X".
    static let connectors: Set<String> = [
        "me", "is", "its", "it's", "my", "name", "username", "user", "handle", "tag", "id", "as", "at", "=", "-", ":",
        "@", "called", "new", "one", "was", "on", "add", "follow", "its:", "is:", "account", "now", "here", "iz",
        "everything", "everywhere", "all", "user", "gamertag", "epic", "ps",
    ]
}
