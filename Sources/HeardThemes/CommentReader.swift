import HeardCore

/// A comment as the tagger reads it: the words of Heard's one text reader (`TextReading`: folded, text-speak
/// spelled out), each remembering the token it came from so evidence can quote the young person's own words.
/// A read word holds one string, its text: its stem is looked up by number once (`Reading.stemNumbers`) and
/// spelled out only where a name is built (`stem`, `modelStem`); copying three strings per word (a retain and a
/// release of each) cost more than stemming again where names are wanted (training, `--explain`).
struct ReadWord {
    var word: String
    /// The word's number in `KnownWords` (-1: on none of the word lists).
    var known: Int32
    /// Index into the reading's tokens.
    var token: Int
    /// The word stemmed (`Stemmer`), as cues are.
    var stem: String { Stemmer.stem(word) }
    /// The stem the models read where it differs from `stem` (an irregular form, `WordForms`): "told" -> "tel".
    var lemma: String? { KnownWords.facts(known).modelStem }
    /// The stem the models' word features use.
    var modelStem: String { lemma ?? stem }
}

enum CommentReader {
    static func read(_ reading: TextReading) -> [ReadWord] {
        var words: [ReadWord] = []
        words.reserveCapacity(reading.tokens.count + 4)
        for word in reading.words() {
            // "I'd" is "I would", not an ID card; the reader keeps the apostrophe so that it can be told apart.
            if word.text == "id", reading.tokens[word.token].traits.contains(.apostrophe) {
                words.append(ReadWord(word: "i", known: KnownWords.number(of: "i"), token: word.token))
                words.append(ReadWord(word: "would", known: KnownWords.number(of: "would"), token: word.token))
            } else {
                words.append(ReadWord(word: word.text, known: KnownWords.number(of: word.text), token: word.token))
            }
        }
        return words
    }

    /// A cue's words, read and stemmed the same way as comments.
    static func cueStems(_ cue: String) -> [String] {
        read(TextReading(cue)).map(\.stem)
    }
}
