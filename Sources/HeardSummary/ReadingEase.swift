/// The Flesch reading ease of English text (higher is easier; 70 and above reads easily for a ten-year-old),
/// used to keep the easy-read page easy.
public enum ReadingEase {
    public static func flesch(_ text: String) -> Double {
        let sentences = max(1, text.split { ".!?:".contains($0) }.filter { $0.contains(where: \.isLetter) }.count)
        let words = text.split { !$0.isLetter && $0 != "'" }.map { $0.lowercased() }
        guard !words.isEmpty else { return 100 }
        let syllables = words.map(syllableCount).reduce(0, +)
        return 206.835 - 1.015 * Double(words.count) / Double(sentences) - 84.6 * Double(syllables) / Double(words.count)
    }

    /// Vowel groups, less a silent final "e", at least one.
    static func syllableCount(_ word: String) -> Int {
        var count = 0
        var previousVowel = false
        for character in word {
            let vowel = "aeiouy".contains(character)
            if vowel && !previousVowel { count += 1 }
            previousVowel = vowel
        }
        if word.hasSuffix("e") && !word.hasSuffix("le") && count > 1 { count -= 1 }
        return max(1, count)
    }
}
