/// A handle named before "on everything", "on all my apps", "everywhere": every app at once stands where one
/// app's name would ("rusty.xo on everything", "im kai_07 on all my socials"). Only a word shaped like a handle
/// (a dot or an underscore inside, letters with digits) is taken: "money on everything" says something else.
extension HandleCues {
    static func redactEverywhere(_ text: String) -> String {
        // "verything", "verywhere": the words in either case, found without lowering the comment first.
        guard ASCIISearch.contains(text, "verything") || ASCIISearch.contains(text, "verywhere") || ASCIISearch.contains(text, " all ")
        else { return text }
        let chunks = IdentifierChunks.chunks(text)
        var result = text
        for index in chunks.indices.reversed() where index >= 1 {
            let word = chunks[index].text.lowercased()
            let next = index + 1 < chunks.count ? chunks[index + 1].text.lowercased() : ""
            let onBefore = index >= 2 && chunks[index - 1].text.lowercased() == "on"
            let handle: Int
            if word == "everywhere", !onBefore {
                handle = index - 1
            } else if onBefore, word == "everything" || word == "all" && ["apps", "socials", "my", "platforms"].contains(next) {
                handle = index - 2
            } else {
                continue
            }
            let between = text[chunks[handle].range.upperBound..<chunks[handle + 1].range.lowerBound]
            guard between.allSatisfy({ $0 == " " }), isShapedLikeHandle(chunks[handle]) else { continue }
            result.replaceSubrange(chunks[handle].range, with: Placeholder.handle.rawValue)
        }
        return result
    }
}
