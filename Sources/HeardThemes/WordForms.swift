import HeardCore

/// Irregular word forms the models read as their base word (`Data/word-forms.txt`: "told" as "tell", "felt" as
/// "feel", "better" as "good"), so a weight learned from one form counts for all. Only the models' word
/// features use it (`ReadWord.modelStem`); codebook cues still match the words as written and stemmed. Reading
/// finds a word's form through `KnownWords`, with the word's other facts, so it costs no look-up of its own.
enum WordForms {
    /// Form -> the stem of the word it is read as.
    static let stems: [String: String] = {
        var table: [String: String] = [:]
        for line in DataFile.lines(EmbeddedData.wordForms) {
            let parts = line.text.split(separator: " ", omittingEmptySubsequences: true)
            guard parts.count == 2 else { continue }
            let base = Stemmer.stem(String(parts[1]))
            if Stemmer.stem(String(parts[0])) != base { table[String(parts[0])] = base }
        }
        return table
    }()

    /// The stem a model reads for `word`, when it is an irregular form; nil otherwise.
    static func modelStem(of word: String) -> String? { stems[word] }
}
