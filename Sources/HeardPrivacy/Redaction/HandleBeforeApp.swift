/// A handle named just before the app it is on (`HandleCues`): "kittymango on insta", "my old account was
/// whatever on twitter", "me and my bro are baby sniper 74 and hunter on the ps5", "kitty frosty 42 (snap)
/// rainbow (tiktok)", "delete frosty frosty 27 on insta".
///
/// The words before "on <app>", "on the <app>" or "(<app>)" are a handle when they are shaped like one, when a
/// gamer tag's words run up to its number ("baby sniper 74") where a clause or a frame opens before them, or
/// when a word that names or acts on an account stands before them ("was", "are", "im", "add", "delete"). A list
/// of two ("X and Y on the ps5") is read back from the last.
extension HandleCues {
    static func beforeApp(_ text: String, _ chunks: [IdentifierChunks.Chunk], _ lower: [String], app: Int,
                          inPlaceholder: Set<Int>) -> [Range<String.Index>] {
        guard let last = candidateEnd(text, chunks, lower, app: app), !inPlaceholder.contains(last) else { return [] }
        let paren = last == app - 1
        guard let first = runStart(text, chunks, lower, endingAt: last, inPlaceholder: inPlaceholder) else { return [] }
        var found = [chunks[first].range.lowerBound..<chunks[last].range.upperBound]
        var opening = first
        // "baby sniper 74 and hunter on the ps5": the first of a list of two, when it is a tag with a number or
        // shaped like a handle.
        if first >= 2, listJoins.contains(lower[first - 1]), gap(text, chunks, after: first - 2).allSatisfy({ $0 == " " }),
           !inPlaceholder.contains(first - 2),
           let earlier = runStart(text, chunks, lower, endingAt: first - 2, inPlaceholder: inPlaceholder),
           earlier < first - 2 || isShapedLikeHandle(chunks[first - 2]) {
            found.insert(chunks[earlier].range.lowerBound..<chunks[first - 2].range.upperBound, at: 0)
            opening = earlier
        }
        let framed = opening > 0 && accountFrames.contains(lower[opening - 1])
        // "my old account was whatever on twitter": "is" or "was" names a handle only after an account's word
        // ("it's fun on roblox" says how the game is).
        let named = opening > 0 && (!beWords.contains(lower[opening - 1])
            || lower[max(0, opening - 4)..<(opening - 1)].contains { accountWords.contains($0) || namingWords.contains($0) })
        // "and baby girl 123 on xbox", "but demon fn 08 on insta": a joining word opens a clause before a tag of
        // two words or more and its number ("and fifa 23 on ps5" is a game).
        let clauseOpens = opening == 0 || gap(text, chunks, after: opening - 1).contains { ".,!?;:()-\n".contains($0) }
            || (last - opening >= 2 && chunks[last].letters == 0 && tagOpeners.contains(lower[opening - 1]))
        let tag = opening < last && (first < last || found.count > 1)
        let word = chunks[last]
        if tag {
            // A tag's words run to a number: only where a clause or a frame opens before them.
            guard framed || clauseOpens else { return [] }
            return found
        }
        if people.contains(lower[last]) || chatWords.contains(lower[last]) { return [] }
        if (framed && named || paren) && isHandleInFrame(word, lower: lower[last]) { return found }
        return isHandle(word, lower: lower[last], strict: true) ? found : []
    }

    /// The last chunk of the words before "on <app>", "on the <app>", "in <app>" or "(<app>)"; nil if there is
    /// none or a sentence ends between.
    private static func candidateEnd(_ text: String, _ chunks: [IdentifierChunks.Chunk], _ lower: [String], app: Int) -> Int? {
        var last: Int
        if app >= 1, gap(text, chunks, after: app - 1).contains("("), !gap(text, chunks, after: app - 1).contains(where: { ".!?".contains($0) }) {
            last = app - 1
        } else if app >= 2, lower[app - 1] == "on" || lower[app - 1] == "in" {
            last = app - 2
        } else if app >= 3, lower[app - 1] == "the", lower[app - 2] == "on" {
            last = app - 3
        } else {
            return nil
        }
        if text[chunks[last].range.upperBound..<chunks[app].range.lowerBound].contains(where: { ".!?\n".contains($0) }) { return nil }
        return last
    }

    /// Where a handle ending at chunk `last` starts: `last` itself, or, for a number of up to four digits, the
    /// one or two words of a gamer tag before it ("baby sniper 74"); nil when `last` can be no handle's end.
    private static func runStart(_ text: String, _ chunks: [IdentifierChunks.Chunk], _ lower: [String], endingAt last: Int,
                                 inPlaceholder: Set<Int>) -> Int? {
        let chunk = chunks[last]
        guard chunk.letters + chunk.digits >= 2 || chunk.digits >= 1, !connectors.contains(lower[last]) || chunk.digits > 0,
              !NameCues.functionWords.contains(lower[last]), !platforms.contains(lower[last]) else { return nil }
        guard chunk.letters == 0, chunk.digits <= 4, !chunk.underscore, chunk.dots == 0 else { return last }
        var first = last
        while first > 0, last - first < 2, !inPlaceholder.contains(first - 1),
              gap(text, chunks, after: first - 1) == " ", chunks[first - 1].letters >= 1,
              // "lil 2k 666": a short piece of letters and digits inside the tag.
              chunks[first - 1].digits == 0 || chunks[first - 1].text.utf8.count <= 3,
              !NameCues.functionWords.contains(lower[first - 1]), !connectors.contains(lower[first - 1]),
              !platforms.contains(lower[first - 1]), !people.contains(lower[first - 1]), !accountFrames.contains(lower[first - 1]),
              !HandlePlaces.shipped.mayBeName(lower[first - 1]) || !HandlePlaces.shipped.isName(NameKey.key(lower[first - 1])) {
            first -= 1
        }
        // A tag holds a word of letters alone, not only pieces such as "2k".
        return first < last && (first..<last).contains(where: { chunks[$0].digits == 0 }) ? first : nil
    }

    /// Words before a handle that name or act on an account: "my old account was X on twitter", "we are X on
    /// xbox", "delete X on insta", "im X on snap".
    static let accountFrames: Set<String> = [
        "im", "i'm", "am", "is", "are", "was", "were", "its", "it's", "add", "added", "follow", "followed", "search", "delete",
        "deleted", "block", "blocked", "unblock", "report", "reported", "called", "named", "under", "as",
    ]

    /// Words that join a clause, before a tag of words and its number: "and baby girl 123 on xbox".
    static let tagOpeners: Set<String> = ["and", "n", "but", "also", "so", "plus", "or", "tbh", "lol"]

    /// Forms of "be" among `accountFrames`: a frame for a single word only after an account's word.
    static let beWords: Set<String> = ["is", "are", "was", "were", "its", "it's", "am"]

    /// Words that join two handles in a list: "X and Y on the ps5".
    static let listJoins: Set<String> = ["and", "n", "&", "or"]

    /// Chat shorthand that is never a handle: "hmu on snap", "dm on insta".
    static let chatWords: Set<String> = [
        "hmu", "dm", "dms", "pm", "msg", "lmk", "ttyl", "wyd", "wbu", "hbu", "brb", "gtg", "ily", "tbh", "ngl", "fr", "lol",
        "lmao", "omg", "idk", "rn", "tho", "pls", "plz", "btw", "jk", "smh",
    ]
}
