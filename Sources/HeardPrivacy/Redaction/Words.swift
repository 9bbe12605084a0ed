/// A comment split into words with their places, for the name and school passes. Placeholders already in
/// the text (`[phone number]`) are not words.
struct Words {
    struct Word {
        var text: String
        var lower: String
        var range: Range<String.Index>
        /// First letter capital and not the whole word in capitals.
        var isCapitalised: Bool
        /// First word of the comment or of a sentence.
        var startsSentence: Bool
        /// A placeholder or a sentence break stands just before it: cues do not reach across.
        var isAfterBreak = false
    }

    var items: [Word] = []
    /// Most letters are capitals: capitalisation says nothing about names then.
    var shouting = false

    init(_ text: String) {
        var start: String.Index?
        var sentenceStart = true
        var afterBreak = false
        var inPlaceholder = false
        var upper = 0, letters = 0
        var index = text.startIndex
        func finish(_ end: String.Index) {
            guard let begin = start else { return }
            var word = String(text[begin..<end])
            while word.last == "'" || word.last == "-" || word.last == "\u{2019}" { word.removeLast() }
            if !word.isEmpty {
                let capital = word.first!.isUppercase && !(word.count > 1 && word == word.uppercased())
                var lower = word.lowercased()
                for suffix in ["'s", "\u{2019}s"] where lower.hasSuffix(suffix) { lower.removeLast(2) }
                items.append(Word(text: word, lower: lower, range: begin..<text.index(begin, offsetBy: word.count),
                                  isCapitalised: capital, startsSentence: sentenceStart,
                                  isAfterBreak: afterBreak || sentenceStart))
                sentenceStart = false
                afterBreak = false
            }
            start = nil
        }
        while index < text.endIndex {
            let character = text[index]
            if character == "[" {
                inPlaceholder = true
                afterBreak = true
            }
            if inPlaceholder {
                if character == "]" { inPlaceholder = false }
                finish(index)
            } else if character.isLetter || ((character == "'" || character == "-" || character == "\u{2019}") && start != nil) {
                if start == nil { start = index }
                if character.isLetter {
                    letters += 1
                    if character.isUppercase { upper += 1 }
                }
            } else {
                finish(index)
                if ".!?\n".contains(character) { sentenceStart = true }
            }
            index = text.index(after: index)
        }
        finish(text.endIndex)
        shouting = letters >= 8 && upper * 10 >= letters * 6
    }
}
