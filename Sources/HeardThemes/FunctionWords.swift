import HeardCore

/// Words too common to justify a theme on their own (`Data/function-words.txt`): evidence never quotes one alone.
enum FunctionWords {
    static let words: Set<String> = Set(DataFile.lines(EmbeddedData.functionWords).map { String($0.text) })

    /// Whether every one of these read words is a function word.
    static func onlyFunctionWords(_ range: Range<Int>, in reading: Reading) -> Bool {
        range.allSatisfy { KnownWords.facts(reading.words[$0].known).isFunctionWord }
    }
}
