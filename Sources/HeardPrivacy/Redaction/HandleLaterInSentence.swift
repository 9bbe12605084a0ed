/// A handle named further on in a sentence about an app: "my old insta got hacked new one is abdi99", "my
/// gamertag got hacked, new one is ty-25". Only a word shaped like a handle (letters with digits, or with an
/// underscore or a dot between letters) right after "is", "its", "as" or "=", within ten words of the app and
/// before the sentence ends, so "my insta is on 16 followers" and "snap got hacked and it is awful" stay; and
/// any word but a small one given someone after the app ("asked for my twitch so i gave her tuesday").
extension HandleCues {
    static func laterInSentence(_ text: String, _ chunks: [IdentifierChunks.Chunk], _ lower: [String], isApp: [Bool],
                                inPlaceholder: Set<Int>) -> [Range<String.Index>] {
        var found: [Range<String.Index>] = []
        // "my old account got hacked, new one is star.x": an account stands for its app.
        for app in chunks.indices where isApp[app] || accountWords.contains(lower[app]) {
            var index = app + 2
            while index < min(chunks.count, app + 11) {
                if text[chunks[index - 1].range.upperBound..<chunks[index].range.lowerBound].contains(where: { ".!?\n".contains($0) }) { break }
                let chunk = chunks[index]
                if ["is", "its", "it's", "as", "="].contains(lower[index - 1]), !inPlaceholder.contains(index), isShapedLikeHandle(chunk),
                   !isApp[index] {
                    found.append(chunk.range)
                    break
                }
                // "she asked for my twitch so i gave her tuesday": what is given someone after an app is asked for.
                if index >= app + 3, givingWords.contains(lower[index - 2]), receivers.contains(lower[index - 1]), !inPlaceholder.contains(index),
                   !isApp[index], !accountWords.contains(lower[index]), isHandleInFrame(chunk, lower: lower[index]) {
                    found.append(chunk.range)
                    break
                }
                index += 1
            }
        }
        return found
    }

    /// Letters with digits ("abdi99", "ty-25"), not a count or a time ("10pm", "2nd", "5k"); or letters joined
    /// by an underscore or a dot ("lil_mo", "ruby.x").
    static func isShapedLikeHandle(_ chunk: IdentifierChunks.Chunk) -> Bool {
        if chunk.underscore || chunk.dots > 0 && chunk.letters >= 2 { return chunk.letters + chunk.digits >= 3 }
        guard chunk.digits > 0, chunk.letters >= 2 else { return false }
        let letters = String(chunk.text.filter(\.isLetter)).lowercased()
        return !["am", "pm", "st", "nd", "rd", "th", "k", "yrs", "mins", "hrs", "pounds", "quid", "kg", "cm", "mm", "ml", "gb", "mb", "x"]
            .contains(letters) && chunk.text.first?.isNumber != true
    }

    /// "gave her X", "sent them X".
    static let givingWords: Set<String> = ["gave", "give", "giving", "sent", "send"]
    static let receivers: Set<String> = ["her", "him", "them", "em", "u", "you"]
}
