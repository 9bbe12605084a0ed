/// Excel writes characters XML cannot hold (carriage returns, tabs, other controls) as `_xHHHH_` in cell text;
/// `_x005F_` escapes a literal underscore sequence. This turns them back into characters.
enum ExcelEscapes {
    static func decode(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var output = ""
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "_", let end = text.index(index, offsetBy: 6, limitedBy: text.endIndex),
               end < text.endIndex, text[end] == "_", text[text.index(after: index)] == "x" {
                let hex = text[text.index(index, offsetBy: 2)..<end]
                if hex.count == 4, let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) {
                    output.unicodeScalars.append(scalar)
                    index = text.index(after: end)
                    continue
                }
            }
            output.append(text[index])
            index = text.index(after: index)
        }
        return output
    }
}
