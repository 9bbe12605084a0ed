/// A gamer tag of words with no number, named in a strong frame ("my ps4 name is ghost rider", "my xbox name is
/// dark wolf and i play every night"): the words after the first run to the clause's end, two at most. Only words
/// that can be a tag's are taken: no small word, connector, app, or a word that signs off or chats ("my snap is
/// kitty thanks", "my insta is kitty lol" keep "thanks" and "lol").
extension HandleCues {
    /// The last chunk of a tag of words that starts at `start`: `start` itself unless one or two more words run
    /// from it to the end of the clause.
    static func wordTagEnd(_ text: String, _ chunks: [IdentifierChunks.Chunk], _ lower: [String], from start: Int) -> Int {
        var end = start
        while end + 1 < chunks.count, end - start < 2, gap(text, chunks, after: end) == " " {
            let next = end + 1
            let chunk = chunks[next]
            guard chunk.letters >= 2, chunk.digits == 0, isTagWord(lower[next]) else { break }
            end = next
        }
        guard end > start else { return start }
        // The clause ends after the run: the comment's end, a mark, or a word that joins or closes a clause.
        if end + 1 == chunks.count || gap(text, chunks, after: end).contains(where: { ".!?,;:()\n".contains($0) })
            || tagClosers.contains(lower[end + 1]) {
            return end
        }
        return start
    }

    private static func isTagWord(_ lower: String) -> Bool {
        !NameCues.functionWords.contains(lower) && !connectors.contains(lower) && !platforms.contains(lower)
            && !chatWords.contains(lower) && !NameCues.signOffWords.contains(lower) && !tagClosers.contains(lower)
            && !people.contains(lower)
    }

    /// Words that close the clause a tag ends: "ghost rider and i play", "dark wolf add me", "ghost rider x".
    static let tagClosers: Set<String> = ["and", "n", "&", "but", "or", "add", "follow", "so", "x", "xx", "lol", "if", "cos", "coz", "because"]
}
