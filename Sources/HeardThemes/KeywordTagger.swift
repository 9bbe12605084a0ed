import HeardCore

/// Tags a comment with every theme whose cues it contains, preferring the longest cue at each word, so that
/// "live with my mum" counts for family rather than for accommodation's "live with".
///
/// Evidence is the matched words as the young person wrote them. Confidence grows with the number of distinct
/// cues found for a theme.
public struct KeywordTagger: ThemeTagging {
    public let framework: ThemeFramework
    private let cuesByFirstWord: [String: [Cue]]
    private let prefixCues: [Cue]
    private let polarity = PolarityClassifier()

    struct Cue: Sendable {
        var words: [String]
        var themeID: String
        /// The last word matches as a prefix (`foster*`).
        var isPrefix: Bool
    }

    public init(framework: ThemeFramework) {
        self.framework = framework
        var byFirst: [String: [Cue]] = [:]
        var prefixes: [Cue] = []
        for theme in framework.themes {
            for cueText in theme.cues {
                let isPrefix = cueText.hasSuffix("*")
                let words = Tokeniser.words(isPrefix ? String(cueText.dropLast()) : cueText)
                guard let first = words.first else { continue }
                let cue = Cue(words: words, themeID: theme.id, isPrefix: isPrefix)
                if isPrefix && words.count == 1 {
                    prefixes.append(cue)
                } else {
                    byFirst[first, default: []].append(cue)
                }
            }
        }
        cuesByFirstWord = byFirst
        prefixCues = prefixes
    }

    public func tag(_ text: String) -> TaggingResult {
        let tokens = Tokeniser.tokens(text)
        var evidence: [String: [String]] = [:]
        var order: [String] = []
        var index = 0
        while index < tokens.count {
            var bestLength = 0
            var bestThemes: [String] = []
            for cue in candidates(at: tokens[index].text) where matches(cue, tokens, at: index) {
                if cue.words.count > bestLength {
                    bestLength = cue.words.count
                    bestThemes = [cue.themeID]
                } else if cue.words.count == bestLength, !bestThemes.contains(cue.themeID) {
                    bestThemes.append(cue.themeID)
                }
            }
            guard bestLength > 0 else {
                index += 1
                continue
            }
            let surface = String(text[tokens[index].range.lowerBound..<tokens[index + bestLength - 1].range.upperBound])
            for theme in bestThemes {
                if evidence[theme] == nil { order.append(theme) }
                if !(evidence[theme]?.contains(surface) ?? false) { evidence[theme, default: []].append(surface) }
            }
            index += bestLength
        }
        let tags = order.map { theme in
            let found = evidence[theme] ?? []
            return ThemeTag(themeID: theme, evidence: found, confidence: min(1, 0.5 + 0.2 * Double(found.count - 1)))
        }
        return TaggingResult(tags: tags, polarity: polarity.classify(tokens.map(\.text)))
    }

    private func candidates(at word: String) -> [Cue] {
        let exact = cuesByFirstWord[word] ?? []
        let prefixed = prefixCues.filter { word.hasPrefix($0.words[0]) }
        return prefixed.isEmpty ? exact : exact + prefixed
    }

    private func matches(_ cue: Cue, _ tokens: [Tokeniser.Token], at start: Int) -> Bool {
        guard start + cue.words.count <= tokens.count else { return false }
        for (offset, word) in cue.words.enumerated() {
            let token = tokens[start + offset].text
            let isLast = offset == cue.words.count - 1
            if isLast && cue.isPrefix ? !token.hasPrefix(word) : token != word { return false }
        }
        return true
    }
}
