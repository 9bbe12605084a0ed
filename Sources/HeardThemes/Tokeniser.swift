/// Splits a comment into lower-case word tokens the way cues are written: apostrophes dropped ("can't" ->
/// "cant", "i'm" -> "im"), anything else that is not a letter or digit separates words.
public enum Tokeniser {
    /// A token and where it came from in the original text, so evidence can quote the words as written.
    public struct Token: Sendable, Hashable {
        public var text: String
        public var range: Range<String.Index>
    }

    public static func tokens(_ text: String) -> [Token] {
        var result: [Token] = []
        var current = ""
        var start: String.Index?
        var end = text.startIndex
        for index in text.indices {
            let character = text[index]
            if character.isLetter || character.isNumber {
                if start == nil { start = index }
                current.append(contentsOf: character.lowercased())
                end = text.index(after: index)
            } else if character == "'" || character == "\u{2019}" || character == "`", start != nil {
                continue
            } else if let begin = start {
                result.append(Token(text: current, range: begin..<end))
                current = ""
                start = nil
            }
        }
        if let begin = start { result.append(Token(text: current, range: begin..<end)) }
        return result
    }

    /// Just the words.
    public static func words(_ text: String) -> [String] { tokens(text).map(\.text) }
}
