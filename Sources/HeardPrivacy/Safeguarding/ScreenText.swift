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
    /// The words that come right after a comma, a semicolon, a colon or a dash inside their sentence, in order:
    /// where a clause may start (`OrdinaryReadings.clauses(of:)`).
    var pauses: [Int] = []

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
            // The token's words: its text-speak expansion, or its folded form (read in place, not gathered
            // into a new array for every token).
            var single: String?
            switch token.kind {
            case .word, .number: single = token.expansion == nil ? token.folded : nil
            case .symbol, .punctuation:
                switch token.folded {
                case "£", "%": single = token.folded
                case "&": single = "and"
                case ",", ";", ":", "-", "\u{2013}", "\u{2014}":
                    if token.sentence == sentence, pauses.last != words.count { pauses.append(words.count) }
                    continue
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
            let isNumber = token.kind == .number
            if let single {
                words.append(Word(text: single, sentence: sentences.count, isNumber: isNumber, negator: negator))
            } else if let expansion = token.expansion {
                for text in expansion {
                    words.append(Word(text: text, sentence: sentences.count, isNumber: isNumber, negator: negator))
                }
            }
        }
        if words.count > sentenceStart { sentences.append(sentenceStart..<words.count) }
    }
}
