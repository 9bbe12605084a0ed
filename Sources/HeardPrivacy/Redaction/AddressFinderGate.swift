/// Whether `AddressFinder` can find an address in an ASCII comment at all, read in one pass over its bytes, token
/// by token as `AddressTokens` cuts them, without the finder's tables: most comments that reach the address
/// pass (a digit, a street or home word, an address cue) hold no address, and the finder costs several times
/// what this test does.
///
/// It never turns away a comment the finder finds an address in. Every start (`AddressFinder.anchor`) and every
/// part after a house name of any words (`part`, reached after a comma or a line break) needs one of:
/// - a word of the finder's lists (`Role.anchor`): a building, dwelling or home word, a street type (or a
///   misspelt one), a street word of another language or a word ending like one; a flat's, room's or pitch's word
///   after a floor ("ground floor flat"), before "above" or "below", or with a number anywhere (in digits or
///   words: "Flat 4", "flat twelve"); a word that numbers
///   a part ("kv", "no") only before a number or a short word; a word that counts one ("hao") only after a
///   number; "old" only after "the" ("the old rectory");
/// - a word that places someone ("to", "at", "called") and a lower-case word of six letters or more that reads
///   as a name of its own ("moved to redroofs": the one-word house of `AddressFinder.home`);
/// - a house number and a word of its own after it ("come to 114b cedar", "230 Tran Hung Dao": `numberedName`,
///   `namePiece`);
/// - a postcode's placeholder, or "the" or a number's marker after a comma or a line break ("Hillside, the
///   Crescent", "Hatfield Block, no. 37": the parts after a house name).
/// `AddressFinderGateTests` runs the finder on every comment the gate turns away (fixtures, development sets).
enum AddressFinderGate {
    static func mayFind(_ text: String) -> Bool {
        if ASCIISearch.contains(text, Placeholder.postcode.rawValue) { return true }
        let bytes = Array(text.utf8)
        var scan = Scan()
        var index = 0
        var gapStart = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard isLetter(byte) || isDigit(byte) || byte == 91 else {
                index += 1
                continue
            }
            var end = index + 1
            var kind: AddressTokens.Kind
            if byte == 91 {
                // Counted in characters, as `AddressTokens` counts: "\r\n" is one.
                guard let close = bytes[index...].firstIndex(of: 93),
                      close - index - zip(bytes[index..<close], bytes[(index + 1)...close]).filter({ $0 == (13, 10) }).count < 24 else {
                    index = end
                    gapStart = index
                    continue
                }
                end = close + 1
                kind = .placeholder
            } else {
                let startsWithDigit = isDigit(byte)
                var digits = startsWithDigit
                while end < bytes.count {
                    let next = bytes[end]
                    if isLetter(next) { end += 1; continue }
                    if isDigit(next) { digits = true; end += 1; continue }
                    let after = end + 1
                    guard after < bytes.count else { break }
                    let joined = startsWithDigit ? (next == 47 || next == 45) && isDigit(bytes[after])
                        : (next == 39 || next == 45) && isLetter(bytes[after])
                    guard joined else { break }
                    end = after
                }
                kind = startsWithDigit ? .number : digits ? .code : .word
            }
            let token = Token(bytes: bytes, start: index, end: end, kind: kind, gapStart: gapStart, first: scan.isFirst)
            if scan.read(token, bytes: bytes) { return true }
            // An abbreviation's dot is its word's ("no.", "rd."), not part of the gap after it.
            if kind == .word, end < bytes.count, bytes[end] == 46, AddressTokens.abbreviations.contains(token.lower(bytes)) { end += 1 }
            index = end
            gapStart = end
        }
        return scan.sawUnit && scan.sawNumber
    }

    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 97 && (byte | 0x20) <= 122 }
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
}
