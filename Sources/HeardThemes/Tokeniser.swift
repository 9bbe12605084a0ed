/// Splits a comment into lower-case word tokens the way cues are written: apostrophes dropped ("can't" ->
/// "cant", "i'm" -> "im"), anything else that is not a letter or digit separates words.
public enum Tokeniser {
    /// A token and where it came from in the original text, so evidence can quote the words as written.
    public struct Token: Sendable, Hashable {
        public var text: String
        public var range: Range<String.Index>
        /// Written with an apostrophe inside ("I'd"), so "id" is "I would", not an ID card.
        public var hadApostrophe = false
    }

    public static func tokens(_ text: String) -> [Token] {
        var result: [Token] = []
        var current = String.UnicodeScalarView()
        var apostrophe = false
        var start: String.Index?
        var end = text.startIndex
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            let value = scalar.value
            if (value >= 97 && value <= 122) || (value >= 48 && value <= 57) {
                if start == nil { start = index }
                current.append(scalar)
                end = next
            } else if value >= 65 && value <= 90 {
                if start == nil { start = index }
                current.append(Unicode.Scalar(value + 32)!)
                end = next
            } else if value > 127 && (scalar.properties.isAlphabetic || scalar.properties.numericType != nil) {
                if start == nil { start = index }
                current.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
                end = next
            } else if (value == 39 || value == 0x2019 || value == 96) && start != nil {
                apostrophe = true // apostrophes join: "can't" -> "cant"
            } else if let begin = start {
                result.append(Token(text: String(current), range: begin..<end, hadApostrophe: apostrophe))
                current = String.UnicodeScalarView()
                apostrophe = false
                start = nil
            }
            index = next
        }
        if let begin = start { result.append(Token(text: String(current), range: begin..<end, hadApostrophe: apostrophe)) }
        return result
    }

    /// Just the words.
    public static func words(_ text: String) -> [String] { tokens(text).map(\.text) }
}
