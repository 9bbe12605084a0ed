extension AddressTokens {
    /// One token of an ASCII comment as `AddressTokens` cuts it, in byte offsets.
    struct ByteCut {
        /// Where the token starts.
        let start: Int
        /// Where its letters and digits end: before an abbreviation's dot.
        let wordEnd: Int
        /// Where the token ends: after an abbreviation's dot ("no.", "rd."), which is part of its word.
        let end: Int
        let kind: Kind
        /// Where the gap before the token starts (the gap is `gapStart..<start`).
        let gapStart: Int
    }

    /// Cuts an ASCII comment's bytes into tokens, in order, handing each to `visit` until it returns false. The one
    /// cutting of the reading on bytes (`init(ascii:)`) and of `AddressFinderGate`, so the gate reads exactly the
    /// tokens the finder will.
    static func cutASCII(_ bytes: [UInt8], _ visit: (ByteCut) -> Bool) {
        var index = 0
        var gapStart = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard ASCIIBytes.isLetter(byte) || ASCIIBytes.isDigit(byte) || byte == 91 else {
                index += 1
                continue
            }
            var end = index + 1
            var kind: Kind
            if byte == 91 {
                // Counted in characters, as the reading of other text does: "\r\n" is one.
                guard let close = bytes[index...].firstIndex(of: 93),
                      close - index - zip(bytes[index..<close], bytes[(index + 1)...close]).filter({ $0 == (13, 10) }).count < 24 else {
                    index = end
                    gapStart = index
                    continue
                }
                end = close + 1
                kind = .placeholder
            } else {
                let startsWithDigit = ASCIIBytes.isDigit(byte)
                var digits = startsWithDigit
                while end < bytes.count {
                    let next = bytes[end]
                    if ASCIIBytes.isLetter(next) { end += 1; continue }
                    if ASCIIBytes.isDigit(next) { digits = true; end += 1; continue }
                    let after = end + 1
                    guard after < bytes.count else { break }
                    let joined = startsWithDigit ? (next == 47 || next == 45) && ASCIIBytes.isDigit(bytes[after])
                        : (next == 39 || next == 45) && ASCIIBytes.isLetter(bytes[after])
                    guard joined else { break }
                    end = after
                }
                kind = startsWithDigit ? .number : digits ? .code : .word
            }
            let wordEnd = end
            if kind == .word, end < bytes.count, bytes[end] == 46,
               abbreviations.contains(String(decoding: bytes[index..<end].map { $0 | 0x20 }, as: UTF8.self)) {
                end += 1
            }
            guard visit(ByteCut(start: index, wordEnd: wordEnd, end: end, kind: kind, gapStart: gapStart)) else { return }
            index = end
            gapStart = end
        }
    }

    /// What separates two tokens of an ASCII comment: spaces, a comma (or "/"), a line break, or anything else.
    static func gap(_ between: ArraySlice<UInt8>, first: Bool) -> Gap {
        if first { return .start }
        if between.isEmpty { return .none }
        var comma = false, newline = false
        for byte in between {
            switch byte {
            case 32, 9: continue
            case 44, 47: comma = true  // "room 2 / Fairways project": a slash between parts as a comma
            case 10, 13: newline = true
            default: return .other
            }
        }
        return newline ? .newline : comma ? .comma : .space
    }

}
