import HeardCore

/// A comment as the screen reads it, from Heard's one text reader (`TextReading`): its words in order (folded,
/// text-speak spelled out), each with its sentence and, when a "not", "never", "nobody"... governs it, which
/// word that negator is. "£", "%" and "&" (as "and") are kept as words: money and statistics are signs too.
struct ScreenText {
    struct Word {
        var text: String
        var sentence: Int
        var isNumber: Bool
        /// The index (in `words`) of the negator whose scope this word is in.
        var negator: Int?
    }

    var words: [Word] = []
    /// The range of word indices of each sentence.
    var sentences: [Range<Int>] = []

    /// The index just past the last word of the sentence word `index` is in.
    func sentenceEnd(of index: Int) -> Int { sentences[words[index].sentence].upperBound }

    init(_ comment: String) {
        let reading = TextReading(comment)
        let tokens = reading.tokens
        var firstWord = [Int](repeating: -1, count: tokens.count)
        words.reserveCapacity(tokens.count + 4)
        var sentence = -1
        var sentenceStart = 0
        for (index, token) in tokens.enumerated() {
            let texts: [String]
            switch token.kind {
            case .word, .number: texts = token.words
            case .symbol, .punctuation:
                switch token.folded {
                case "£", "%": texts = [token.folded]
                case "&": texts = ["and"]
                default: continue
                }
            case .placeholder: continue
            }
            if token.sentence != sentence {
                if sentence >= 0, words.count > sentenceStart { sentences.append(sentenceStart..<words.count) }
                sentence = token.sentence
                sentenceStart = words.count
            }
            firstWord[index] = words.count
            let negatorToken = token.isNegated ? reading.negator(of: index) : nil
            let negator = negatorToken.map { firstWord[$0] }.flatMap { $0 >= 0 ? $0 : nil }
            for text in texts {
                words.append(Word(text: text, sentence: sentences.count, isNumber: token.kind == .number, negator: negator))
            }
        }
        if words.count > sentenceStart { sentences.append(sentenceStart..<words.count) }
    }
}
