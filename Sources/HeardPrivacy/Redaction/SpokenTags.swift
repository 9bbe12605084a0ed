/// Gamer tags and handles whose number is said in words: "at crystal four is my gamertag", "bereal diamond
/// double seven", "on snap im @ xx king gamer two thousand and eight", "my tiktok is at velvet moon sixty nine".
/// One to three words and then a number in words (digits, "double seven", "sixty nine", "two thousand and
/// eight"), where a handle stands: just after an "@", after "at sign" or "at symbol", after "at" in a frame
/// that offers a handle ("insta is at ...", "add me at ...", "at ... is my gamertag"), or right after an app's
/// name with at most "is", "im" or "name is" between ("bereal X", "my snap is X"). A count after it ("four years",
/// "two days") is no handle's number: "i was at school four years ago".
enum SpokenTags {
    static func redact(_ text: String) -> String {
        SpokenTokens.redact(text, mayHold: mayHold) { tokens, index in
            guard let place = place(tokens, before: index), let end = tag(tokens, from: index, place: place) else {
                return (nil, index + 1)
            }
            return ((place.start..<tokens.tokens[end].end, .handle), end + 1)
        }
    }

    /// Where the handle's span starts (the "@" or "at sign" said goes with it) when token `index` stands where a
    /// handle is offered, and whether the place is an "at" that still needs an app or cue nearby.
    static func place(_ tokens: SpokenTokens, before index: Int) -> (start: Int, needsOffer: Bool)? {
        let all = tokens.tokens
        let gap = tokens.gap(before: index)
        if let at = gap.lastIndex(of: 64), gap[(at + 1)...].allSatisfy({ $0 == 32 }) { return (at, false) }
        if let said = SpokenHandles.spokenAt(tokens, before: index) {
            if said.named { return (all[index - said.tokens].start, false) }
            // Plain "at" after a frame word or an app: "insta is at", "add me at", "snap at".
            let atIndex = index - 1
            let frame = atIndex > 0 && (frameWords.contains(all[atIndex - 1].key) || HandlePlaces.shipped.platform(tokens, at: atIndex - 1) > 0)
            return (all[atIndex].start, !frame)
        }
        guard index > 0 else { return nil }
        // Right after an app's name: "bereal X", "my snap is X", "insta name is X".
        var cursor = index - 1
        var between = 0
        while cursor > 0, between < 2, appConnectors.contains(all[cursor].key),
              SpokenTokens.isGap(tokens.gap(after: cursor), marks: [58], limit: 2), !tokens.gap(before: cursor).contains(93) {
            cursor -= 1
            between += 1
        }
        guard SpokenTokens.isGap(tokens.gap(after: cursor), marks: [58, 45], limit: 3) else { return nil }
        let app = HandlePlaces.shipped.platform(tokens, at: cursor) == 1
            || cursor > 0 && HandlePlaces.shipped.platform(tokens, at: cursor - 1) == 2
        return app ? (all[index].start, false) : nil
    }

    /// The last token of a tag starting at `first`: one to three words, then a number said in words.
    static func tag(_ tokens: SpokenTokens, from first: Int, place: (start: Int, needsOffer: Bool)) -> Int? {
        let all = tokens.tokens
        var index = first
        var words = 0
        // The tag's words are no small words of the sentence ("at the four", "but no one"); "xx" may open one.
        while index < all.count, words < 3, isTagWord(all[index]),
              !NameCues.functionWords.contains(all[index].key) || all[index].key.allSatisfy({ $0 == "x" }) {
            if index > first, !SpokenTokens.isGap(tokens.gap(before: index), marks: [], limit: 1) { return nil }
            words += 1
            index += 1
        }
        guard words >= 1, index < all.count, SpokenTokens.isGap(tokens.gap(before: index), marks: [], limit: 1),
              let last = saidNumber(tokens, from: index) else { return nil }
        // "at school four years ago", "at work two days": a count, not a number of a tag.
        if last + 1 < all.count, SpokenTokens.isGap(tokens.gap(after: last), marks: [], limit: 1),
           countedThings.contains(all[last + 1].key) { return nil }
        if place.needsOffer, !HandlePlaces.shipped.offers(tokens, first: first, last: last) { return nil }
        return last
    }

    /// A word of a tag: ASCII letters, not a number said in words, not a word naming a symbol.
    private static func isTagWord(_ token: SpokenTokens.Token) -> Bool {
        token.isASCII && token.letters >= 2 && token.digits == 0 && token.length <= 15 && !isNumberWord(token.key)
            && SpokenHandles.symbolLength(tokenKey: token.key) == 0
    }

    /// The last token of a number said in words starting at `index` ("four", "double seven", "sixty nine", "two
    /// thousand and eight", "oh nine"), or nil.
    static func saidNumber(_ tokens: SpokenTokens, from index: Int) -> Int? {
        let all = tokens.tokens
        var cursor = index
        var last: Int?
        while cursor < all.count, cursor - index < 8 {
            if cursor > index, !SpokenTokens.isGap(tokens.gap(before: cursor), marks: [45], limit: 1) { break }
            let key = all[cursor].key
            if isNumberWord(key) || (key == "and" && last != nil && cursor + 1 < all.count && isNumberWord(all[cursor + 1].key)) {
                if key != "and" && DigitWords.multipliers[key] == nil { last = cursor }
                cursor += 1
            } else {
                break
            }
        }
        return last
    }

    static func isNumberWord(_ key: String) -> Bool {
        DigitWords.english[key] != nil && key != "o" || HandleCues.saidNumbers.contains(key)
            || DigitWords.multipliers[key] != nil || key == "hundred" || key == "thousand"
    }

    /// Whether a number said in words stands in the comment: a test over bytes alone.
    static func mayHold(_ bytes: [UInt8]) -> Bool {
        SpokenTokens.anyRange(in: bytes) { range in
            range.count >= 3 && range.count <= 9 && numberOpenings.contains(bytes[range.lowerBound] | 32)
                && isNumberWord(String(decoding: bytes[range].map { $0 | 32 }, as: UTF8.self))
        }
    }

    private static let numberOpenings: Set<UInt8> = Set("zontfsehdtr".utf8)
    /// Words before "at" that make it a handle's "@": "insta is at", "add me at", "im at", "name: at".
    static let frameWords: Set<String> = ["is", "im", "me", "its", "as", "name", "handle", "username", "tag", "gamertag", "insta", "snap", "on"]
    /// Words between an app's name and a handle: "snap is", "tiktok name is", "psn im".
    static let appConnectors: Set<String> = ["is", "im", "name", "its", "me", "username", "tag", "handle", "as"]
    /// Things counted after a number: the number is a count, not a tag's.
    static let countedThings: Set<String> = [
        "years", "year", "yrs", "days", "day", "weeks", "week", "months", "month", "hours", "hour", "hrs", "mins", "minutes",
        "times", "time", "pm", "am", "oclock", "o'clock", "people", "of", "quid", "pounds", "percent", "miles", "more", "left",
        "kids", "children", "brothers", "sisters", "friends", "placements", "carers", "social", "workers", "sessions", "bus",
        "buses", "stops", "goals", "points", "games", "followers", "likes", "subs", "streak", "in", "out", "or",
        "sec", "secs", "second", "seconds", "min", "minute", "moment", "thing", "things", "bit", "lot", "night", "nights",
        "person", "mate", "mates", "way", "ways", "pound",
    ]
}
