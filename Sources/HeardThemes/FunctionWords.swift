import Foundation

/// Words too common to justify a theme on their own (`Data/function-words.txt`): evidence never quotes one alone.
enum FunctionWords {
    static let words: Set<String> = Set(EmbeddedData.functionWords.split(separator: "\n")
        .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") })

    /// Whether every one of these read words is a function word.
    static func onlyFunctionWords(_ range: Range<Int>, in reading: Reading) -> Bool {
        range.allSatisfy { words.contains(reading.words[$0].word) }
    }
}
