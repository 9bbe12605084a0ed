/// What one Unicode scalar is to the reader. ASCII scalars are classified by a switch written out by hand;
/// every other scalar is classified from its Unicode properties. `TextReadingPathTests` checks that the switch and
/// the properties agree on all 128 ASCII scalars, so the byte path and the Unicode path read alike.
enum CharacterClass: UInt8, Sendable {
    /// Letters of any alphabet and combining marks.
    case letter
    /// Decimal digits of any script.
    case digit
    /// ' ’ ‘ ` ´ ʼ: joins a word when a letter follows ("don't"), otherwise punctuation.
    case apostrophe
    case space
    /// A line break: young people's sentences often end at one.
    case lineBreak
    /// . ! ? … and their forms in other scripts: end a sentence.
    case sentenceMark
    /// , ; : ( ) – —: end a clause.
    case clauseMark
    /// "-": joins nothing; ends a clause when it stands between spaces.
    case hyphen
    /// "[": may open a placeholder such as "[name]".
    case openBracket
    /// Zero-width joiners, variation selectors, skin tones, emoji tags: belong to the scalar before them.
    case joiner
    /// Emoji and other symbols.
    case symbol
    /// Any other punctuation.
    case punctuation

    /// The class of an ASCII scalar (value below 128), written out by hand: letters, digits, the marks
    /// below, and the symbols + < = > ^ | ~ $. A switch, so the hot loop reads no global table.
    @inline(__always)
    static func ascii(_ byte: UInt8) -> CharacterClass {
        switch byte {
        case 97...122, 65...90: return .letter
        case 32, 9: return .space
        case 48...57: return .digit
        case 46, 33, 63: return .sentenceMark // . ! ?
        case 44, 59, 58, 40, 41: return .clauseMark // , ; : ( )
        case 39, 96: return .apostrophe // ' `
        case 10, 11, 12, 13: return .lineBreak
        case 45: return .hyphen
        case 91: return .openBracket
        case 36, 43, 60, 61, 62, 94, 124, 126: return .symbol // $ + < = > ^ | ~
        case 0..<32, 127...: return .space // other control characters read as space
        default: return .punctuation // " # % & * / @ \ ] _ { }
        }
    }

    /// The class of any scalar from its Unicode properties (the reference the ASCII table must agree with).
    static func of(_ scalar: Unicode.Scalar) -> CharacterClass {
        let value = scalar.value
        switch value {
        case 0x27, 0x2019, 0x2018, 0x60, 0xB4, 0x2BC: return .apostrophe
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: return .lineBreak
        case 0x2E, 0x21, 0x3F, 0x2026, 0x203C, 0x2047, 0x2048, 0x2049, 0x61F, 0x6D4, 0x3002, 0xFF01, 0xFF1F, 0xFF0E:
            return .sentenceMark
        case 0x2C, 0x3B, 0x3A, 0x28, 0x29, 0x2013, 0x2014, 0x60C, 0x61B, 0xFF0C, 0xFF1B, 0x3001: return .clauseMark
        case 0x2D: return .hyphen
        case 0x5B: return .openBracket
        case 0x200C, 0x200D, 0xFE00...0xFE0F, 0x1F3FB...0x1F3FF, 0xE0020...0xE007F, 0x20E3: return .joiner
        default: break
        }
        let properties = scalar.properties
        if properties.isWhitespace { return .space }
        switch properties.generalCategory {
        case .decimalNumber: return .digit
        case .nonspacingMark, .spacingMark, .enclosingMark, .letterNumber, .otherNumber: return .letter
        case .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol: return .symbol
        case .control, .format, .unassigned, .privateUse, .surrogate: return properties.isEmojiPresentation ? .symbol : .space
        default: break
        }
        if properties.isAlphabetic { return .letter }
        return properties.isEmojiPresentation ? .symbol : .punctuation
    }
}
