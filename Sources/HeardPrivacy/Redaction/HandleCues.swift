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
        // Apps in any spelling or alphabet ("ticktock", "инста", "face book"), beside the words above.
        let places = HandlePlaces.shipped
        let isApp = lower.indices.map { index in
            platforms.contains(lower[index]) || !connectors.contains(lower[index]) && (places.mayBeName(lower[index])
                && places.isName(NameKey.key(lower[index]))
                || index > 0 && places.mayBeName(lower[index - 1]) && places.isPhrase(NameKey.key(lower[index - 1]), NameKey.key(lower[index])))
        }
        let inPlaceholder = placeholderChunks(text, chunks)
        var found: [Range<String.Index>] = []
        var index = 0
        while index < chunks.count {
            let word = lower[index]
            if inPlaceholder.contains(index) { index += 1; continue }
            // "name" and "id" name a handle only after an app ("my snap name is"); "my name is" names a person.
            let previous = index > 0 ? lower[index - 1] : ""
            let appBefore = previous != "x" && (platforms.contains(previous) || qualifiedPlatforms.contains(previous))
            let naming = namingWords.contains(word) && (word != "name" && word != "id" || appBefore)
                && (index + 1 < chunks.count && (sayingWords.contains(lower[index + 1]) || lower[index + 1] == "-")
                || possessives.contains(index > 0 ? lower[index - 1] : "") || gap(text, chunks, after: index).contains(where: { ":=".contains($0) }))
            let qualified = qualifiedPlatforms.contains(word) && index + 1 < chunks.count && namingWords.contains(lower[index + 1])
            if isApp[index] || word == "@" || word == "account" || word == "add" || word == "username" || naming || qualified {
                // Forward over connecting words to the handle: "snap me X", "tiktok as X", "my @ is X"; right
                // after "add" and "account" only ("add me on snap" is not a handle).
                var next = index + 1
                if word != "add" && word != "account" {
                    while next < chunks.count, next - index <= 5, connectors.contains(lower[next]) { next += 1 }
                }
                // "my discord name is literally [social media handle]": the frame names the handle found already.
                let beforeHandle = next + 1 < chunks.count && inPlaceholder.contains(next + 1) && chunks[next + 1].text == "media"
                    && gap(text, chunks, after: next) == " [social "
                // "дискорд .bunny.": a word opened by a dot after an app is a handle's shape, whatever the word.
                let dotted = next < chunks.count && isApp[index] ? dotOpening(text, chunks[next]) : nil
                // A sentence's end between the cue and the word: "always on Facebook. College starts".
                if next < chunks.count, next - index <= 5, !inPlaceholder.contains(next), !beforeHandle,
                   !text[chunks[index].range.upperBound..<(dotted ?? chunks[next].range.lowerBound)].contains(where: { ".!?".contains($0) }) {
                    // "my snap [social media handle] and insta bread": an app listed after a handle names the next.
                    let listed = isApp[index] && next == index + 1 && index >= 2 && listJoins.contains(lower[index - 1])
                        && (found.last?.upperBound == chunks[index - 2].range.upperBound
                            || inPlaceholder.contains(index - 2) && lower[index - 2] == "media")  // "[social media handle]"
                    let strong = listed || isStrongFrame(text, chunks, lower, cue: index, handle: next)
                    let tagEnd = gamertagEnd(text, chunks, lower, from: next, strong: strong || isApp[index])
                    // "my youtube is x shan 2008": a tag's words up to its number in a strong frame, however short;
                    // "on psn im frosty 22": after an app, a tag whose number has two digits or more.
                    // "fortnite name kitty 2k 1": after an app and a naming word, a tag of words up to any number.
                    let namedFrame = namingWords.contains(word) || lower[(index + 1)..<next].contains { namingWords.contains($0) }
                    let namedAfterApp = isApp[index] && namedFrame
                    let numbered = tagEnd > next && chunks[tagEnd].letters == 0 && chunks[tagEnd].text.allSatisfy(\.isNumber)
                        && (chunks[tagEnd].digits >= 2 || (namedAfterApp && tagEnd > next + 1))
                    if strong || isApp[index] && numbered && chunks[next].letters >= 2 && !lower[next].allSatisfy({ $0 == "x" }), tagEnd > next, chunks[next].letters >= 1,
                       !connectors.contains(lower[next]),
                       !NameCues.functionWords.contains(lower[next]) || lower[next].count == 1 && strong {
                        found.append(chunks[next].range.lowerBound..<chunks[tagEnd].range.upperBound)
                        index = tagEnd + 1
                        continue
                    }
                    // "add me on xbox Bad Blaze 2749", "my yt X Gaz Bunny 2778": words in capitals up to a number.
                    let capitalRun = tagEnd > next && chunks[next].text.first?.isUppercase == true && word != "add" && word != "account"
                        && !["i", "im", "ive", "id", "ill"].contains(lower[next]) && !connectors.contains(lower[next])
                    if capitalRun || dotted != nil || (strong ? isHandleInFrame(chunks[next], lower: lower[next])
                        : isHandle(chunks[next], lower: lower[next], strict: word == "add" || word == "account")) {
                        // "my ps4 name is ghost rider": a tag of words with no number, in a strong frame that names
                        // it, up to the clause's end (`HandleWordTags`).
                        let tagEnd = strong && namedFrame && tagEnd == next && dotted == nil ? wordTagEnd(text, chunks, lower, from: next) : tagEnd
                        found.append((dotted ?? chunks[next].range.lowerBound)..<chunks[tagEnd].range.upperBound)
                        index = tagEnd + 1
                        continue
                    }
                }
                // Backward: "L.xo.x on snap", "kittymango on insta", "kitty frosty 42 (snap)" (`HandleBeforeApp`).
                if isApp[index] { found += beforeApp(text, chunks, lower, app: index, inPlaceholder: inPlaceholder) }
            }
            index += 1
        }
        found += laterInSentence(text, chunks, lower, isApp: isApp, inPlaceholder: inPlaceholder)
        guard !found.isEmpty else { return joinSaidDigits(text) }
        // A word found twice ("add X on snap": after "add" and before "on snap") is replaced once.
        var apart: [Range<String.Index>] = []
        for range in found.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = apart.last, range.lowerBound < last.upperBound {
                apart[apart.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                apart.append(range)
            }
        }
        var result = text
        for range in apart.reversed() { result.replaceSubrange(range, with: Placeholder.handle.rawValue) }
        return joinSaidDigits(result)
    }

    /// "[social media handle]-nas2008x", "[social media handle].xo", "[social media handle]#2409": the rest of a
    /// handle that a pattern stopped short of at a hyphen, a dot or a gamer's "#" number is the handle's too.
    static func joinTails(_ text: String) -> String {
        Placeholder.handle.widenEach(in: text) { result, found in
            var end = found.upperBound
            var tail = end
            while tail < result.endIndex, "-._#".contains(result[tail]) {
                var next = result.index(after: tail)
                while next < result.endIndex, result[next].isLetter || result[next].isNumber || result[next] == "_" {
                    next = result.index(after: next)
                }
                guard next > result.index(after: tail) else { break }
                end = next
                tail = next
            }
            return found.lowerBound..<end
        }
    }

    /// Where a chunk opened by a dot right after a space (".bunny.", ".drip") starts, dot included; nil for
    /// any other chunk ("...ok", "a.b").
    static func dotOpening(_ text: String, _ chunk: IdentifierChunks.Chunk) -> String.Index? {
        guard chunk.letters >= 2, chunk.range.lowerBound > text.startIndex else { return nil }
        let dot = text.index(before: chunk.range.lowerBound)
        guard text[dot] == ".", dot == text.startIndex || text[text.index(before: dot)].isWhitespace else { return nil }
        return dot
    }

    /// A chunk that can be a handle: not an everyday word, or shaped like a handle. `strict` asks for more than
    /// a word no list knows when the cue is weaker ("add", "account", before "on snap").
    static func isHandle(_ chunk: IdentifierChunks.Chunk, lower: String, strict: Bool) -> Bool {
        guard chunk.letters + chunk.digits >= 2, !connectors.contains(lower), !NameCues.functionWords.contains(lower),
              !platforms.contains(lower) else { return false }
        // "minecraft 1.21": a version or a price, digits and dots alone, is no handle.
        if chunk.letters == 0 && chunk.underscore == false { return false }
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
        "kik", "whatsapp", "psn", "xbl", "ig's", "dm", "ps4", "ps5", "playstation",
    ]

    /// Words between a cue and the handle: "snap me X", "insta is X", "on tiktok as X", "my @ is X".
    static let connectors: Set<String> = [
        "me", "is", "its", "it's", "my", "name", "username", "user", "handle", "tag", "id", "as", "at", "=", "-", ":",
        "@", "called", "new", "one", "was", "on", "add", "follow", "its:", "is:", "account", "now", "here", "iz",
        "everything", "everywhere", "all", "user", "gamertag", "epic", "ps", "es", "est", "ist", "jest", "este", "është",
        "eshte", "é", "è", "literally", "actually", "basically", "just", "still", "officially", "acc", "acct", "accnt", "account", "under", "im", "i'm",
        "channel", "page", "profile", "server",
    ]
}
