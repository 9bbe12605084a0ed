/// The words a spelt-out handle is made of: "at sign" before it, symbols named in one or two words
/// ("dot", "under score"), letters and digits said alone, a letter's case said, and the byte test that tells
/// whether a comment may hold any of them.
extension SpokenHandles {
    /// "at sign" or "at symbol" (`named`), or "at" alone, said just before token `index`: how many tokens it takes.
    static func spokenAt(_ tokens: SpokenTokens, before index: Int) -> (tokens: Int, named: Bool)? {
        guard index >= 1, SpokenTokens.isGap(tokens.gap(before: index), marks: [], limit: 1) else { return nil }
        let previous = tokens.tokens[index - 1].key
        if previous == "at" { return (1, false) }
        guard index >= 2, ["sign", "symbol"].contains(previous), tokens.tokens[index - 2].key == "at",
              SpokenTokens.isGap(tokens.gap(before: index - 1), marks: [], limit: 1) else { return nil }
        return (2, true)
    }

    static func isEveryday(_ key: String) -> Bool {
        NameCues.functionWords.contains(key) || Gazetteer.isEverydayWord(NameKey.key(key))
    }

    /// "score" of "under score", "stop" of "full stop".
    static func isSymbolSecond(_ tokens: SpokenTokens, at index: Int) -> Bool {
        index > 0 && pairedSymbols[tokens.tokens[index - 1].key] == tokens.tokens[index].key
    }

    static func isSymbol(_ item: Item) -> Bool {
        if case .symbol = item { return true }
        return false
    }

    /// A letter or a digit alone, or a digit said in English ("two", "oh").
    static func isSingle(_ token: SpokenTokens.Token) -> Bool {
        (token.length == 1 && token.isASCII && token.key != "_") || DigitWords.english[token.key] != nil || HandleCues.saidNumbers.contains(token.key)
    }

    /// The number of tokens (1 or 2) of a word naming a symbol at `index`, or 0.
    static func symbolLength(_ tokens: SpokenTokens, at index: Int) -> Int {
        let key = tokens.tokens[index].key
        if strongSymbols.contains(key) || weakSymbols.contains(key) { return 1 }
        if index + 1 < tokens.tokens.count, let second = pairedSymbols[key], second == tokens.tokens[index + 1].key,
           SpokenTokens.isGap(tokens.gap(after: index), marks: [], limit: 1) {
            return 2
        }
        return 0
    }

    /// Whether a word alone names a symbol ("dot", "underscore"), or opens a name of two ("under", "full").
    static func symbolLength(tokenKey key: String) -> Int {
        strongSymbols.contains(key) || weakSymbols.contains(key) || pairedSymbols[key] != nil ? 1 : 0
    }

    /// An underscore named: no ordinary sentence says it between two pieces.
    static func isStrong(_ tokens: SpokenTokens, at index: Int) -> Bool {
        let key = tokens.tokens[index].key
        return strongSymbols.contains(key) || key == "under" || key == "low"
    }

    /// Symbols that join a handle's words where an app offers one ("moonlight dot girl"); "line", "point" and
    /// "period" say other things too often.
    static let joiningSymbols: Set<String> = ["dot", "dott", "dash", "hyphen", "underscore", "underscores"]

    /// Words that say a spelt letter's case: "capital h", "caps p", "small x".
    static let letterCases: Set<String> = ["capital", "capitol", "caps", "cap", "uppercase", "lowercase", "small"]

    /// Marks between the pieces of a handle spelt out: "b. b. y", "b-r-u-m", "k, a, i".
    static let gapMarks: [UInt8] = [46, 45, 44]

    static let strongSymbols: Set<String> = [
        "underscore", "underscores", "undrscore", "underscor", "undascore", "undersore", "lowdash", "underline", "undrscor",
    ]
    static let weakSymbols: Set<String> = ["dot", "dott", "dash", "hyphen", "minus", "point", "line", "period", "fullstop", "hashtag"]
    /// Symbols named in two words: "under score", "low dash", "full stop".
    static let pairedSymbols: [String: String] = ["under": "score", "low": "dash", "full": "stop"]

    /// Whether a symbol word, or four one-letter tokens in a row, is in the comment: a test over bytes alone.
    static func mayHold(_ bytes: [UInt8]) -> Bool {
        var singles = 0
        return SpokenTokens.anyRange(in: bytes) { range in
            if range.count == 1 {
                singles += 1
                return singles >= 4
            }
            singles = 0
            return (3...10).contains(range.count) && symbolOpenings.contains(bytes[range.lowerBound] | 32)
                && isSymbolWord(bytes[range])
        }
    }

    private static let symbolOpenings: Set<UInt8> = Set("udlhmpfs".utf8)
    /// With "sign" and "symbol", for "at sign X" and "at symbol X".
    private static let symbolWords: [[UInt8]] = strongSymbols.union(weakSymbols).union(["score", "dash", "stop", "sign", "symbol"])
        .map { Array($0.utf8) }

    private static func isSymbolWord(_ word: ArraySlice<UInt8>) -> Bool {
        symbolWords.contains { candidate in
            candidate.count == word.count && zip(candidate, word).allSatisfy { $0 == $1 | 32 }
        }
    }
}
