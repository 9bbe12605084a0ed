/// `NameKey.unicodeKey` one character at a time, without decomposing the whole word: each character of the
/// common alphabets (Latin with its marks, Greek, Cyrillic, Arabic, Indian, Chinese...) has its piece worked out once,
/// the long way ("ż" -> "z", "Ó" -> "o", "й" -> "и"), and a word's key is its pieces one after another,
/// composed as the long way composes, and only when something outside ASCII is left (ASCII composes to itself).
///
/// Why it is the same key: decomposing a text decomposes each character, then reorders only characters of
/// combining class above zero, and only among themselves. A character has a piece only when every such
/// character of its decomposition is dropped (a mark) and its piece keeps none, so the reordering moves
/// nothing that is kept, and the text the long way composes is the pieces joined. A word with any other
/// character (Korean, a mark that is kept) goes the long way. `NameKeyTests` compares both ways
/// on every gazetteer entry and on generated words.
enum NameKeyPieces {
    /// The key, or nil when a character has no piece.
    static func key(_ lower: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(lower.utf8.count)
        var composes = false
        for scalar in lower.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                if value == 39 { continue }
                bytes.append(value >= 65 && value <= 90 ? UInt8(value + 32) : UInt8(value))
                continue
            }
            guard let piece = piece(value) else { return nil }
            if !composes, piece.contains(where: { $0 >= 0x80 }), !isInert(piece) { composes = true }
            bytes.append(contentsOf: piece)
        }
        let joined = String(decoding: bytes, as: UTF8.self)
        return composes ? joined.precomposedStringWithCanonicalMapping : joined
    }

    /// Whether composing leaves a piece and its neighbours as they are: each character of it is ASCII or in a
    /// block none of whose characters is ever the second of a canonical composition (`inertBlocks`). Pieces
    /// are decomposed, so composing the joined pieces could only join a character to the one before it,
    /// and a character of these blocks never joins one (`NameKeyPiecesTests` checks every character's
    /// decomposition against the blocks). Words in Cyrillic, Greek, Arabic, Hebrew, Chinese or emoji then skip
    /// composing, the costliest step of their key.
    static func isInert(_ piece: [UInt8]) -> Bool {
        String(decoding: piece, as: UTF8.self).unicodeScalars.allSatisfy { scalar in
            scalar.value < 0x80 || inertBlocks.contains { $0.contains(scalar.value) }
        }
    }

    /// Blocks (or parts of them) with no character that is the second of a canonical composition: Latin
    /// letters and spacing marks, Greek, Cyrillic, Armenian, Hebrew letters, Arabic letters, Thai, Lao,
    /// Georgian, Latin additions and general punctuation, kana without the voicing marks, Chinese characters,
    /// emoji.
    static let inertBlocks: [ClosedRange<UInt32>] = [
        0x80...0x2FF, 0x370...0x5AF, 0x5D0...0x5FF, 0x600...0x652, 0x656...0x8FF, 0xE00...0xEFF, 0x10A0...0x10FF,
        0x1E00...0x201F, 0x3040...0x3098, 0x309B...0x30FF, 0x4E00...0x9FFF, 0x1F300...0x1FAFF,
    ]

    /// The UTF-8 of a character's key, when it has a piece.
    static func piece(_ value: UInt32) -> [UInt8]? {
        if value < 0x1100 { return low[Int(value)] }
        if value >= 0x1E00 && value < 0x2020 { return latinAndPunctuation[Int(value - 0x1E00)] }
        if value >= 0x3040 && value < 0x3100 { return kana[Int(value - 0x3040)] }
        if unchanged.contains(where: { $0.contains(value) }), let scalar = Unicode.Scalar(value) {
            return Array(String(Character(scalar)).utf8)
        }
        return nil
    }

    /// Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic, the Indian alphabets, Thai, Lao, Tibetan, Myanmar and
    /// Georgian, by scalar value.
    private static let low: [[UInt8]?] = (0..<0x1100).map(pieceOf)
    /// Latin and Greek with their marks (Vietnamese among them) and general punctuation (the right quote).
    private static let latinAndPunctuation: [[UInt8]?] = (0x1E00..<0x2020).map(pieceOf)
    /// Hiragana and katakana.
    private static let kana: [[UInt8]?] = (0x3040..<0x3100).map(pieceOf)
    /// Characters that are their own piece: no decomposition, no case, combining class zero (Chinese characters,
    /// emoji). `NameKeyTests` checks every one of them the long way.
    static let unchanged: [ClosedRange<UInt32>] = [0x4E00...0x9FFF, 0x1F300...0x1FAFF]

    /// A character's piece: its decomposition with marks dropped and letters plain, before composing. Only
    /// when every character of its decomposition that a neighbour's mark could be reordered with (combining
    /// class above zero) is dropped.
    static func pieceOf(_ value: UInt32) -> [UInt8]? {
        guard value >= 0x80, let scalar = Unicode.Scalar(value) else { return nil }
        let decomposed = String(Character(scalar)).decomposedStringWithCanonicalMapping.unicodeScalars
        guard decomposed.allSatisfy({ $0.properties.canonicalCombiningClass == .notReordered || NameKey.isDropped($0) }) else {
            return nil
        }
        let plain = NameKey.plainScalars(decomposed)
        guard plain.allSatisfy({ $0.properties.canonicalCombiningClass == .notReordered }) else { return nil }
        return Array(String(plain).utf8)
    }
}
