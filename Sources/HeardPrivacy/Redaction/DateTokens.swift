/// A comment read as the date finder needs it: numbers in any script (with their value), words in any
/// alphabet (by `NameKey`), and single marks. "21ain" is a number and a word touching it, "2k8" a number, a
/// word and a number; "d'Aibreán" is "d" and "aibrean". A placeholder already in the text is one mark.
struct DateTokens {
    enum Kind: Equatable { case number, word, mark }

    struct Token {
        var kind: Kind
        var range: Range<String.Index>
        /// A word's `NameKey`; a mark's own character.
        var key: String
        /// A number's value.
        var value = 0
        /// A number's count of digits.
        var digits = 0
        /// Space stands between the previous token and this one.
        var spaceBefore = false
        /// A word written all in capitals ("VII").
        var capitals = false
    }

    var items: [Token] = []

    init(_ text: String) {
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        var space = false
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar.properties.isWhitespace {
                space = true
                index = scalars.index(after: index)
                continue
            }
            let start = index
            if scalar == "[", let close = scalars[index...].firstIndex(of: "]"), scalars.distance(from: index, to: close) <= 24 {
                // A placeholder ("[name]") is one mark: its word is not the comment's.
                index = scalars.index(after: close)
                items.append(Token(kind: .mark, range: start..<index, key: "[", spaceBefore: space))
            } else if let digit = Self.digit(scalar) {
                var value = digit, digits = 1
                index = scalars.index(after: index)
                while index < scalars.endIndex, let next = Self.digit(scalars[index]) {
                    value = digits < 9 ? value * 10 + next : value
                    digits += 1
                    index = scalars.index(after: index)
                }
                items.append(Token(kind: .number, range: start..<index, key: "", value: value, digits: digits, spaceBefore: space))
            } else if let ethiopic = Self.ethiopicValue(scalar) {
                // Ethiopic numerals: "፳፭" is 25, "፲፱፻፺፫" is 1993 (hundreds multiply what stands before them).
                var total = 0, group = ethiopic
                index = scalars.index(after: index)
                while index < scalars.endIndex, let next = Self.ethiopicValue(scalars[index]) {
                    if next == 100 { total += max(group, 1) * 100; group = 0 } else { group += next }
                    index = scalars.index(after: index)
                }
                total += group
                items.append(Token(kind: .number, range: start..<index, key: "", value: total, digits: String(total).count,
                                   spaceBefore: space))
            } else if Self.isLetter(scalar) {
                index = scalars.index(after: index)
                var letters = 1
                while index < scalars.endIndex {
                    let next = scalars[index]
                    if Self.isLetter(next) {
                        letters += 1
                        index = scalars.index(after: index)
                    } else if next == "'" || next == "\u{2019}", letters > 1, scalars.index(after: index) < scalars.endIndex,
                              Self.isLetter(scalars[scalars.index(after: index)]) {
                        index = scalars.index(after: index)  // "sha'ban"; but "d'" ends a word of its own
                    } else {
                        break
                    }
                }
                let word = String(text[start..<index])
                let lower = word.lowercased()
                items.append(Token(kind: .word, range: start..<index, key: NameKey.key(lower), spaceBefore: space,
                                   capitals: lower != word && word.uppercased() == word))
                if index < scalars.endIndex, letters == 1, scalars[index] == "'" || scalars[index] == "\u{2019}" {
                    index = scalars.index(after: index)  // "d'Aibreán", "l'an"
                }
            } else {
                index = scalars.index(after: index)
                items.append(Token(kind: .mark, range: start..<index, key: String(scalar), spaceBefore: space))
            }
            space = false
        }
    }

    /// A decimal digit in any script ("7", "٧", "۷", "७").
    private static func digit(_ scalar: Unicode.Scalar) -> Int? {
        if scalar.value >= 48 && scalar.value <= 57 { return Int(scalar.value - 48) }
        guard scalar.value >= 0x660, scalar.properties.numericType == .decimal, let value = scalar.properties.numericValue else {
            return nil
        }
        return Int(value)
    }

    private static func ethiopicValue(_ scalar: Unicode.Scalar) -> Int? {
        guard (0x1369...0x137C).contains(scalar.value), let value = scalar.properties.numericValue else { return nil }
        return Int(value)
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 128 { return (scalar.value | 32) >= 97 && (scalar.value | 32) <= 122 }
        if (0x1369...0x137C).contains(scalar.value) { return false }
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
}
