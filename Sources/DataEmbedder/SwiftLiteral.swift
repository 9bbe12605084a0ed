/// Writes text as a Swift multi-line string literal whose value is exactly that text: one source line per line
/// of the file (so a 40,000-line list compiles as quickly as any long literal), with every character the lexer
/// could misread escaped: backslashes, quotes, control characters, line and paragraph separators, and
/// whitespace at the end of a line (which a reader of the source would not see).
enum SwiftLiteral {
    static func multiline(_ text: String, indent: String) -> String {
        var output = "\"\"\"\n"
        output.reserveCapacity(text.utf8.count + text.utf8.count / 8 + 16)
        // Split on the scalar "\n" (a "\r\n" pair is one Character, so Character splitting would miss it).
        let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        for line in lines {
            output += indent
            let scalars = Array(line)
            // Trailing spaces and tabs are escaped so they survive editors and stay visible.
            var lastVisible = scalars.count
            while lastVisible > 0, scalars[lastVisible - 1] == " " || scalars[lastVisible - 1] == "\t" { lastVisible -= 1 }
            for (index, scalar) in scalars.enumerated() {
                output += escaped(scalar, trailing: index >= lastVisible)
            }
            output += "\n"
        }
        output += indent + "\"\"\""
        return output
    }

    private static func escaped(_ scalar: Unicode.Scalar, trailing: Bool) -> String {
        switch scalar {
        case "\\": return "\\\\"
        case "\"": return "\\\""
        case "\t": return "\\t"
        case "\r": return "\\r"
        case " ": return trailing ? "\\u{20}" : " "
        default:
            if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0xFEFF {
                return "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            }
            return String(scalar)
        }
    }
}
